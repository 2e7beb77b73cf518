import assert from "node:assert/strict";
import { partitionOf } from "../../../src/bus/partition.ts";
import type { SwitchboardNode } from "../../../src/node/start.ts";
import { commandClients } from "../../../src/runtime/commands/clients.ts";
import { ignoreWithout, uniqueName } from "../../support/services.ts";
import { waitFor } from "../../support/time.ts";
import { dropSchemas, startClusterNode } from "./support/cluster.ts";
import { type PrivateNats, startPrivateNats } from "./support/nats-server.ts";

/**
 * The worst split: two nodes on one PostgreSQL, each with its own NATS, so
 * each holds every lease. The node that claimed the partitions last writes;
 * the other's appends are refused by the store (fencing), it drops the
 * partition, and the command it was running is not acknowledged.
 */
Deno.test({
  name:
    "faults: a stale owner cannot append: of two nodes that both hold a partition's lease, only the last to claim it writes",
  ignore: ignoreWithout("postgres"),
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const namespace = uniqueName("sb_ffence");
    const servers: PrivateNats[] = [];
    const nodes: SwitchboardNode[] = [];
    try {
      servers.push(await startPrivateNats(), await startPrivateNats());
      const stale = await startClusterNode("node-stale", namespace, servers[0]!.url);
      nodes.push(stale);
      await waitFor(() => stale.runtime.host.ownedPartitions.length === 4, "A's partitions");
      const staleCommands = commandClients(stale.runtime.dispatch);
      await staleCommands.agents.register("fx", {
        name: "fx",
        host: "127.0.0.1",
        port: 9,
        agentType: "probe",
        capabilities: ["probe"],
      });

      const current = await startClusterNode("node-current", namespace, servers[1]!.url);
      nodes.push(current);
      await waitFor(() => current.runtime.host.ownedPartitions.length === 4, "B's partitions");
      const beat = await commandClients(current.runtime.dispatch).agents.heartbeat("fx", {
        sessions: 1,
      });
      assert.ok(beat.version >= 2);

      const refusedId = crypto.randomUUID();
      await assert.rejects(
        staleCommands.agents.heartbeat("fx", { sessions: 2 }, {
          commandId: refusedId,
          timeoutMs: 3_000,
          attemptTimeoutMs: 3_000,
        }),
      );
      const partition = partitionOf("fx", 4);
      await waitFor(
        () => !stale.runtime.host.ownedPartitions.includes(partition),
        "the stale node to drop the partition",
      );
      const events = await current.store.readStream("agent-fx");
      assert.ok(!events.some((e) => e.metadata.commandId === refusedId), "the stale write");
      // The current owner carries on.
      await commandClients(current.runtime.dispatch).agents.heartbeat("fx", { sessions: 3 });
    } finally {
      for (const node of nodes) await node.stop().catch(() => {});
      for (const server of servers) await server.dispose();
      await dropSchemas(namespace);
    }
  },
});
