/**
 * Stable partition of an actor id: FNV-1a (32 bit) modulo the partition
 * count. Every node and every language must agree on it, so it is spelled
 * out here rather than taken from a library.
 */
export function partitionOf(actorId: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < actorId.length; i++) {
    hash ^= actorId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitions;
}
