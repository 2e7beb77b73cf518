/**
 * Callers waiting for a reader of the log (a view, a projection) to pass a
 * position, each with a deadline: what read-your-writes waits on.
 */
export class PositionWaiters {
  readonly #waiters = new Set<{ position: number; settle: (reached: boolean) => void }>();

  /** True once `passed` is called with `position` or beyond; false after `timeoutMs`. */
  wait(position: number, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const waiter = {
        position,
        settle: (reached: boolean) => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.settle(false), timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  /** The reader is at `position`: everyone waiting for it or less goes on. */
  passed(position: number): void {
    for (const waiter of this.#waiters) if (waiter.position <= position) waiter.settle(true);
  }

  /** The reader stops: every waiter is answered now, with `reached`. */
  settleAll(reached: boolean): void {
    for (const waiter of this.#waiters) waiter.settle(reached);
  }
}
