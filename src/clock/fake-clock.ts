import type { Clock, Timer } from "./clock.ts";

interface Pending {
  at: number;
  seq: number;
  fn: () => void;
  every?: number;
}

/**
 * A clock that moves only when told: `advance(ms)` runs every timer due by
 * then in time order (ties in the order they were armed), letting the
 * promises each one settles run before the next. For tests of timers in
 * the source (grace periods, drain deadlines, token expiry, sweeps).
 */
export class FakeClock implements Clock {
  #now: number;
  #seq = 0;
  readonly #pending = new Set<Pending>();

  constructor(start: number | Date = Date.parse("2026-01-01T00:00:00Z")) {
    this.#now = typeof start === "number" ? start : start.getTime();
  }

  now(): number {
    return this.#now;
  }

  setTimeout(fn: () => void, ms: number): Timer {
    return this.#arm({ at: this.#now + Math.max(0, ms), seq: this.#seq++, fn });
  }

  setInterval(fn: () => void, ms: number): Timer {
    const every = Math.max(1, ms);
    return this.#arm({ at: this.#now + every, seq: this.#seq++, fn, every });
  }

  /** Timers armed and not yet run or cancelled. */
  get pendingTimers(): number {
    return this.#pending.size;
  }

  /** Moves time forward by `ms`, running what falls due on the way. */
  async advance(ms: number): Promise<void> {
    const until = this.#now + ms;
    for (;;) {
      await settle();
      const next = this.#next();
      if (!next || next.at > until) break;
      this.#now = next.at;
      if (next.every) next.at += next.every;
      else this.#pending.delete(next);
      next.seq = this.#seq++;
      next.fn();
    }
    this.#now = until;
    await settle();
  }

  #arm(entry: Pending): Timer {
    this.#pending.add(entry);
    return { cancel: () => this.#pending.delete(entry) };
  }

  #next(): Pending | undefined {
    let best: Pending | undefined;
    for (const p of this.#pending) {
      if (!best || p.at < best.at || (p.at === best.at && p.seq < best.seq)) best = p;
    }
    return best;
  }
}

/** Lets pending promise callbacks (and what they chain) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
