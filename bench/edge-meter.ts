/**
 * The edge meter's cost per relayed round trip (one client batch, one agent
 * batch: the echo pattern, where every batch starts or ends a response
 * wait), in the relay's own process: what the tunnel's pumps pay for
 * measurement, without the sockets. Compare with bench/relay.ts
 * `cpu_us_per_rt` (13 µs on a quiet machine).
 *
 *   deno task bench edge-meter
 */
import { EdgeMeter } from "../src/edge/edge-meter.ts";
import { SessionMeter } from "../src/edge/session-meter.ts";

const N = 2_000_000;

export default function run(): Promise<void> {
  const meter = new SessionMeter(new EdgeMeter(), "bench");
  meter.attached("a1");
  const roundTrips = () => {
    for (let i = 0; i < N; i++) {
      meter.clientBatch(meter.clientRead());
      meter.agentBatch(meter.agentRead());
    }
  };
  const clock = () => {
    let x = 0;
    for (let i = 0; i < N; i++) x += performance.now();
    return x;
  };
  roundTrips(); // warm up
  for (
    const [figure, run] of [["meter_per_round_trip", roundTrips], ["clock_read", clock]] as const
  ) {
    const started = performance.now();
    run();
    const ns = ((performance.now() - started) * 1e6) / N;
    console.log(JSON.stringify({ bench: "edge-meter", figure, ns: Math.round(ns) }));
  }
  return Promise.resolve();
}
