import assert from "node:assert/strict";
import { startTestNode, type TestNode } from "../support/node.ts";
import { waitFor } from "../support/time.ts";

async function send(t: TestNode, token: string, method: string, path: string, body?: unknown) {
  const res = await t.call(`/api/v1${path}`, {
    method,
    token,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: await res.json() };
}

const agent = {
  id: "quiet-1",
  name: "quiet",
  host: "127.0.0.1",
  port: 9,
  agentType: "echo",
  capabilities: ["echo"],
};

/**
 * An agent that stops heartbeating: `agent_unhealthy > 0 for 0s` fires once
 * the TTL passes, is acknowledged, resolves when heartbeats return; the
 * history is in GET /alerts, the log and the rebuilt projection alike.
 */
Deno.test("alerts: fire on a silent agent, acknowledged, resolved on its return, replayed identically", async () => {
  const t = await startTestNode({
    HEARTBEAT_TTL_SECONDS: "1",
    ALERT_EVALUATION_INTERVAL_SECONDS: "0.2",
  });
  try {
    const admin = await t.token("root", ["admin"]);
    const ops = await t.token("olivia", ["operator"]);
    assert.equal((await send(t, admin, "POST", "/agents", agent)).status, 201);
    const rule = {
      id: "down",
      name: "AgentDown",
      metric: "agent_unhealthy",
      op: ">",
      threshold: 0,
      forSeconds: 0,
      severity: "critical",
      annotations: { summary: "{{ $labels.agent }} stopped heartbeating" },
    };
    assert.equal((await send(t, ops, "POST", "/alert-rules", rule)).status, 201);

    let firing: Record<string, unknown>[] = [];
    await waitFor(async () => {
      firing = (await send(t, ops, "GET", "/alerts?state=firing")).body.items;
      return firing.length === 1;
    }, "the alert to fire");
    const alert = firing[0]! as {
      id: string;
      labels: Record<string, string>;
      annotations: Record<string, string>;
      acknowledged: boolean;
      silencedBy: string[];
    };
    assert.deepEqual(alert.labels, {
      agentId: "quiet-1",
      agent: "quiet",
      alertname: "AgentDown",
      severity: "critical",
    });
    assert.equal(alert.annotations.summary, "quiet stopped heartbeating");
    assert.equal(alert.acknowledged, false);
    assert.deepEqual(alert.silencedBy, []);

    // A silence mutes (notifications), and says so here; the record itself stays as it was.
    const silence = await send(t, ops, "POST", "/silences", {
      id: "quiet-maint",
      matchers: [{ name: "agentId", value: "quiet-1" }],
      until: new Date(Date.now() + 600_000).toISOString(),
    });
    assert.equal(silence.status, 201, JSON.stringify(silence.body));
    const muted = (await send(t, ops, "GET", "/alerts?state=firing")).body.items;
    assert.deepEqual(muted[0].silencedBy, ["quiet-maint"]);
    assert.equal(muted[0].id, alert.id);
    assert.equal(muted[0].state, "firing");

    const acked = await send(t, ops, "POST", `/alerts/${alert.id}/ack`, { comment: "looking" });
    assert.equal(acked.status, 200, JSON.stringify(acked.body));
    assert.equal(acked.body.acknowledged, true);
    assert.equal(acked.body.acknowledgedBy, "olivia");
    assert.equal((await send(t, ops, "POST", "/alerts/nope/ack", {})).status, 404);

    // The agent comes back: heartbeats until healthy, and the alert resolves.
    await waitFor(async () => {
      await send(t, admin, "POST", "/agents/quiet-1/heartbeat", {});
      const resolved = (await send(t, ops, "GET", "/alerts?state=resolved")).body.items;
      return resolved.length === 1;
    }, "the alert to resolve");
    const all = (await send(t, ops, "GET", "/alerts?state=all")).body.items;
    assert.equal(all.length, 1);
    assert.equal(all[0].state, "resolved");
    assert.ok(all[0].endsAt > all[0].startsAt);
    assert.equal((await send(t, ops, "POST", `/alerts/${alert.id}/ack`, {})).status, 409);

    // In the log: raised, acknowledged, resolved, each carrying its labels and value.
    const log = await t.node.store.readStream("alert-down");
    const types = log.map((e) => e.type);
    assert.deepEqual(types.filter((x) => x !== "alert.pending"), [
      "alert.raised",
      "alert.acknowledged",
      "alert.resolved",
    ]);
    const raised = log.find((e) => e.type === "alert.raised")!.data as { value: number };
    assert.equal(raised.value, 0.5, "suspect: heartbeats missed past the TTL");

    const bad = await send(t, ops, "GET", "/alerts?state=exploded");
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /query\.state/);
    assert.equal((await send(t, ops, "GET", "/alerts?colour=red")).status, 400);

    // Dry run of the same rule over the last 10 minutes: the same interval.
    const dry = await send(t, ops, "POST", "/alert-rules/dry-run", {
      rule,
      windowSeconds: 600,
    });
    assert.equal(dry.status, 200, JSON.stringify(dry.body));
    assert.equal(dry.body.source, "agent-events");
    assert.equal(dry.body.intervals.length, 1);
    assert.equal(dry.body.intervals[0].labels.agentId, "quiet-1");
    assert.notEqual(dry.body.intervals[0].resolvedAt, null);
    const unsupported = await send(t, ops, "POST", "/alert-rules/dry-run", {
      rule: { ...rule, metric: "sessions" },
    });
    assert.equal(unsupported.status, 400);
    assert.match(unsupported.body.error.message, /body\.rule\.metric/);

    // A replay rebuilds the alert history byte-identical.
    const replay = await send(
      t,
      await t.token("audrey", ["auditor"]),
      "POST",
      "/projections/rebuild",
    );
    assert.equal(replay.status, 200, JSON.stringify(replay.body));
    const alerts = replay.body.projections.find((p: { projection: string }) =>
      p.projection === "alerts"
    );
    assert.ok(alerts, "the alerts projection is part of the replay");
    assert.equal(alerts.identical, true, JSON.stringify(alerts.comparison));
    assert.ok(
      alerts.comparison.some((c: { table: string; live: { rows: number } }) =>
        c.table === "alerts" && c.live.rows === 1
      ),
    );
  } finally {
    await t.stop();
  }
});

Deno.test("silences: created with the principal as author, listed, ended; bad input named", async () => {
  const t = await startTestNode();
  try {
    const ops = await t.token("olivia", ["operator"]);
    const until = new Date(Date.now() + 3600_000).toISOString();
    const created = await send(t, ops, "POST", "/silences", {
      id: "maint",
      matchers: [{ name: "agentId", value: "quiet-.*", isRegex: true }],
      until,
      comment: "maintenance window",
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.author, "olivia");
    assert.equal(created.body.id, "maint");
    assert.equal(created.body.state, "active");
    assert.equal(created.body.endsAt, until);
    const active = (await send(t, ops, "GET", "/silences?state=active")).body.items;
    assert.deepEqual(active.map((s: { silenceId: string }) => s.silenceId), ["maint"]);

    assert.equal((await send(t, ops, "DELETE", "/silences/maint")).status, 200);
    assert.equal((await send(t, ops, "GET", "/silences?state=active")).body.items.length, 0);
    assert.equal((await send(t, ops, "GET", "/silences?state=expired")).body.items.length, 1);
    assert.equal((await send(t, ops, "DELETE", "/silences/maint")).status, 404);

    const cases: [unknown, RegExp][] = [
      [{ matchers: [], until }, /body\.matchers/],
      [{ matchers: [{ name: "1x", value: "a" }], until }, /body\.matchers\.0\.name/],
      [{ matchers: [{ name: "a", value: "(", isRegex: true }], until }, /matchers\.0\.value/],
      [{ matchers: [{ name: "a", value: "b" }] }, /body\.endsAt/],
      [{ matchers: [{ name: "a", value: "b" }], until: "tomorrow" }, /body\.until/],
      [{ matchers: [{ name: "a", value: "b" }], until, reason: "x" }, /body\.reason/],
      [{ matchers: [{ name: "a", value: "b" }], until: new Date(0).toISOString() }, /endsAt/],
    ];
    for (const [body, field] of cases) {
      const res = await send(t, ops, "POST", "/silences", body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(res.body.error.message, field);
    }
  } finally {
    await t.stop();
  }
});
