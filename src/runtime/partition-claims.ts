import type { EventStore, PartitionFence } from "../store/event-store.ts";

/** A command of a partition this node no longer holds: it is the next owner's to run. */
export class PartitionNotHeldError extends Error {
  constructor(readonly partition: number) {
    super(`partition ${partition} is not held by this node`);
    this.name = "PartitionNotHeldError";
  }
}

/**
 * The partitions this node holds the lease of, and its claim (epoch) on
 * each in the store: every append carries it, so once another node claims
 * the partition, this one's appends are refused (fencing).
 */
export class PartitionClaims {
  readonly #held = new Set<number>();
  readonly #epochs = new Map<number, Promise<PartitionFence>>();

  constructor(private readonly store: Pick<EventStore, "claimPartition">) {}

  holds(partition: number): boolean {
    return this.#held.has(partition);
  }

  /**
   * A new acquisition: a new claim, made at once so that a previous owner
   * that does not know it lost the lease is fenced off before this node's
   * first command, not at it.
   */
  acquire(partition: number): void {
    this.#held.add(partition);
    this.#epochs.delete(partition);
    void this.fenceOf(partition).catch(() => {});
  }

  release(partition: number): void {
    this.#held.delete(partition);
    this.#epochs.delete(partition);
  }

  /**
   * The claim, made once per acquisition (a failed one is tried again). Never
   * for a partition not held: a command still queued after the partition was
   * dropped must not claim it back.
   */
  fenceOf(partition: number): Promise<PartitionFence> {
    let claim = this.#epochs.get(partition);
    if (!claim) {
      if (!this.#held.has(partition)) return Promise.reject(new PartitionNotHeldError(partition));
      claim = this.store.claimPartition(partition).then((epoch) => ({ partition, epoch }));
      this.#epochs.set(partition, claim);
      claim.catch(() => {
        if (this.#epochs.get(partition) === claim) this.#epochs.delete(partition);
      });
    }
    return claim;
  }
}
