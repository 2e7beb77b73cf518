import assert from "node:assert/strict";
import { alertActor, alertIdOf, fingerprintOf } from "../../../actors/alert/mod.ts";
import { fold } from "../../../actors/actor.ts";
import type { AlertRule, DomainEvent } from "../../../events/mod.ts";
import { assertBadPayload, at, scenario } from "../given-when-then.ts";

const rule: AlertRule = {
  id: "r1",
  name: "AgentDown",
  metric: "agent_unhealthy",
  op: ">",
  threshold: 0,
  forSeconds: 30,
  severity: "critical",
  annotations: { summary: "{{ $labels.agentId }} is down ({{ $value }})" },
};
const fp = fingerprintOf("r1", { agentId: "a1" });
const labels = { agentId: "a1", alertname: "AgentDown", severity: "critical" };
const id0 = alertIdOf(fp, at(0));
const alerts = () => scenario(alertActor, "r1");
const down = { labels: { agentId: "a1" }, value: 1 };
const up = { labels: { agentId: "a1" }, value: 0 };

const pending: DomainEvent = {
  type: "alert.pending",
  data: { alertId: id0, ruleId: "r1", fingerprint: fp, labels, value: 1, at: at(0) },
};
const raised: DomainEvent = {
  type: "alert.raised",
  data: {
    alertId: id0,
    ruleId: "r1",
    fingerprint: fp,
    labels,
    annotations: { summary: "a1 is down (1)" },
    severity: "critical",
    value: 1,
    activeAt: at(0),
    startsAt: at(30),
    at: at(30),
  },
};

/** The alert of `pending`/`raised` resolving at `seconds` with `value`. */
const resolvedAt = (seconds: number, value: number | null): DomainEvent => ({
  type: "alert.resolved",
  data: {
    alertId: id0,
    ruleId: "r1",
    fingerprint: fp,
    labels,
    value,
    endsAt: at(seconds),
    at: at(seconds),
  },
});

Deno.test("alert: a condition that starts to hold is pending, then fires after forSeconds", () => {
  alerts().given().when("evaluate", { rule, samples: [down] }, at(0)).then([pending]);
  alerts().given(pending).when("evaluate", { rule, samples: [down] }, at(29)).thenNothing();
  alerts().given(pending).when("evaluate", { rule, samples: [down] }, at(30)).then([raised]);
  alerts().given(pending, raised).when("evaluate", { rule, samples: [down] }, at(35))
    .thenNothing();
});

Deno.test("alert: a firing alert resolves with the value that ended it", () => {
  alerts().given(pending, raised).when("evaluate", { rule, samples: [up] }, at(40)).then([
    resolvedAt(40, 0),
  ]);
});

Deno.test("alert: a firing alert's moved value is recorded, at most once a minute", () => {
  const worse = { labels: { agentId: "a1" }, value: 3 };
  const moved = (value: number, seconds: number): DomainEvent => ({
    type: "alert.valueChanged",
    data: { alertId: id0, ruleId: "r1", fingerprint: fp, value, at: at(seconds) },
  });
  // Raised at 30 s with 1: the same value is never recorded again; a new one after a minute.
  alerts().given(pending, raised).when("evaluate", { rule, samples: [down] }, at(200))
    .thenNothing();
  alerts().given(pending, raised).when("evaluate", { rule, samples: [worse] }, at(89))
    .thenNothing();
  alerts().given(pending, raised).when("evaluate", { rule, samples: [worse] }, at(90))
    .then([moved(3, 90)]);
  // The minute counts from the last recorded value.
  alerts().given(pending, raised, moved(3, 90))
    .when("evaluate", { rule, samples: [down] }, at(149)).thenNothing();
  alerts().given(pending, raised, moved(3, 90))
    .when("evaluate", { rule, samples: [down] }, at(150)).then([moved(1, 150)]);
  // A pending alert's value moves too; resolving still reports the value that ended it.
  alerts().given(pending).when(
    "evaluate",
    { rule: { ...rule, forSeconds: 600 }, samples: [worse] },
    at(60),
  )
    .then([moved(3, 60)]);
  alerts().given(pending, raised, moved(3, 90)).when("evaluate", { rule, samples: [up] }, at(95))
    .then([resolvedAt(95, 0)]);
});

Deno.test("alert: a pending alert whose condition stops holding is cleared, never fired", () => {
  alerts().given(pending).when("evaluate", { rule, samples: [up] }, at(10)).then([{
    type: "alert.pendingCleared",
    data: { alertId: id0, ruleId: "r1", fingerprint: fp, labels, value: 0, at: at(10) },
  }]);
});

Deno.test("alert: forSeconds 0 fires at once; a vanished series resolves with a null value", () => {
  const now = { ...rule, forSeconds: 0 };
  const result = alerts().given().when("evaluate", { rule: now, samples: [down, up] }, at(0))
    .result() as DomainEvent[];
  assert.equal(result.length, 1);
  assert.equal(result[0]!.type, "alert.raised");
  alerts().given(pending, raised).when("evaluate", { rule, samples: [] }, at(50)).then([
    resolvedAt(50, null),
  ]);
});

Deno.test("alert: one alert per series, each with its own fingerprint", () => {
  const zero = { ...rule, forSeconds: 0 };
  const result = alerts().given().when("evaluate", {
    rule: zero,
    samples: [down, { labels: { agentId: "a2" }, value: 1 }, down],
  }, at(0)).result() as DomainEvent[];
  assert.deepEqual(
    result.map((e) => (e.data as unknown as { labels: { agentId: string } }).labels.agentId),
    [
      "a1",
      "a2",
    ],
  );
  const fps = new Set(result.map((e) => (e.data as { fingerprint: string }).fingerprint));
  assert.equal(fps.size, 2);
});

Deno.test("alert: a deleted rule's open alerts end", () => {
  alerts().given(pending, raised).when("retire", {}, at(60)).then([resolvedAt(60, null)]);
  alerts().given().when("retire", {}, at(60)).thenNothing();
});

Deno.test("alert: acknowledged once by the principal; an ended alert cannot be", () => {
  const ack: DomainEvent = {
    type: "alert.acknowledged",
    data: { alertId: id0, ruleId: "r1", fingerprint: fp, by: "ops", comment: "on it", at: at(31) },
  };
  const principal = { sub: "ops", roles: ["operator"] };
  alerts().given(pending, raised).when(
    "acknowledge",
    { alertId: id0, comment: "on it" },
    at(31),
    { principal },
  ).then([ack]);
  alerts().given(pending, raised, ack).when("acknowledge", { alertId: id0 }, at(32), { principal })
    .thenNothing();
  alerts().given().when("acknowledge", { alertId: id0 }, at(32)).thenRejected("alert_not_open");
  const state = fold(alertActor, [pending, raised, ack]);
  assert.equal(state.open[fp]!.acknowledged, true);
});

Deno.test("alert: a rule sent to another rule's alerts is refused; bad samples never reach decide", () => {
  scenario(alertActor, "r2").given().when("evaluate", { rule, samples: [down] }).thenRejected(
    "invalid_command",
  );
  assertBadPayload(alertActor, "evaluate", { rule, samples: [{ labels: {}, value: "1" }] });
  assertBadPayload(
    alertActor,
    "evaluate",
    { rule: { ...rule, op: "~" }, samples: [] },
    "rule.op",
  );
});

Deno.test("fingerprint: FNV-1a 64 test vectors; label order does not matter", async () => {
  const { fnv1a64 } = await import("../../../actors/alert/fingerprint.ts");
  assert.equal(fnv1a64(""), "cbf29ce484222325");
  assert.equal(fnv1a64("a"), "af63dc4c8601ec8c");
  assert.equal(fnv1a64("foobar"), "85944171f73967e8");
  assert.equal(
    fingerprintOf("r1", { a: "1", b: "2" }),
    fingerprintOf("r1", { b: "2", a: "1" }),
  );
  assert.notEqual(fingerprintOf("r1", { a: "1" }), fingerprintOf("r2", { a: "1" }));
});
