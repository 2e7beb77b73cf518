import assert from "node:assert/strict";
import { alertsProjection, rebuildAll, startProjections } from "../../projections/mod.ts";
import { type AlertRecord, foldAlertRecord, listAlerts } from "../../projections/alerts/mod.ts";
import { ProjectionReader } from "../../projections/reader.ts";
import type { AlertRule, DomainEvent, StoredDomainEvent } from "../../events/mod.ts";
import { eachBackend } from "./backends.ts";
import { Driver } from "./driver.ts";

/** A small deterministic generator (mulberry32), so the log is the same every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rule = (id: string, forSeconds: number): AlertRule => ({
  id,
  name: `Down ${id}`,
  metric: "agent_unhealthy",
  op: ">",
  threshold: 0,
  forSeconds,
  severity: "critical",
  annotations: { summary: "{{ $labels.agentId }} at {{ $value }}" },
});

/**
 * Hundreds of evaluations of two rules over three flapping agents, through
 * the real actors (pending, firing, moving values, resolved, acknowledged, a rule deleted
 * with open alerts, silences), projected live and rebuilt from position 0 in
 * other batch sizes: the alert history must be byte-identical, and equal to
 * folding the log in memory.
 */
eachBackend(
  "alerts: the alert history folds the same live and rebuilt",
  async ({ store, space }) => {
    const d = new Driver(store);
    const random = rng(14);
    const rules = [rule("fast", 0), rule("slow", 10)];
    for (const r of rules) {
      const { id, ...spec } = r;
      await d.send("alertrule", id, "create", { rule: spec }, 0);
    }
    await d.send("silence", "s1", "create", {
      matchers: [{ name: "agentId", value: "a1" }],
      endsAt: new Date(Date.parse("2026-11-25T13:00:00Z")).toISOString(),
    }, 0);
    const emitted: DomainEvent[] = [];
    for (let step = 1; step <= 150; step++) {
      const samples = ["a1", "a2", "a3"].map((agentId) => ({
        labels: { agentId },
        // a3 is down most of the time with a moving value: its alerts stay open and move.
        value: agentId === "a3"
          ? (random() < 0.97 ? 1 + Math.floor(random() * 3) : 0)
          : random() < 0.3
          ? 1
          : random() < 0.2
          ? 0.5
          : 0,
      }));
      for (const r of rules) {
        const { events } = await d.send("alert", r.id, "evaluate", { rule: r, samples }, step * 5);
        emitted.push(...events);
        const raised = events.find((e) => e.type === "alert.raised");
        if (raised && random() < 0.5) {
          emitted.push(
            ...(await d.send("alert", r.id, "acknowledge", {
              alertId: (raised.data as { alertId: string }).alertId,
              comment: "seen",
            }, step * 5)).events,
          );
        }
      }
    }
    await d.send("alertrule", "slow", "delete", {}, 800);
    emitted.push(...(await d.send("alert", "slow", "retire", {}, 800)).events);
    await d.send("silence", "s1", "delete", {}, 801);
    const kinds = new Set(emitted.map((e) => e.type));
    for (
      const t of [
        "alert.pending",
        "alert.pendingCleared",
        "alert.valueChanged",
        "alert.raised",
        "alert.resolved",
        "alert.acknowledged",
      ]
    ) assert.ok(kinds.has(t as DomainEvent["type"]), `the log has ${t}`);

    const running = await startProjections(store, space, { projections: [alertsProjection] });
    try {
      await running.caughtUp();
      const reader = new ProjectionReader(space);
      const live = await reader.read(
        alertsProjection,
        (set) => listAlerts(set, { limit: 1000 }),
        [],
      );

      // The same fold in memory, from the log.
      const expected = new Map<string, AlertRecord | undefined>();
      const log = await store.readAll({
        after: 0,
        limit: 100_000,
        types: [
          "alert.pending",
          "alert.pendingCleared",
          "alert.valueChanged",
          "alert.raised",
          "alert.resolved",
          "alert.acknowledged",
        ],
      });
      for (const e of log as StoredDomainEvent[]) {
        const id = (e.data as { alertId: string }).alertId;
        expected.set(
          id,
          foldAlertRecord(expected.get(id), e as Parameters<typeof foldAlertRecord>[1]),
        );
      }
      const kept = [...expected.values()].filter((r): r is AlertRecord => r !== undefined);
      assert.equal(live.length, kept.length);
      assert.deepEqual(
        new Map(live.map((r) => [r.id, r])),
        new Map(kept.map((r) => [r.id, r])),
      );
      assert.ok(live.some((r) => r.state === "resolved" && r.ruleId === "slow"));
      assert.ok(live.some((r) => r.acknowledged));
      assert.ok(
        live.every((r) => r.ruleId !== "slow" || r.state !== "firing"),
        "retired with its rule",
      );

      for (const batchSize of [1, 7, 5_000]) {
        const report = await rebuildAll(store, space, [alertsProjection], {
          batchSize,
          swap: false,
        });
        assert.equal(report.identical, true, JSON.stringify(report.projections[0]!.comparison));
      }
    } finally {
      await running.stop();
    }
  },
);

Deno.test("alerts: a record says how each channel was told (retrying, delivered, given up, suppressed)", () => {
  const key = { alertId: "al1", ruleId: "r1", fingerprint: "0123456789abcdef" };
  const stored = (type: string, data: Record<string, unknown>) =>
    ({ type, data: { ...key, ...data } }) as unknown as Parameters<typeof foldAlertRecord>[1];
  const attempt = (channelId: string, status: string, n: number, extra: object) =>
    stored("notification.attempted", {
      notificationId: `n-${channelId}-${status}`,
      channelId,
      status,
      attempt: n,
      durationMs: 3,
      at: `2026-12-06T10:00:0${n}.000Z`,
      ...extra,
    });
  const log = [
    stored("alert.raised", {
      labels: { alertname: "Down" },
      annotations: {},
      severity: "critical",
      value: 1,
      startsAt: "2026-12-06T10:00:00.000Z",
      at: "2026-12-06T10:00:00.000Z",
    }),
    attempt("pager", "firing", 1, {
      outcome: "failed",
      error: "connection refused",
      retryAt: "2026-12-06T10:00:02.000Z",
    }),
    attempt("chat", "firing", 1, { outcome: "failed", httpStatus: 404 }),
    attempt("pager", "firing", 2, { outcome: "delivered", httpStatus: 200 }),
    stored("notification.suppressed", {
      notificationId: "n-mail-firing",
      channelId: "mail",
      status: "firing",
      silenceIds: ["s1"],
      at: "2026-12-06T10:00:03.000Z",
    }),
  ];
  let record: AlertRecord | undefined;
  const seen: string[][] = [];
  for (const event of log) {
    record = foldAlertRecord(record, event);
    seen.push(record!.notifications.map((n) => `${n.channelId}:${n.outcome}:${n.attempts}`));
  }
  assert.deepEqual(seen, [
    [],
    ["pager:retrying:1"],
    ["pager:retrying:1", "chat:failed:1"],
    ["pager:delivered:2", "chat:failed:1"],
    ["pager:delivered:2", "chat:failed:1", "mail:suppressed:0"],
  ]);
  assert.equal(record!.notifications[0]!.httpStatus, 200);
  // Nothing is recorded for an alert the projection never had (a pending one cleared, say).
  assert.equal(foldAlertRecord(undefined, log[1]!), undefined);
});
