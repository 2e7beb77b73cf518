import assert from "node:assert/strict";
import type { AlertMetric, AlertRule } from "../../../events/mod.ts";
import { AlertEvaluator } from "../../../src/runtime/alerting/evaluator.ts";
import { AlertStates } from "../../../src/runtime/alerting/alert-states.ts";
import type { MetricSample, MetricSource } from "../../../src/runtime/alerting/metric-source.ts";
import { FakeClock } from "../../support/time.ts";
import { fakeAlertClient } from "./fake-alerts.ts";

const rule = (over: Partial<AlertRule> = {}): AlertRule => ({
  id: "r1",
  name: "Busy",
  metric: "sessions_per_agent",
  op: ">",
  threshold: 10,
  forSeconds: 10,
  severity: "warning",
  ...over,
});

/** A metric source whose series the test sets, counting reads. */
function scriptedSource(series: Partial<Record<AlertMetric, MetricSample[] | Error>>) {
  const reads: string[] = [];
  const source: MetricSource = {
    sample(metric) {
      reads.push(metric);
      const s = series[metric];
      return s instanceof Error ? Promise.reject(s) : Promise.resolve(s ?? []);
    },
  };
  return { source, reads, series };
}

function setup(rules: AlertRule[], series: Parameters<typeof scriptedSource>[0], leader = true) {
  const clock = new FakeClock(Date.parse("2026-12-06T03:00:00Z"));
  const states = new AlertStates();
  const alerts = fakeAlertClient(states);
  const src = scriptedSource(series);
  let current = rules;
  const evaluator = new AlertEvaluator({
    rules: () => current,
    states,
    source: src.source,
    alerts: alerts.client,
    isLeader: () => leader,
    intervalSeconds: () => 5,
    clock,
  });
  return {
    clock,
    states,
    evaluator,
    ...alerts,
    ...src,
    setRules: (r: AlertRule[]) => (current = r),
  };
}

const busy = (value: number) => [{ labels: { agentId: "a1" }, value }];

Deno.test("evaluator: pending, then firing after forSeconds; a quiet round sends nothing", async () => {
  const s = setup([rule()], { sessions_per_agent: busy(12) });
  assert.equal((await s.evaluator.evaluate()).commands, 1);
  assert.deepEqual(s.events.map((e) => e.type), ["alert.pending"]);
  await s.clock.advance(5_000);
  assert.equal((await s.evaluator.evaluate()).commands, 0, "still pending: no command");
  await s.clock.advance(5_000);
  await s.evaluator.evaluate();
  assert.deepEqual(s.events.map((e) => e.type), ["alert.pending", "alert.raised"]);
  await s.clock.advance(5_000);
  assert.equal((await s.evaluator.evaluate()).commands, 0, "firing and still over: nothing");
  s.series.sessions_per_agent = busy(3);
  await s.clock.advance(5_000);
  await s.evaluator.evaluate();
  assert.deepEqual(s.events.map((e) => e.type).at(-1), "alert.resolved");
  // `now` travels in the command, so the actor decides with the evaluator's clock.
  assert.equal(s.sent[0]!.now, "2026-12-06T03:00:00.000Z");
});

Deno.test("evaluator: a node without the alerting lease reads nothing and sends nothing", async () => {
  const s = setup([rule()], { sessions_per_agent: busy(12) }, false);
  assert.deepEqual(await s.evaluator.evaluate(), { rules: 0, skipped: 0, commands: 0 });
  assert.deepEqual(s.reads, []);
});

Deno.test("evaluator: one read per metric and selector a round, however many rules", async () => {
  const rules = [rule({ id: "a" }), rule({ id: "b", threshold: 20 }), rule({ id: "c" })];
  const s = setup(rules, { sessions_per_agent: busy(12) });
  await s.evaluator.evaluate();
  assert.deepEqual(s.reads, ["sessions_per_agent"]);
  assert.deepEqual(s.sent.map((c) => c.ruleId), ["a", "c"]);
});

Deno.test("evaluator: a metric that cannot be read skips its rules; it never resolves them", async () => {
  const s = setup([rule({ forSeconds: 0 })], { sessions_per_agent: busy(12) });
  await s.evaluator.evaluate();
  assert.deepEqual(s.events.map((e) => e.type), ["alert.raised"]);
  s.series.sessions_per_agent = new Error("load projection unavailable");
  await s.clock.advance(5_000);
  assert.deepEqual(await s.evaluator.evaluate(), { rules: 1, skipped: 1, commands: 0 });
  assert.equal(Object.keys(s.states.get("r1").open).length, 1, "still firing");
});

Deno.test("evaluator: a deleted rule's open alerts are retired (resolved)", async () => {
  const s = setup([rule({ forSeconds: 0 })], { sessions_per_agent: busy(12) });
  await s.evaluator.evaluate();
  s.setRules([]);
  await s.clock.advance(5_000);
  await s.evaluator.evaluate();
  assert.deepEqual(s.sent.map((c) => c.type), ["evaluate", "retire"]);
  assert.equal(s.events.at(-1)!.type, "alert.resolved");
  assert.deepEqual(s.states.rulesWithOpenAlerts(), []);
});

Deno.test("evaluator: the timer evaluates every interval once started, and stops", async () => {
  const s = setup([rule({ forSeconds: 0 })], { sessions_per_agent: busy(12) });
  s.evaluator.start();
  await s.clock.advance(4_999);
  assert.equal(s.reads.length, 0);
  await s.clock.advance(1);
  await s.clock.advance(5_000);
  assert.equal(s.reads.length, 2);
  await s.evaluator.stop();
  await s.clock.advance(20_000);
  assert.equal(s.reads.length, 2);
});

Deno.test("evaluator: a command carries only the series that can change something", async () => {
  const many = Array.from({ length: 100 }, (_, i) => ({ labels: { agentId: `a${i}` }, value: 0 }));
  many[7]!.value = 12;
  const s = setup([rule({ forSeconds: 0 })], { sessions_per_agent: many });
  await s.evaluator.evaluate();
  const sent = s.sent[0]!.data as { samples: { labels: { agentId: string } }[] };
  assert.deepEqual(sent.samples.map((x) => x.labels.agentId), ["a7"]);
  // Back under: the open alert's series travels, so the actor can resolve it.
  many[7]!.value = 0;
  await s.clock.advance(5_000);
  await s.evaluator.evaluate();
  const second = s.sent[1]!.data as { samples: { labels: { agentId: string } }[] };
  assert.deepEqual(second.samples.map((x) => x.labels.agentId), ["a7"]);
  assert.equal(s.events.at(-1)!.type, "alert.resolved");
  assert.equal((s.events.at(-1)!.data as { value: number }).value, 0);
});
