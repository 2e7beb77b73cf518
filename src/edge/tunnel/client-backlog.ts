/**
 * What the edge keeps of the client's stream so no client message is lost
 * when its agent goes away (bytes are forwarded as they come, never held per
 * frame: src/edge/README.md). A new agent must see a message from its first
 * frame, so the message in progress is kept for replay, copied only once it
 * spans reads and only up to `replayLimit` (past it, a cut ends the
 * session). Writes not yet completed are delivered again at a cut: at least
 * once, since a plain WebSocket has no acknowledgements. Bytes arriving
 * while no agent is attached wait in `pending`, in order.
 */

/** A run of client bytes forwarded as one write. */
export interface Unit {
  view: Uint8Array;
  /** Pool buffer behind `view`, released once written; undefined when `view` owns its bytes. */
  buf: Uint8Array | undefined;
  /** Offset in `view` where the message still open at its end begins (= length if none). */
  tailFrom: number;
  /** A message boundary lies inside `view`: earlier replay bytes are no longer needed. */
  resets: boolean;
}

export function concat(parts: Uint8Array[], size?: number): Uint8Array {
  const out = new Uint8Array(size ?? parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export class ClientBacklog {
  #replay: Uint8Array[] | null = null; // allocated when a message first spans reads
  #replayBytes = 0;
  #overflow = false;
  pending: Unit[] = [];
  pendingBytes = 0;
  unconfirmed: Unit[] = [];

  constructor(readonly replayLimit: number) {}

  /** The oldest unconfirmed unit was written: it now counts as delivered. */
  confirm(): Unit | undefined {
    const unit = this.unconfirmed.shift();
    if (!unit) return undefined;
    if (this.unconfirmed.length === 0) this.unconfirmed = []; // drop the grown backing store
    if (unit.resets) {
      this.#replay = null;
      this.#replayBytes = 0;
      this.#overflow = false;
    }
    const tail = unit.view.length - unit.tailFrom;
    if (this.#overflow || tail === 0) return unit;
    if (this.#replayBytes + tail > this.replayLimit) {
      this.#overflow = true;
      this.#replay = null;
    } else {
      (this.#replay ??= []).push(unit.view.slice(unit.tailFrom));
      this.#replayBytes += tail;
    }
    return unit;
  }

  /** Keeps a unit until an agent is attached; copies it off a pool buffer. */
  park(unit: Unit): void {
    const view = unit.buf ? unit.view.slice() : unit.view;
    this.pending.push({ view, buf: undefined, tailFrom: unit.tailFrom, resets: unit.resets });
    this.pendingBytes += view.length;
  }

  /**
   * The agent is gone: what it may not have got goes back in front of the
   * pending units. Returns false when the message in progress outgrew the
   * replay limit (it cannot be delivered whole to another agent).
   */
  cut(): boolean {
    const replayable = !this.#overflow;
    const front: Unit[] = [];
    if (this.#replay && this.#replayBytes > 0) {
      const view = concat(this.#replay, this.#replayBytes);
      front.push({ view, buf: undefined, tailFrom: 0, resets: true });
    }
    for (const unit of this.unconfirmed) {
      // Its pool buffer is never released now, so the view stays valid.
      unit.buf = undefined;
      front.push(unit);
    }
    this.unconfirmed = [];
    this.#replay = null;
    this.#replayBytes = 0;
    this.#overflow = false;
    this.pending = front.concat(this.pending);
    this.pendingBytes = this.pending.reduce((sum, u) => sum + u.view.length, 0);
    return replayable;
  }

  /** Hands over the pending units (to be written to a newly attached agent). */
  takePending(): Unit[] {
    const units = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    return units;
  }
}
