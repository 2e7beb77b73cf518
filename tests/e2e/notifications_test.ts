import assert from "node:assert/strict";
import { signToken } from "../../src/auth/jwt.ts";
import { verifyWebhookSignature } from "../../src/security/webhook-signature.ts";
import { freePorts } from "../support/fleet.ts";
import { startMain } from "../support/main-process.ts";
import { waitFor } from "../support/time.ts";
import { type Received, startReceiver } from "../support/webhook-receiver.ts";

/**
 * Issue 14's first "Done when", with real processes and sockets: a node
 * (src/main.ts), a demo echo agent process, and a webhook receiver. A rule
 * `agent_unhealthy > 0 for 0s` notifies a channel; SIGKILL the agent → a
 * signed `firing` naming it within TTL + evaluation interval + 2 s; restart
 * it → `resolved`; both in GET /alerts and in the log; a silence
 * suppresses the next notification and keeps the alert record.
 */
const JWT_SECRET = "notify-e2e-secret-notify-e2e-secret-0123456789";
const HOOK_SECRET = "receiver-shared-secret-0123456789";
const TTL_SECONDS = 2;
const INTERVAL_SECONDS = 1;
const AGENT_ID = "e2e-echo";
const projectDir = new URL("../../", import.meta.url).pathname;

function startAgentProcess(port: number, switchboard: string, token: string): Deno.ChildProcess {
  return new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--config",
      `${projectDir}deno.json`,
      `${projectDir}src/agent/demo-echo.ts`,
      "--port",
      String(port),
      "--switchboard",
      switchboard,
      "--id",
      AGENT_ID,
      "--name",
      "echo-e2e",
      "--heartbeat-ms",
      "400",
      "--log-level",
      "warn",
    ],
    env: { SWITCHBOARD_AGENT_TOKEN: token },
    stdin: "null",
    stdout: "null",
    stderr: "inherit",
  }).spawn();
}

interface Alert {
  id: string;
  state: string;
  labels: Record<string, string>;
  notifications: { channelId: string; status: string; outcome: string; attempts: number }[];
}

Deno.test("notifications e2e: SIGKILL an agent → signed firing; restart → resolved; a silence suppresses", async () => {
  const receiver = startReceiver();
  const [nodePort, agentPort] = freePorts(2);
  const url = `http://127.0.0.1:${nodePort}`;
  const dataDir = await Deno.makeTempDir({ prefix: "switchboard-notify-e2e-" });
  const env = {
    SWITCHBOARD_JWT_SECRET: JWT_SECRET,
    DEMO_AGENTS: "0",
    HEARTBEAT_TTL_SECONDS: String(TTL_SECONDS),
    ALERT_EVALUATION_INTERVAL_SECONDS: String(INTERVAL_SECONDS),
  };
  let node = startMain(nodePort!, dataDir, env);
  let agent: Deno.ChildProcess | undefined;
  const admin = await signToken(JWT_SECRET, { sub: "root", roles: ["admin"] }, 600);
  const agentToken = await signToken(JWT_SECRET, { sub: AGENT_ID, roles: ["agent"] }, 600);
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text.startsWith("{") ? JSON.parse(text) : text };
  };
  const agentStatus = async () => {
    try {
      return (await api("GET", `/agents/${AGENT_ID}`)).body.status as string | undefined;
    } catch {
      return undefined;
    }
  };
  const notifications = (status: string) =>
    receiver.received.filter((r) => JSON.parse(r.body).status === status);
  try {
    const ready = () =>
      waitFor(
        async () => {
          try {
            return (await fetch(`${url}/readyz`).then(async (r) => (await r.body?.cancel(), r.ok)));
          } catch {
            return false;
          }
        },
        "the node to be ready",
        90_000,
      );
    await ready();

    const channel = await api("POST", "/notification-channels", {
      id: "pager",
      name: "pager",
      type: "webhook",
      url: `${receiver.url}/hook`,
      secret: HOOK_SECRET,
    });
    assert.equal(channel.status, 201, JSON.stringify(channel.body));
    // A rule naming a channel that does not exist is refused.
    const bad = await api("POST", "/alert-rules", {
      name: "x",
      metric: "agent_unhealthy",
      op: ">",
      threshold: 0,
      forSeconds: 0,
      channels: ["nope"],
    });
    assert.equal(bad.status, 400, JSON.stringify(bad.body));

    agent = startAgentProcess(agentPort!, url, agentToken);
    await waitFor(async () => await agentStatus() === "healthy", "the agent to be healthy", 60_000);
    const rule = await api("POST", "/alert-rules", {
      id: "agent-down",
      name: "AgentDown",
      metric: "agent_unhealthy",
      op: ">",
      threshold: 0,
      forSeconds: 0,
      severity: "critical",
      annotations: { summary: "{{ $labels.agent }} is not heartbeating" },
      channels: ["pager"],
    });
    assert.equal(rule.status, 201, JSON.stringify(rule.body));

    // SIGKILL: no deregistration, no goodbye; only the silence tells.
    agent.kill("SIGKILL");
    await agent.status;
    const killedAt = Date.now();
    await waitFor(() => notifications("firing").length === 1, "a firing notification", 30_000);
    const firing = notifications("firing")[0]!;
    const withinMs = (TTL_SECONDS + INTERVAL_SECONDS + 2) * 1000;
    const tookMs = firing.at - killedAt;
    console.log(
      JSON.stringify({ measure: "kill-to-firing-notification-ms", value: tookMs, limit: withinMs }),
    );
    assert.ok(tookMs <= withinMs, `firing after ${tookMs} ms, limit ${withinMs} ms`);
    await assertSigned(firing);
    const fired = JSON.parse(firing.body);
    assert.equal(fired.version, "4");
    assert.equal(fired.receiver, "pager");
    assert.equal(fired.alerts[0].status, "firing");
    assert.equal(fired.alerts[0].labels.agentId, AGENT_ID);
    assert.equal(fired.alerts[0].labels.alertname, "AgentDown");
    assert.equal(fired.alerts[0].annotations.summary, "echo-e2e is not heartbeating");
    assert.equal(fired.alerts[0].endsAt, "0001-01-01T00:00:00Z");

    // Back up under the same id: heartbeats return, the alert resolves, the receiver hears it.
    agent = startAgentProcess(agentPort!, url, agentToken);
    await waitFor(() => notifications("resolved").length === 1, "a resolved notification", 60_000);
    const resolved = notifications("resolved")[0]!;
    await assertSigned(resolved);
    const ended = JSON.parse(resolved.body);
    assert.equal(ended.alerts[0].fingerprint, fired.alerts[0].fingerprint);
    assert.equal(ended.alerts[0].labels.agentId, AGENT_ID);
    assert.notEqual(ended.alerts[0].endsAt, "0001-01-01T00:00:00Z");
    assert.equal(notifications("firing").length, 1, "one firing per alert");

    // Both in GET /alerts and in the log.
    const alerts: Alert[] = (await api("GET", "/alerts?state=all")).body.items;
    const first = alerts.find((a) => a.labels.agentId === AGENT_ID && a.state === "resolved");
    assert.ok(first, JSON.stringify(alerts));
    // The alert says what its receivers were told (the resolved one's record lands just after).
    const told = async (id: string, count: number) => {
      let items: Alert["notifications"] = [];
      await waitFor(
        async () => {
          const all: Alert[] = (await api("GET", "/alerts?state=all")).body.items;
          items = all.find((a) => a.id === id)?.notifications ?? [];
          return items.length === count;
        },
        `${count} notifications on alert ${id}`,
        30_000,
      );
      return items.map((n) => [n.channelId, n.status, n.outcome, n.attempts]);
    };
    assert.deepEqual(await told(first.id, 2), [
      ["pager", "firing", "delivered", 1],
      ["pager", "resolved", "delivered", 1],
    ]);
    const log = async (type: string) =>
      await (await fetch(`${url}/api/v1/events?type=${type}`, {
        headers: { authorization: `Bearer ${admin}` },
      })).text();
    assert.match(await log("alert.raised"), new RegExp(first.id));
    assert.match(await log("alert.resolved"), new RegExp(first.id));
    const attempts = (await log("notification.attempted")).trim().split("\n").map((l) =>
      JSON.parse(l).data
    );
    assert.deepEqual(
      attempts.map((a: { alertId: string; status: string; outcome: string }) => [
        a.alertId,
        a.status,
        a.outcome,
      ]),
      [[first.id, "firing", "delivered"], [first.id, "resolved", "delivered"]],
    );
    assert.ok(!(await log("notificationChannel.created")).includes(HOOK_SECRET));

    // A silence on this agent: the next outage is recorded as an alert, and not notified.
    await waitFor(async () => await agentStatus() === "healthy", "the agent healthy again", 30_000);
    const silence = await api("POST", "/silences", {
      matchers: [{ name: "agentId", value: AGENT_ID }],
      until: new Date(Date.now() + 3_600_000).toISOString(),
      comment: "planned restart",
    });
    assert.equal(silence.status, 201, JSON.stringify(silence.body));
    agent.kill("SIGKILL");
    await agent.status;
    agent = undefined;
    let second: Alert | undefined;
    await waitFor(
      async () => {
        const firingNow: Alert[] = (await api("GET", "/alerts?state=firing")).body.items;
        second = firingNow.find((a) => a.labels.agentId === AGENT_ID);
        return second !== undefined;
      },
      "the second alert on record",
      30_000,
    );
    type Row = { kind: string; alertId: string; silenceIds?: string[] };
    let rows: Row[] = [];
    await waitFor(
      async () => {
        rows = (await api("GET", `/notification-channels/pager/deliveries?alertId=${second!.id}`))
          .body.items;
        return rows.length > 0;
      },
      "the suppression on record",
      30_000,
    );
    assert.deepEqual(rows.map((r) => [r.kind, r.silenceIds]), [["suppressed", [
      silence.body.silenceId,
    ]]]);
    assert.equal(notifications("firing").length, 1, "the silenced alert was not sent");
    assert.deepEqual(await told(second!.id, 1), [["pager", "firing", "suppressed", 0]]);
    assert.equal(receiver.received.length, 2);

    // A node restart sends nothing twice: the log says what was delivered. The silence ends,
    // the agent returns; the receiver never heard the second alert fire, so not its end either.
    node.kill("SIGTERM");
    await node.status;
    node = startMain(nodePort!, dataDir, env);
    await ready();
    const unsilenced = await api("DELETE", `/silences/${silence.body.silenceId}`);
    assert.equal(unsilenced.status, 200, JSON.stringify(unsilenced.body));
    agent = startAgentProcess(agentPort!, url, agentToken);
    await waitFor(
      async () => {
        rows = (await api("GET", `/notification-channels/pager/deliveries?alertId=${second!.id}`))
          .body.items;
        return rows.length === 2;
      },
      "the second alert's resolution on record",
      60_000,
    );
    assert.deepEqual(rows.map((r) => [r.kind, r.silenceIds]), [
      ["suppressed", [silence.body.silenceId]],
      ["suppressed", [silence.body.silenceId]],
    ]);
    assert.equal(receiver.received.length, 2, "nothing re-sent after the restart");
  } finally {
    try {
      agent?.kill("SIGKILL");
      await agent?.status;
    } catch { /* gone */ }
    try {
      node.kill("SIGTERM");
    } catch { /* gone */ }
    await node.status;
    await receiver.stop();
    await Deno.remove(dataDir, { recursive: true });
  }
});

async function assertSigned(r: Received): Promise<void> {
  const header = r.headers.get("x-switchboard-signature");
  assert.match(header ?? "", /^sha256=[0-9a-f]{64}$/);
  assert.equal(await verifyWebhookSignature(HOOK_SECRET, r.body, header), true, "signature");
}
