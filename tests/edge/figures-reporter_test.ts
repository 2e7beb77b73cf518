import assert from "node:assert/strict";
import { EdgeMeter } from "../../src/edge/edge-meter.ts";
import { FiguresReporter, refusalClass } from "../../src/edge/figures-reporter.ts";
import { switchboardMetrics } from "../../src/telemetry/metrics.ts";

function harness() {
  const meter = new EdgeMeter();
  const metrics = switchboardMetrics();
  const sent: { edgeId: string; data: unknown }[] = [];
  const edges = {
    reportFigures: (edgeId: string, data: unknown) => {
      sent.push({ edgeId, data });
      return Promise.resolve({ events: [] } as never);
    },
  };
  const reporter = new FiguresReporter(meter, edges as never, "node-1", metrics, 60_000);
  return { meter, metrics, sent, reporter };
}

Deno.test("figures reporter: one command per flush with every group, and nothing when idle", async () => {
  const h = harness();
  await h.reporter.flush();
  assert.equal(h.sent.length, 0, "an idle edge sends nothing");
  const echo = h.meter.group("echo", "a1");
  echo.opened += 3;
  echo.relayed(0.05);
  h.meter.group("nope").refused.set("4013", 2);
  await h.reporter.flush();
  assert.equal(h.sent.length, 1);
  const { edgeId, data } = h.sent[0]! as {
    edgeId: string;
    data: { groups: { capability: string; opened: number }[]; intervalMs: number };
  };
  assert.equal(edgeId, "node-1");
  assert.deepEqual(data.groups.map((g) => [g.capability, g.opened]), [["echo", 3], ["nope", 0]]);
  assert.ok(data.intervalMs >= 0);
  await h.reporter.flush();
  assert.equal(h.sent.length, 1, "counted once");
});

Deno.test("figures reporter: Prometheus counters and histograms get each flush's figures", async () => {
  const h = harness();
  const g = h.meter.group("echo", "a1");
  g.opened += 2;
  g.refused.set("4013", 1);
  g.failovers.set("agent_lost", 1);
  g.errored += 1;
  g.agentErrors += 1;
  g.clientCloses.set("1000", 2);
  for (let i = 0; i < 5; i++) g.relayed(0.04);
  g.answered(50);
  await h.reporter.flush();
  const text = h.metrics.registry.render();
  const line = (re: RegExp) => assert.match(text, re);
  line(/^switchboard_edge_opens_total\{agent="a1",capability="echo",outcome="opened"\} 2$/m);
  line(
    /^switchboard_edge_opens_total\{agent="a1",capability="echo",class="no_agent",code="4013",outcome="refused"\} 1$/m,
  );
  line(/^switchboard_edge_failovers_total\{agent="a1",capability="echo",reason="agent_lost"\} 1$/m);
  line(/^switchboard_errored_sessions_total\{agent="a1",capability="echo"\} 1$/m);
  line(/^switchboard_agent_socket_errors_total\{agent="a1"\} 1$/m);
  line(/^switchboard_client_closes_total\{code="1000"\} 2$/m);
  line(/^switchboard_relay_latency_seconds_count\{agent="a1",capability="echo"\} 5$/m);
  line(
    /^switchboard_relay_latency_seconds_bucket\{agent="a1",capability="echo",le="0\.00005"\} 5$/m,
  );
  line(
    /^switchboard_relay_latency_seconds_bucket\{agent="a1",capability="echo",le="0\.000025"\} 0$/m,
  );
  line(
    /^switchboard_response_latency_seconds_bucket\{agent="a1",capability="echo",le="0\.05"\} 0$/m,
  );
  line(
    /^switchboard_response_latency_seconds_bucket\{agent="a1",capability="echo",le="0\.1"\} 1$/m,
  );
});

Deno.test("figures reporter: refusal codes in a word", () => {
  assert.equal(refusalClass("4013"), "no_agent");
  assert.equal(refusalClass("4001"), "unauthorized");
  assert.equal(refusalClass("4008"), "rate_limited");
  assert.equal(refusalClass("1011"), "internal");
});
