/**
 * A wake-up signal for one waiting loop. A ring while nobody waits is kept,
 * so an append that lands while the subscriber is busy in its handler makes
 * the next wait return at once instead of sleeping a whole poll interval.
 */
export class Doorbell {
  #rung = false;
  #wake: (() => void) | undefined;

  ring(): void {
    if (this.#wake) this.#wake();
    else this.#rung = true;
  }

  /** Resolves on a ring (past or future) or after `ms`; the timer never outlives the wait. */
  wait(ms: number): Promise<void> {
    if (this.#rung) {
      this.#rung = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wake = done;
    });
  }
}
