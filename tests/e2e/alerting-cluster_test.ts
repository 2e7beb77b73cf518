import assert from "node:assert/strict";
import { startNode, type SwitchboardNode } from "../../src/node/start.ts";
import { createLogger } from "../../src/telemetry/log.ts";
import { signToken } from "../../src/auth/jwt.ts";
import { clusterNodeConfig } from "../support/node.ts";
import { ignoreWithout, uniqueName } from "../support/services.ts";
import { pause, waitFor } from "../support/time.ts";
import { dropNamespace } from "../support/namespace.ts";

const SECRET = "alerting-cluster-secret-alerting-cluster-0123";

/**
 * Two nodes on PostgreSQL + JetStream: exactly one holds the alerting lease
 * and evaluates, so a silent agent raises one alert, not two; when that node
 * dies, the other takes the lease within its TTL and carries on without
 * raising the open alert again.
 */
Deno.test({
  name: "alerting cluster: one evaluator for two nodes; the survivor takes over without duplicates",
  ignore: ignoreWithout("postgres", "nats"),
  async fn() {
    const namespace = uniqueName("sb_alerting");
    const nodes: SwitchboardNode[] = [];
    const start = async (nodeId: string) => {
      const node = await startNode(
        clusterNodeConfig({ namespace, secret: SECRET }, nodeId, {
          HEARTBEAT_TTL_SECONDS: "1",
          ALERT_EVALUATION_INTERVAL_SECONDS: "0.25",
        }),
        createLogger("error"),
      );
      nodes.push(node);
      return node;
    };
    try {
      const a = await start("node-a");
      const b = await start("node-b");
      await waitFor(
        () =>
          a.runtime.host.ownedPartitions.length > 0 && b.runtime.host.ownedPartitions.length > 0,
        "the partitions shared between the two nodes",
        15_000,
      );
      const leaders = () => nodes.filter((n) => n.alerting.isAlertingLeader());
      await waitFor(() => leaders().length === 1, "one alerting leader");
      const admin = await signToken(SECRET, { sub: "root", roles: ["admin"] }, 600);
      const call = async (node: SwitchboardNode, method: string, path: string, body: unknown) => {
        const res = await fetch(`${node.url}/api/v1${path}`, {
          method,
          headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        assert.ok(res.ok, `${method} ${path}: ${res.status} ${await res.text()}`);
      };
      const agent = (id: string) => ({
        id,
        name: id,
        host: "127.0.0.1",
        port: 9,
        agentType: "echo",
        capabilities: ["echo"],
      });
      await call(a, "POST", "/alert-rules", {
        id: "down",
        name: "AgentDown",
        metric: "agent_unhealthy",
        op: ">",
        threshold: 0,
        forSeconds: 0,
        severity: "critical",
      });
      const raised = async () =>
        (await a.store.readStream("alert-down")).filter((e) => e.type === "alert.raised")
          .map((e) => (e.data as { labels: { agentId: string } }).labels.agentId);

      // An agent registered through the follower, then silent: raised once.
      const follower = nodes.find((n) => !n.alerting.isAlertingLeader())!;
      await call(follower, "POST", "/agents", agent("quiet-1"));
      await waitFor(async () => (await raised()).length === 1, "the alert raised");
      await waitFor(
        () => nodes.every((n) => Object.keys(n.alerting.states.get("down").open).length === 1),
        "both nodes to see it",
      );
      await pause(1_000); // measures real time: several evaluation rounds on both nodes
      assert.deepEqual(await raised(), ["quiet-1"], "one raised event, not one per node");

      // The leader dies without releasing its leases: the other takes over within the TTL.
      const leader = leaders()[0]!;
      const survivor = nodes.find((n) => n !== leader)!;
      const died = Date.now();
      await leader.stop({ release: false });
      nodes.splice(nodes.indexOf(leader), 1);
      await waitFor(() => survivor.alerting.isAlertingLeader(), "the survivor to lead", 20_000);
      console.log(JSON.stringify({ figure: "alerting takeover (ms)", value: Date.now() - died }));
      await call(survivor, "POST", "/agents", agent("quiet-2"));
      await waitFor(async () => (await raised()).length === 2, "the second agent's alert", 20_000);
      await pause(1_000); // measures real time: the open alert must not be raised again
      assert.deepEqual(await raised(), ["quiet-1", "quiet-2"]);
    } finally {
      for (const node of nodes) await node.stop();
      await dropNamespace(namespace);
    }
  },
});
