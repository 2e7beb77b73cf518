import type { NodeInfo } from "../api/routes/nodes.ts";
import type { ReadonlyFleetView } from "../runtime/fleet/fleet-view.ts";
import type { PartitionLeases } from "../runtime/leases/partition-leases.ts";

/**
 * The cluster's live nodes for `GET /nodes`: who is alive, where it listens
 * and which partitions it holds come from the lease service (each node
 * renews a presence entry carrying its announcement); how many sessions
 * each edge holds comes from the fleet view, which every node folds from
 * the same log.
 */
export async function clusterNodes(
  leases: PartitionLeases,
  selfId: string,
  view: ReadonlyFleetView,
): Promise<NodeInfo[]> {
  const sessions = new Map<string, number>();
  for (const [, edgeId] of view.attachedSessions()) {
    sessions.set(edgeId, (sessions.get(edgeId) ?? 0) + 1);
  }
  const members = await leases.members?.() ?? [{
    nodeId: selfId,
    announcement: {},
    lastSeen: new Date().toISOString(),
    partitions: leases.owned(),
  }];
  return members.map((m) => ({
    id: m.nodeId,
    address: m.announcement.address ?? null,
    version: m.announcement.version ?? null,
    startedAt: m.announcement.startedAt ?? null,
    lastSeen: m.lastSeen,
    partitions: m.partitions,
    sessions: sessions.get(m.nodeId) ?? 0,
    self: m.nodeId === selfId,
  }));
}
