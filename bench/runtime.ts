/**
 * Commands per second through `dispatch` on a warm set of 1,000 actors, and
 * dispatch latency p50/p99: in-process + PGlite always; JetStream +
 * PostgreSQL when NATS_URL and DATABASE_URL are set. One JSON line per figure.
 */
import { connect } from "@nats-io/transport-node";
import { dropNamespace } from "./namespace.ts";
import type { CommandLog } from "../src/bus/command-log.ts";
import { inProcessCommandLog } from "../src/bus/in-process/command-log.ts";
import { jetStreamCommandLog } from "../src/bus/jetstream/command-log.ts";
import type { EventStore } from "../src/store/event-store.ts";
import { pgliteEventStore } from "../src/store/pglite.ts";
import { postgresEventStore } from "../src/store/postgres.ts";
import { inProcessLeases } from "../src/runtime/leases/in-process.ts";
import type { PartitionLeases } from "../src/runtime/leases/partition-leases.ts";
import { natsKvLeases } from "../src/runtime/leases/nats-kv.ts";
import { startActorRuntime } from "../src/runtime/runtime.ts";
import { counterActor, counterCatalogue } from "../tests/runtime/counter-actor.ts";

const ACTORS = 1_000;
const PARTITIONS = 16;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

async function measure(
  backend: string,
  parts: { store: EventStore; commandLog: CommandLog; leases: PartitionLeases },
  options: { commands: number; concurrency: number },
) {
  const runtime = await startActorRuntime({
    ...parts,
    actors: [counterActor],
    host: { maxInFlight: 512 },
  });
  try {
    const send = (i: number) =>
      runtime.dispatch({
        actorType: "counter",
        actorId: `a${i % ACTORS}`,
        type: "increment",
        data: { by: 1 },
      });
    // Warm every actor once: the figure is for a warm set.
    for (let i = 0; i < ACTORS; i += 100) {
      await Promise.all(Array.from({ length: 100 }, (_, j) => send(i + j)));
    }

    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: options.concurrency }, async () => {
      while (next < options.commands) {
        const i = next++;
        const t0 = performance.now();
        await send(i);
        latencies.push(performance.now() - t0);
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const base = { bench: "runtime", backend, actors: ACTORS, concurrency: options.concurrency };
    console.log(
      JSON.stringify({
        ...base,
        figure: "commands_per_s",
        value: Math.round(options.commands / seconds),
      }),
    );
    console.log(
      JSON.stringify({
        ...base,
        figure: "dispatch_p50_ms",
        value: +percentile(latencies, 0.5).toFixed(2),
      }),
    );
    console.log(
      JSON.stringify({
        ...base,
        figure: "dispatch_p99_ms",
        value: +percentile(latencies, 0.99).toFixed(2),
      }),
    );
  } finally {
    await runtime.stop();
  }
}

export default async function run(): Promise<void> {
  {
    const store = await pgliteEventStore({ catalogue: counterCatalogue });
    const commandLog = inProcessCommandLog({ partitions: PARTITIONS });
    try {
      await measure(
        "in-process+pglite",
        { store, commandLog, leases: inProcessLeases(PARTITIONS) },
        {
          commands: 10_000,
          concurrency: 64,
        },
      );
    } finally {
      await commandLog.close();
      await store.close();
    }
  }

  const databaseUrl = Deno.env.get("DATABASE_URL");
  const natsUrl = Deno.env.get("NATS_URL");
  if (!databaseUrl || !natsUrl) {
    console.log(
      JSON.stringify({
        bench: "runtime",
        backend: "jetstream+postgres",
        skipped: "DATABASE_URL and NATS_URL not set",
      }),
    );
    return;
  }
  const id = `bench_rt_${Deno.pid}`;
  const store = await postgresEventStore({
    url: databaseUrl,
    schema: id,
    catalogue: counterCatalogue,
    max: 16,
  });
  const nc = await connect({ servers: natsUrl, noAsyncTraces: true });
  const commandLog = await jetStreamCommandLog({
    connection: nc,
    stream: id,
    subjectPrefix: id,
    partitions: PARTITIONS,
  });
  const leases = await natsKvLeases({
    connection: nc,
    nodeId: "bench",
    partitions: PARTITIONS,
    bucket: id,
  });
  try {
    // Throughput grows with concurrency and so does latency (Little's law): report both ends.
    for (const concurrency of [16, 32, 128]) {
      await measure("jetstream+postgres", { store, commandLog, leases }, {
        commands: 20_000,
        concurrency,
      });
    }
  } finally {
    await commandLog.close();
    await nc.close();
    await store.close();
    await dropNamespace({ databaseUrl, natsUrl }, id, [id, `${id}_dlq`, `KV_${id}`]);
  }
}

if (import.meta.main) await run();
