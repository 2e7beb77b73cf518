import assert from "node:assert/strict";
import { startNode, type SwitchboardNode } from "../../src/node/start.ts";
import { createLogger } from "../../src/telemetry/log.ts";
import { signToken } from "../../src/auth/jwt.ts";
import { startEchoAgent } from "../../src/agent/demo-echo.ts";
import { clusterNodeConfig } from "../support/node.ts";
import { ignoreWithout, uniqueName } from "../support/services.ts";
import { pause, waitFor } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";
import { dropNamespace } from "../support/namespace.ts";

const SECRET = "cluster-test-secret-cluster-test-secret-0123";

const cleanup = dropNamespace;

Deno.test({
  name:
    "cluster: two nodes on PostgreSQL + JetStream share the fleet; a session opened on one node reaches an agent registered through the other, and its client can take it over through the other node",
  ignore: ignoreWithout("postgres", "nats"),
  async fn() {
    const namespace = uniqueName("sb_cluster");
    const nodes: SwitchboardNode[] = [];
    const start = async (nodeId: string) => {
      const config = clusterNodeConfig({ namespace, secret: SECRET }, nodeId);
      const node = await startNode(config, createLogger("error"));
      nodes.push(node);
      return node;
    };
    let agent: Awaited<ReturnType<typeof startEchoAgent>> | undefined;
    try {
      const a = await start("node-a");
      const b = await start("node-b");
      await waitFor(
        () =>
          a.runtime.host.ownedPartitions.length + b.runtime.host.ownedPartitions.length === 4 &&
          a.runtime.host.ownedPartitions.length > 0 && b.runtime.host.ownedPartitions.length > 0,
        "the partitions shared between the two nodes",
        15_000,
      );

      agent = await startEchoAgent({
        id: "echo-c1",
        name: "echo-c1",
        port: 0,
        switchboardUrl: a.url,
        token: await signToken(SECRET, { sub: "echo-c1", roles: ["agent"] }, 600),
      });
      await agent.registered;
      // Node B learns of the agent from the log alone.
      await waitFor(
        () => b.fleet.view.agent("echo-c1")?.health === "healthy",
        "node B sees the agent",
      );

      const client = await signToken(SECRET, { sub: "c1", roles: ["client"] }, 600);
      const ws = new TestClient(
        `${b.url.replace("http", "ws")}/ws?capability=echo&access_token=${client}`,
      );
      const opened = await ws.opened;
      assert.equal(opened.agentId, "echo-c1");
      ws.ws.send("across the cluster");
      await ws.until(() => ws.frames.length === 1, "an echo through node B");
      assert.deepEqual(ws.frames, ["across the cluster"]);

      // Node A's read models show the session node B opened.
      const admin = await signToken(SECRET, { sub: "root", roles: ["admin"] }, 600);
      await waitFor(async () => {
        const res = await fetch(`${a.url}/api/v1/sessions/${opened.sessionId}`, {
          headers: { authorization: `Bearer ${admin}` },
        });
        const body = await res.json();
        return res.status === 200 && body.agentId === "echo-c1";
      }, "node A's sessions projection to have the session");

      // The client reconnects through node A while node B still holds its old socket (a
      // half-open connection, or B's host unreachable): the token takes the session over,
      // and B lets its stale copy go without closing the session in the log.
      const moved = new TestClient(
        `${a.url.replace("http", "ws")}/ws?session=${opened.sessionId}&resume_token=${
          encodeURIComponent(opened.resumeToken!)
        }&access_token=${client}`,
      );
      const resumed = await moved.opened;
      assert.equal(resumed.sessionId, opened.sessionId);
      assert.equal(resumed.agentId, "echo-c1");
      let stale: CloseEvent | undefined;
      void ws.closed.then((e) => stale = e);
      await waitFor(() => stale !== undefined, "node B to let its stale copy go");
      assert.equal(stale!.code, 1000);
      assert.equal(stale!.reason, "session resumed on another connection");
      moved.ws.send("through node A now");
      await moved.until(() => moved.frames.includes("through node A now"), "an echo via node A");
      await pause(500); // measures real time: nothing may come of B's stale end in a while
      const history = await a.store.readStream(`session-${opened.sessionId}`);
      assert.equal(history.at(-1)?.type, "session.resumed");
      assert.ok(!history.some((e) => e.type === "session.closed" || e.type === "session.detached"));
      await moved.close();
    } finally {
      await agent?.stop();
      for (const node of nodes) await node.stop();
      await cleanup(namespace);
    }
  },
});
