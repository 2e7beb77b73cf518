import type { LeaseHandlers, NodeAnnouncement, PartitionLeases } from "./partition-leases.ts";

/** The embedded default: one node, which owns every partition. */
export function inProcessLeases(partitions: number, nodeId = "embedded"): PartitionLeases {
  const owned = new Set<number>();
  let handlers: LeaseHandlers | undefined;
  let announcement: NodeAnnouncement = {};
  return {
    nodeId,
    async start(h) {
      handlers = h;
      for (let p = 0; p < partitions; p++) {
        owned.add(p);
        await h.acquired(p);
      }
    },
    owned: () => [...owned].sort((a, b) => a - b),
    // One node: any other edge named in the log belonged to an earlier, dead process.
    liveNodes: () => [nodeId],
    announce(a) {
      announcement = a;
    },
    members: () =>
      Promise.resolve([{
        nodeId,
        announcement,
        lastSeen: new Date().toISOString(),
        partitions: [...owned].sort((a, b) => a - b),
      }]),
    readiness: () => ({ ok: true, detail: `in process, ${owned.size} partitions` }),
    async stop() {
      for (const p of [...owned]) {
        owned.delete(p);
        await handlers?.lost(p);
      }
    },
  };
}
