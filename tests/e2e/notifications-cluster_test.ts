import assert from "node:assert/strict";
import { startNode, type SwitchboardNode } from "../../src/node/start.ts";
import { createLogger } from "../../src/telemetry/log.ts";
import { signToken } from "../../src/auth/jwt.ts";
import { clusterNodeConfig } from "../support/node.ts";
import { ignoreWithout, uniqueName } from "../support/services.ts";
import { waitFor } from "../support/time.ts";
import { dropNamespace } from "../support/namespace.ts";
import { startReceiver } from "../support/webhook-receiver.ts";

const SECRET = "notify-cluster-secret-notify-cluster-secret-01";

/**
 * Two nodes on PostgreSQL + JetStream: only the alerting lease holder
 * notifies; when it crashes, the other takes over from the log and sends
 * what is left (the resolved) without sending the firing again. The
 * receiver sees one firing and one resolved for the alert's fingerprint.
 */
Deno.test({
  name: "notifications cluster: one sender; a crashed leader's successor re-sends nothing",
  ignore: ignoreWithout("postgres", "nats"),
  async fn() {
    const namespace = uniqueName("sb_notify");
    const receiver = startReceiver();
    const nodes: SwitchboardNode[] = [];
    const start = async (nodeId: string) => {
      const config = clusterNodeConfig({ namespace, secret: SECRET }, nodeId, {
        HEARTBEAT_TTL_SECONDS: "1",
        ALERT_EVALUATION_INTERVAL_SECONDS: "0.5",
      });
      const node = await startNode(config, createLogger("error"));
      nodes.push(node);
      return node;
    };
    const admin = await signToken(SECRET, { sub: "root", roles: ["admin"] }, 600);
    const call = async (node: SwitchboardNode, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${node.url}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: await res.json() };
    };
    const of = (status: string) =>
      receiver.received.map((r) => JSON.parse(r.body)).filter((b) => b.status === status);
    try {
      const a = await start("node-a");
      const b = await start("node-b");
      await waitFor(
        () => [a, b].filter((n) => n.alerting.isAlertingLeader()).length === 1,
        "one alerting leader",
        20_000,
      );
      const channel = await call(a, "POST", "/notification-channels", {
        id: "pager",
        name: "pager",
        type: "webhook",
        url: `${receiver.url}/hook`,
        secret: "cluster-hook-secret-0123456789",
      });
      assert.equal(channel.status, 201, JSON.stringify(channel.body));
      // Straight after: node b has not read the channel yet, and looks again at the log's head.
      const rule = await call(b, "POST", "/alert-rules", {
        id: "down",
        name: "AgentDown",
        metric: "agent_unhealthy",
        op: ">",
        threshold: 0,
        forSeconds: 0,
        severity: "critical",
        channels: ["pager"],
      });
      assert.equal(rule.status, 201, JSON.stringify(rule.body));
      const agent = {
        id: "quiet-1",
        name: "quiet",
        host: "127.0.0.1",
        port: 9,
        agentType: "echo",
        capabilities: ["echo"],
      };
      assert.equal((await call(a, "POST", "/agents", agent)).status, 201);

      // The agent falls silent: one firing, from the leader.
      await waitFor(() => of("firing").length === 1, "the firing notification", 30_000);
      const leader = [a, b].find((n) => n.alerting.isAlertingLeader())!;
      const survivor = leader === a ? b : a;
      const fingerprint = of("firing")[0].alerts[0].fingerprint;

      // The leader crashes (leases left to expire); the agent comes back through the survivor.
      await leader.stop({ release: false });
      await waitFor(
        async () => {
          await call(survivor, "POST", "/agents/quiet-1/heartbeat", {});
          return of("resolved").length === 1;
        },
        "the resolved notification from the new leader",
        60_000,
      );
      assert.equal(survivor.alerting.isAlertingLeader(), true);
      assert.equal(of("resolved")[0].alerts[0].fingerprint, fingerprint);
      assert.equal(of("firing").length, 1, "the firing was not sent again by the new leader");
      assert.equal(receiver.received.length, 2);
      // The attempt is recorded once the receiver has answered: wait for the record to arrive.
      const recorded = async () => {
        const deliveries = await call(survivor, "GET", "/notification-channels/pager/deliveries");
        return deliveries.body.items.map((
          d: { status: string; outcome: string },
        ) => [d.status, d.outcome]);
      };
      await waitFor(
        async () => (await recorded()).length === 2,
        "both deliveries recorded",
        10_000,
      );
      assert.deepEqual(await recorded(), [["resolved", "delivered"], ["firing", "delivered"]]);
    } finally {
      for (const node of nodes) await node.stop().catch(() => {});
      await receiver.stop();
      await dropNamespace(namespace);
    }
  },
});
