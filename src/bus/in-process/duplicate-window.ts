/**
 * Command ids seen in the last `windowMs`, like the dedup window JetStream
 * keeps for `Nats-Msg-Id`. A Map iterates in insertion order, which here is
 * time order, so expired ids are pruned from the front.
 */
export class DuplicateWindow {
  #seenAt = new Map<string, number>();

  constructor(private readonly windowMs: number) {}

  /** Records the id; false when it was already seen inside the window. */
  remember(id: string, now = Date.now()): boolean {
    for (const [oldId, at] of this.#seenAt) {
      if (now - at < this.windowMs) break;
      this.#seenAt.delete(oldId);
    }
    if (this.#seenAt.has(id)) return false;
    this.#seenAt.set(id, now);
    return true;
  }
}
