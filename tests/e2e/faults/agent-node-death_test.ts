import assert from "node:assert/strict";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { Kvm } from "@nats-io/kv";
import { signToken } from "../../../src/auth/jwt.ts";
import { startEchoAgent } from "../../../src/agent/demo-echo.ts";
import { partitionOf } from "../../../src/bus/partition.ts";
import { freePorts } from "../../support/fleet.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../../support/services.ts";
import { pause, waitFor } from "../../support/time.ts";
import { TestClient } from "../../support/ws-client.ts";
import { dropNamespace } from "../../support/namespace.ts";

/**
 * A node's death must not orphan the agents that registered through it: the
 * SDK moves its heartbeats to another node, which takes the dead node's
 * partitions over, so the agent stays healthy and keeps taking sessions.
 */

const SECRET = "agent-node-death-secret-agent-node-death-0123";
const PARTITIONS = 4;
// Suspect after 4 s of silence, unhealthy after 12 s: well past the partition lease's takeover (~6-8 s).
const TTL_SECONDS = 4;
const projectDir = new URL("../../../", import.meta.url).pathname;

function startNode(nodeId: string, port: number, namespace: string): Deno.ChildProcess {
  return new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--config", `${projectDir}deno.json`, `${projectDir}src/main.ts`],
    env: {
      PORT: String(port),
      DATABASE_URL: requireUrl("postgres"),
      NATS_URL: requireUrl("nats"),
      SWITCHBOARD_NAMESPACE: namespace,
      SWITCHBOARD_JWT_SECRET: SECRET,
      NODE_ID: nodeId,
      PARTITIONS: String(PARTITIONS),
      DEMO_AGENTS: "0",
      HEARTBEAT_TTL_SECONDS: String(TTL_SECONDS),
      LOG_LEVEL: "error",
    },
    stdout: "null",
    stderr: "inherit",
  }).spawn();
}

async function ready(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/readyz`);
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

/** Which node holds each partition's lease, from the cluster's lease bucket. */
async function leaseHolders(nc: NatsConnection, namespace: string): Promise<Map<number, string>> {
  const holders = new Map<number, string>();
  const kv = await new Kvm(nc).open(`${namespace}_leases`).catch(() => undefined);
  if (!kv) return holders;
  for (let p = 0; p < PARTITIONS; p++) {
    const entry = await kv.get(`partition.${p}`).catch(() => null);
    if (entry && entry.operation === "PUT") holders.set(p, entry.string());
  }
  return holders;
}

const cleanup = dropNamespace;

async function stopProcess(child: Deno.ChildProcess): Promise<void> {
  try {
    child.kill("SIGTERM");
  } catch {
    // Already gone.
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      try {
        child.kill("SIGKILL");
      } catch {
        // Exited meanwhile.
      }
      resolve();
    }, 10_000);
  });
  await Promise.race([child.status, late]);
  clearTimeout(timer);
  await child.status;
}

Deno.test({
  name:
    "faults: an agent registered through a node that is SIGKILLed stays healthy on the other node and keeps taking sessions",
  ignore: ignoreWithout("postgres", "nats"),
  async fn() {
    const namespace = uniqueName("sb_agentdeath");
    const [portA, portB] = freePorts(2);
    const urlA = `http://127.0.0.1:${portA}`;
    const urlB = `http://127.0.0.1:${portB}`;
    const nc = await connect({ servers: requireUrl("nats") });
    const nodes: Deno.ChildProcess[] = [];
    let agent: Awaited<ReturnType<typeof startEchoAgent>> | undefined;
    try {
      const nodeA = startNode("node-a", portA!, namespace);
      nodes.push(nodeA);
      await waitFor(() => ready(urlA), "node A ready", 45_000);
      nodes.push(startNode("node-b", portB!, namespace));
      await waitFor(() => ready(urlB), "node B ready", 45_000);
      let holders = new Map<number, string>();
      await waitFor(
        async () => {
          holders = await leaseHolders(nc, namespace);
          const owners = new Set(holders.values());
          return holders.size === PARTITIONS && owners.has("node-a") && owners.has("node-b");
        },
        "the partitions shared between the two nodes",
        30_000,
      );

      // An agent whose partition node A writes: A's death then also needs a takeover.
      const id = Array.from({ length: 64 }, (_, i) => `echo-death-${i}`)
        .find((candidate) => holders.get(partitionOf(candidate, PARTITIONS)) === "node-a")!;
      agent = await startEchoAgent({
        id,
        name: id,
        port: 0,
        switchboardUrls: [urlA, urlB],
        token: await signToken(SECRET, { sub: id, roles: ["agent"] }, 600),
        heartbeatIntervalMs: 1_000,
        requestTimeoutMs: 3_000,
      });
      await agent.registered;

      const admin = await signToken(SECRET, { sub: "root", roles: ["admin"] }, 600);
      let lastHeartbeatAt = 0;
      const statusOnB = async (): Promise<string | undefined> => {
        try {
          const res = await fetch(`${urlB}/api/v1/agents/${id}`, {
            headers: { authorization: `Bearer ${admin}` },
          });
          const body = await res.json();
          if (body.lastHeartbeatAt) lastHeartbeatAt = Date.parse(body.lastHeartbeatAt);
          return res.ok ? body.status : `${res.status}`;
        } catch {
          return undefined; // a refused or slow answer is a sample missed, not a status
        }
      };
      await waitFor(async () => await statusOnB() === "healthy", "node B sees the agent healthy");

      nodeA.kill("SIGKILL");
      await nodeA.status;
      const killedAt = Date.now();
      // Well past unhealthy's threshold (3 TTLs of silence) and the lease takeover.
      const watchMs = (TTL_SECONDS * 3 + 6) * 1_000;
      const seen: string[] = [];
      let heartbeatsBackAfterMs: number | undefined;
      while (Date.now() - killedAt < watchMs) {
        const status = await statusOnB();
        if (status && seen.at(-1) !== status) seen.push(status);
        if (heartbeatsBackAfterMs === undefined && lastHeartbeatAt > killedAt) {
          heartbeatsBackAfterMs = Date.now() - killedAt;
        }
        await pause(250); // measures real time: the agent must stay healthy for this long
      }
      assert.ok(!seen.includes("unhealthy"), `statuses on node B after A died: ${seen}`);
      await waitFor(async () => await statusOnB() === "healthy", "the agent healthy on B");
      assert.ok(heartbeatsBackAfterMs !== undefined, "heartbeats recorded again after the kill");
      console.log(
        `after node A's death: statuses on B ${seen.join(" → ")}; ` +
          `heartbeats recorded again within ${heartbeatsBackAfterMs} ms`,
      );

      const client = await signToken(SECRET, { sub: "c1", roles: ["client"] }, 600);
      const ws = new TestClient(
        `${urlB.replace("http", "ws")}/ws?capability=echo&access_token=${client}`,
      );
      const opened = await ws.opened;
      assert.equal(opened.agentId, id);
      ws.ws.send("after node A died");
      await ws.until(() => ws.frames.length === 1, "an echo through node B");
      assert.deepEqual(ws.frames, ["after node A died"]);
      await ws.close();
    } finally {
      await agent?.stop({ drainTimeoutMs: 1_000 });
      for (const node of nodes) await stopProcess(node);
      await nc.close();
      await cleanup(namespace);
    }
  },
});
