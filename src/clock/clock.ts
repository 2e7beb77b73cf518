/**
 * Time as a port: what the source reads the time from and arms timers on,
 * so a test can drive it with a fake clock instead of sleeping. Timers never
 * keep the process alive (a node stops when its servers do, not when its
 * last sweep is due).
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `fn` once, `ms` from now. */
  setTimeout(fn: () => void, ms: number): Timer;
  /** Runs `fn` every `ms` until cancelled. */
  setInterval(fn: () => void, ms: number): Timer;
}

export interface Timer {
  cancel(): void;
}

/** The longest a platform timer can wait: past it, setTimeout fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The machine's clock and the runtime's timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms) {
    let id: ReturnType<typeof setTimeout>;
    const arm = (left: number) => {
      // A far deadline (a 30-day token, say) is waited for in steps.
      id = setTimeout(
        () => left > MAX_TIMER_MS ? arm(left - MAX_TIMER_MS) : fn(),
        Math.min(Math.max(0, left), MAX_TIMER_MS),
      );
      Deno.unrefTimer(id);
    };
    arm(ms);
    return { cancel: () => clearTimeout(id) };
  },
  setInterval(fn, ms) {
    const id = setInterval(fn, ms);
    Deno.unrefTimer(id);
    return { cancel: () => clearInterval(id) };
  },
};

/** Resolves after `ms` on `clock`. */
export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.setTimeout(resolve, ms));
}
