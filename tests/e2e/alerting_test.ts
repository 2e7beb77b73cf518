import assert from "node:assert/strict";
import { startDemoFleet } from "../../src/agent/demo-fleet.ts";
import { startNodeWithFleet } from "../support/fleet.ts";
import { waitFor } from "../support/time.ts";

const TTL_SECONDS = 6; // above the SDK's 5 s heartbeat interval
const INTERVAL_SECONDS = 1;

/**
 * Done-when of issue 14 (alerting part): a rule `agent_unhealthy > 0 for 0s`
 * fires when a real agent process is SIGKILLed and stops heartbeating, and
 * resolves when the agent comes back; both are in GET /alerts and in the
 * log (GET /events); a replay rebuilds the alert history identically.
 */
Deno.test("alerting e2e: a killed agent fires agent_unhealthy, its restart resolves it", async () => {
  const sb = await startNodeWithFleet(2, {
    HEARTBEAT_TTL_SECONDS: String(TTL_SECONDS),
    ALERT_EVALUATION_INTERVAL_SECONDS: String(INTERVAL_SECONDS),
  });
  let revived: Awaited<ReturnType<typeof startDemoFleet>> | undefined;
  try {
    const { t } = sb;
    const ops = await t.token("olivia", ["operator"]);
    const auditor = await t.token("audrey", ["auditor"]);
    const api = async (path: string, init: RequestInit = {}, token = ops) => {
      const res = await t.call(`/api/v1${path}`, { ...init, token });
      return { status: res.status, text: await res.text() };
    };
    const created = await api("/alert-rules", {
      method: "POST",
      body: JSON.stringify({
        id: "agent-down",
        name: "AgentDown",
        metric: "agent_unhealthy",
        op: ">",
        threshold: 0,
        forSeconds: 0,
        severity: "critical",
      }),
    });
    assert.equal(created.status, 201, created.text);
    const alerts = async (state: string) =>
      JSON.parse((await api(`/alerts?state=${state}`)).text).items as {
        id: string;
        state: string;
        labels: Record<string, string>;
        startsAt: string;
        endsAt?: string;
      }[];
    assert.deepEqual(await alerts("all"), [], "a healthy fleet raises nothing");

    const victim = sb.fleet.agents[0]!;
    const killedAt = Date.now();
    victim.kill("SIGKILL");
    await victim.status;
    await waitFor(
      async () => (await alerts("firing")).length === 1,
      "the alert to fire",
      (TTL_SECONDS + INTERVAL_SECONDS + 2) * 1000 + 5_000, // + slack for a loaded machine
    );
    const firedAfterMs = Date.now() - killedAt;
    const [firing] = await alerts("firing");
    assert.equal(firing!.labels.agentId, victim.name, "the alert names the agent");
    assert.equal(firing!.labels.alertname, "AgentDown");
    console.log(JSON.stringify({ figure: "alert fired after kill (ms)", value: firedAfterMs }));

    // The same agent comes back (same id and port): the alert resolves.
    const agentToken = await t.token(victim.name, ["agent"]);
    revived = await startDemoFleet({
      switchboardUrl: t.url,
      ports: [victim.port],
      tokenFor: () => agentToken,
      ...(t.node.dialPublicKey ? { edgePublicKey: t.node.dialPublicKey } : {}),
      stopTimeoutMs: 3_000,
    });
    await waitFor(
      async () => (await alerts("resolved")).length === 1,
      "the alert to resolve",
      30_000,
    );
    const [resolved] = await alerts("all");
    assert.equal(resolved!.id, firing!.id);
    assert.ok(resolved!.endsAt && resolved!.endsAt > resolved!.startsAt);

    // In the log, as an auditor reads it.
    const log = await api("/events?type=alert.raised,alert.resolved", {}, auditor);
    assert.equal(log.status, 200);
    const events = log.text.trim().split("\n").map((line) => JSON.parse(line));
    assert.deepEqual(events.map((e) => e.type), ["alert.raised", "alert.resolved"]);
    assert.equal(events[0].data.labels.agentId, victim.name);
    assert.equal(events[0].data.alertId, firing!.id);

    // Replay: the alert history rebuilt from the log is identical.
    const replay = JSON.parse(
      (await api("/projections/rebuild", { method: "POST" }, auditor)).text,
    );
    const projection = replay.projections.find((p: { projection: string }) =>
      p.projection === "alerts"
    );
    assert.equal(projection.identical, true, JSON.stringify(projection.comparison));
  } finally {
    await revived?.stop();
    await sb.stop();
  }
});
