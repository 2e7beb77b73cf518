import assert from "node:assert/strict";
import { catalogue, InvalidEventError, type RecordedEvent } from "../../events/mod.ts";

const at = "2026-12-06T03:00:00.000Z";

function recorded(type: string, schemaVersion: number, data: unknown): RecordedEvent {
  return {
    id: crypto.randomUUID(),
    streamId: "alert-r1",
    version: 1,
    position: 1,
    type,
    schemaVersion,
    data,
    metadata: {},
    recordedAt: at,
  };
}

Deno.test("alert events: alert.raised v2 carries fingerprint, labels and value", () => {
  const prepared = catalogue.prepare({
    type: "alert.raised",
    data: {
      alertId: "a-1",
      ruleId: "r1",
      fingerprint: "0123456789abcdef",
      labels: { alertname: "down", agentId: "a1" },
      annotations: {},
      severity: "critical",
      value: 1,
      startsAt: at,
      at,
    },
  });
  assert.equal(prepared.schemaVersion, 2);
  assert.throws(
    () =>
      catalogue.prepare({
        type: "alert.raised",
        data: { alertId: "a-1", ruleId: "r1", fingerprint: "xyz", labels: {}, at },
      }),
    (e: unknown) => e instanceof InvalidEventError && /fingerprint/.test(e.message),
  );
});

Deno.test("alert events: the v1 placeholders stay readable, lifted to v2", () => {
  const raised = catalogue.upcast(recorded("alert.raised", 1, {
    alertId: "a-1",
    ruleId: "r1",
    severity: "warning",
    message: "too many errors",
    value: 0.5,
    at,
  }));
  assert.equal(raised.schemaVersion, 2);
  assert.deepEqual(raised.data, {
    alertId: "a-1",
    ruleId: "r1",
    fingerprint: "0000000000000000",
    labels: { alertname: "r1" },
    annotations: { message: "too many errors" },
    severity: "warning",
    value: 0.5,
    startsAt: at,
    at,
  });
  const resolved = catalogue.upcast(
    recorded("alert.resolved", 1, { alertId: "a-1", ruleId: "r1", at }),
  );
  assert.equal((resolved.data as { endsAt: string }).endsAt, at);
  assert.equal((resolved.data as { value: null }).value, null);
});

Deno.test("alert events: a rule with an unknown metric is refused naming the field", () => {
  assert.throws(
    () =>
      catalogue.prepare({
        type: "alertRule.created",
        data: {
          ruleId: "r1",
          rule: { name: "x", metric: "cpu_temperature", op: ">", threshold: 1 },
          at,
        },
      }),
    (e: unknown) => e instanceof InvalidEventError && /rule\.metric/.test(e.message),
  );
});
