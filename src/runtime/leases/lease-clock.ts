/**
 * When each held lease was last renewed, by this node's own clock, and
 * whether it may still be trusted. A renewal is stamped with the time it was
 * *sent*: the server restarts the TTL when it receives it, later, so the
 * lease cannot expire on the server before `renewedAt + ttl`. Stopping at
 * `ttl - margin` after the stamp means this node has stopped before any other
 * node can take the lease, even when NATS cannot be reached to say so.
 */
export class LeaseClock {
  readonly #renewedAt = new Map<number, number>();

  constructor(private readonly ttlMs: number, private readonly marginMs: number) {}

  renewed(partition: number, sentAt: number): void {
    this.#renewedAt.set(partition, sentAt);
  }

  forget(partition: number): void {
    this.#renewedAt.delete(partition);
  }

  /** The partitions whose lease can no longer be trusted at `now`. */
  expiring(now: number): number[] {
    const deadline = this.ttlMs - this.marginMs;
    return [...this.#renewedAt].filter(([, at]) => now - at >= deadline).map(([p]) => p);
  }

  /** Longest time since a renewal among the held leases, 0 with none. */
  oldest(now: number): number {
    return Math.max(0, ...[...this.#renewedAt.values()].map((at) => now - at));
  }
}
