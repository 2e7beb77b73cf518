/**
 * New actor ids that land on a partition this node owns. A session opened
 * here then has its actor on the node that holds its socket: the edge's
 * commands for it (open, detach, close …) are run in process (dispatch.ts,
 * LocalHost) instead of travelling the command log and back. Ids stay
 * random UUIDs; only which of them is drawn is steered, a few draws on
 * average (partitions / owned ones).
 */
export function ownedIdFactory(
  partitionOf: (id: string) => number,
  ownedPartitions: () => readonly number[],
  /** Draws before settling for any id (a node that owns nothing, say). */
  maxDraws = 256,
): () => string {
  return () => {
    const owned = new Set(ownedPartitions());
    let id = crypto.randomUUID();
    if (owned.size === 0) return id;
    for (let draw = 1; draw < maxDraws && !owned.has(partitionOf(id)); draw++) {
      id = crypto.randomUUID();
    }
    return id;
  };
}
