import assert from "node:assert/strict";
import { MetricsSummary } from "../../projections/summary.ts";
import { RESPONSE_SAMPLE } from "../../src/edge/session-meter.ts";
import { freePorts, type NodeWithFleet, startNodeWithFleet } from "../support/fleet.ts";
import { dropNamespace } from "../support/namespace.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../support/services.ts";
import { waitFor } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";

/**
 * Issue 14 "Done when": the error rate and the latencies in
 * /metrics/summary are measured by the edge on real sockets, not fed by
 * hand: a real node, real agent processes, real clients.
 */

/** The node on embedded storage, or on PostgreSQL + JetStream when both are there. */
const backends = [
  { name: "embedded", ignore: false, env: () => ({}) },
  {
    name: "postgres+nats",
    ignore: ignoreWithout("postgres", "nats"),
    env: (namespace: string): Record<string, string> => ({
      DATABASE_URL: requireUrl("postgres"),
      NATS_URL: requireUrl("nats"),
      SWITCHBOARD_NAMESPACE: namespace,
      SWITCHBOARD_JWT_SECRET: "measured-figures-test-secret-0123456789",
      PARTITIONS: "4",
    }),
  },
];

async function withNode(
  backend: (typeof backends)[number],
  agents: number,
  fn: (sb: NodeWithFleet, summary: () => Promise<MetricsSummary>) => Promise<void>,
) {
  const namespace = uniqueName("sb_measure");
  const sb = await startNodeWithFleet(agents, backend.env(namespace));
  try {
    const admin = await sb.t.token("admin-1", ["admin"]);
    // The edge's figures are batched; flush them now rather than wait out the interval.
    const summary = async () => {
      await sb.t.node.figures.flush();
      const res = await sb.t.call("/api/v1/metrics/summary", { token: admin });
      assert.equal(res.status, 200);
      return MetricsSummary.parse(await res.json());
    };
    await fn(sb, summary);
  } finally {
    await sb.stop();
    if (backend.env !== backends[0]!.env) await dropNamespace(namespace);
  }
}

for (const backend of backends) {
  Deno.test({
    name:
      `figures (${backend.name}): errorRate moves when opens are refused (4013) and when a session fails over (SIGKILL)`,
    ignore: backend.ignore,
    async fn() {
      await withNode(backend, 2, async (sb, summary) => {
        const clients = [0, 1, 2, 3].map(() => new TestClient(sb.wsUrl("capability=echo")));
        const opened = await Promise.all(clients.map((c) => c.opened));
        await Promise.all(clients.map(async (c) => {
          c.ws.send("hello");
          await c.until(() => c.frames.length === 1, "an echo");
        }));
        let s = await summary();
        await waitFor(async () => (s = await summary()).opens.attempted === 4, "4 opens counted");
        assert.equal(s.errorRate, 0);
        assert.deepEqual(s.opens, { attempted: 4, refused: 0, failovers: 0, errored: 0 });

        // Nobody offers this capability: the edge refuses with 4013.
        const refused = new TestClient(sb.wsUrl("capability=nope"));
        assert.equal((await refused.closed).code, 4013);
        await waitFor(async () => (s = await summary()).opens.refused === 1, "a refusal counted");
        assert.equal(s.opens.attempted, 5);
        assert.equal(s.errorRate, 1 / 5);

        // The agent of some sessions dies: they are rebound to the other one.
        const victim = sb.fleet.agents[0]!;
        const onVictim = clients.filter((_, i) => opened[i]!.agentId === victim.name);
        assert.ok(onVictim.length >= 1, "round robin put a session on each agent");
        victim.kill("SIGKILL");
        await victim.status;
        await Promise.all(
          onVictim.map((c) =>
            c.until(() => c.control.some((f) => f.type === "session.rebound"), "session.rebound")
          ),
        );
        await waitFor(
          async () => (s = await summary()).opens.failovers === onVictim.length,
          "the failovers counted",
        );
        assert.equal(s.opens.attempted, 5);
        assert.equal(s.errorRate, (1 + onVictim.length) / 5);

        // The same figures per node and per agent, and on /metrics.
        const admin = await sb.t.token("admin-1", ["admin"]);
        const node = await (await sb.t.call(
          `/api/v1/load?scope=node&key=${sb.t.node.nodeId}`,
          { token: admin },
        )).json();
        assert.equal(node.figures[0].refusedByCode["4013"], 1);
        // Whichever saw the death first: the relay (its socket failed) or the fleet (it was ejected).
        const byReason = node.figures[0].failoversByReason as Record<string, number>;
        assert.equal(Object.values(byReason).reduce((a, b) => a + b, 0), onVictim.length);
        for (const reason of Object.keys(byReason)) {
          assert.ok(["agent_lost", "agent_ejected"].includes(reason), reason);
        }
        const text = await (await fetch(`${sb.t.url}/metrics`)).text();
        assert.match(
          text,
          /^switchboard_edge_opens_total\{agent="",capability="nope",class="no_agent",code="4013",outcome="refused"\} 1$/m,
        );
        const failovers = [...text.matchAll(
          /^switchboard_edge_failovers_total\{[^}]*reason="agent_(lost|ejected)"\} (\d+)$/gm,
        )].reduce((sum, m) => sum + Number(m[2]), 0);
        assert.equal(failovers, onVictim.length);
        assert.ok(
          Number(
            /^switchboard_agent_socket_errors_total\{agent="echo-1"\} (\d+)$/m.exec(text)?.[1],
          ) >=
            1,
          "the lost agent socket is an agent error",
        );
        // The 10 s series carry them too, and the agents' heartbeats (every 5 s from the SDK).
        const series = async (scope: string, key: string) =>
          (await (await sb.t.call(
            `/api/v1/load/series?scope=${scope}&key=${key}&resolution=10&limit=10`,
            { token: admin },
          )).json()).items as {
            opened: number;
            refused: number;
            heartbeat: { heartbeats: number; cpu: number | null };
          }[];
        const echo = await series("capability", "echo");
        assert.equal(echo.reduce((sum, p) => sum + p.opened, 0), 4);
        const nope = await series("capability", "nope");
        assert.equal(nope.reduce((sum, p) => sum + p.refused, 0), 1);
        await waitFor(
          async () => (await series("agent", "echo-2")).some((p) => p.heartbeat.heartbeats > 0),
          "echo-2's heartbeats in its series",
        );
        // Their last figures are gauges on /metrics (demo agents report cpu, from the load average).
        const gauges = await (await fetch(`${sb.t.url}/metrics`)).text();
        assert.match(gauges, /^switchboard_agent_cpu_percent\{agent="echo-2"\} [\d.]+$/m);
        const cpu = (await series("agent", "echo-2")).find((p) => p.heartbeat.heartbeats > 0)!;
        assert.ok(cpu.heartbeat.cpu !== null && cpu.heartbeat.cpu >= 0, "cpu as a series");
        await Promise.all(clients.map((c) => c.close()));
      });
    },
  });

  Deno.test({
    name:
      `figures (${backend.name}): with an agent that answers after 50 ms, responseLatencyMs.p50 ≈ 50 ms and relayLatencyMs.p50 < 1 ms`,
    ignore: backend.ignore,
    async fn() {
      await withNode(backend, 0, async (sb, summary) => {
        const slow = slowAgent(50);
        try {
          const admin = await sb.t.token("admin-1", ["admin"]);
          const res = await sb.t.call("/api/v1/agents", {
            method: "POST",
            token: admin,
            body: JSON.stringify({
              id: "slow-1",
              name: "slow-1",
              host: "127.0.0.1",
              port: slow.addr.port,
              agentType: "slow",
              capabilities: ["slow"],
            }),
          });
          assert.equal(res.status, 201);
          await waitFor(
            () => sb.t.node.fleet.view.agent("slow-1")?.health === "healthy",
            "the slow agent routable",
          );
          const client = new TestClient(sb.wsUrl("capability=slow"));
          const opened = await client.opened;
          // One message at a time: each waits for its echo, so each echo is one response.
          // Response waits are timed one turn in four: 40 turns give 10 timings.
          for (let i = 1; i <= 40; i++) {
            client.ws.send(`m${i}`);
            await client.until(() => client.frames.length === i, `echo ${i}`);
          }
          let s = await summary();
          await waitFor(
            async () => (s = await summary()).responseLatencyMs.p50 !== null,
            "response latency measured",
          );
          const response = s.responseLatencyMs;
          console.log(JSON.stringify({
            figure: "measured.latency",
            backend: backend.name,
            responseLatencyMs: response,
            relayLatencyMs: s.relayLatencyMs,
          }));
          assert.ok(
            response.p50! >= 45 && response.p50! <= 80,
            `response p50 ${response.p50} ms`,
          );
          assert.ok(response.p99! >= response.p50!);
          const relay = s.relayLatencyMs;
          assert.ok(relay.p50 !== null && relay.p50 < 1, `relay p50 ${relay.p50} ms`);
          assert.equal(s.latencyP50Ms, relay.p50, "latencyP50Ms is relay p50");
          assert.equal(s.errorRate, 0);
          const text = await (await fetch(`${sb.t.url}/metrics`)).text();
          const count = Number(
            /^switchboard_response_latency_seconds_count\{agent="slow-1",capability="slow"\} (\d+)$/m
              .exec(text)?.[1],
          );
          assert.equal(count, 40 / RESPONSE_SAMPLE, "timed responses on /metrics");
          // The client's own close code is counted as it passes through.
          await client.close(4321, "bye");
          const nodeLoad = async () => {
            await sb.t.node.figures.flush();
            const res = await sb.t.call(`/api/v1/load?scope=node&key=${sb.t.node.nodeId}`, {
              token: admin,
            });
            return (await res.json()).figures[0]?.clientClosesByCode ?? {};
          };
          await waitFor(async () => (await nodeLoad())["4321"] === 1, "the client's close code");
          // A resume counts for the session's capability too (the query names only the session).
          const slowOpens = async () => {
            await sb.t.node.figures.flush();
            const res = await sb.t.call("/api/v1/load?scope=capability&key=slow", { token: admin });
            return (await res.json()).figures[0]?.opened ?? 0;
          };
          const again = new TestClient(
            sb.wsUrl(`session=${opened.sessionId}&resume_token=${opened.resumeToken}`),
          );
          await again.opened;
          await waitFor(async () => (await slowOpens()) === 2, "the resume counted for 'slow'");
          await again.close();
        } finally {
          await slow.shutdown();
        }
      });
    },
  });
}

/** A WebSocket agent that echoes every message `delayMs` after it arrived. */
function slowAgent(delayMs: number): Deno.HttpServer<Deno.NetAddr> {
  const [port] = freePorts(1);
  return Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, (req) => {
    if (req.headers.get("upgrade") !== "websocket") return new Response("ok");
    const { socket, response } = Deno.upgradeWebSocket(req);
    socket.onmessage = (e) => setTimeout(() => socket.send(e.data), delayMs);
    return response;
  });
}
