/** Retry pacing for calls to Switchboard while it is not up yet. */
import { type Clock, systemClock } from "../clock/clock.ts";

export interface Backoff {
  /** First delay; doubled on each failure. */
  initialMs: number;
  /** Ceiling: once reached, an agent keeps trying at this pace for as long as it lives. */
  maxMs: number;
}

export const defaultBackoff: Backoff = { initialMs: 250, maxMs: 5_000 };

/**
 * Delay before retry number `attempt` (0-based): exponential, capped, with
 * jitter between 50% and 100% so a fleet started together does not knock on
 * a freshly started Switchboard in lockstep.
 */
export function backoffDelay(attempt: number, backoff: Backoff): number {
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling * (0.5 + Math.random() / 2));
}

/**
 * Waits `ms` on `clock`, or less when `signal` aborts. Resolves `false` when
 * aborted so loops can stop without exceptions; the timer is always
 * cancelled, which keeps Deno's test sanitizers quiet.
 */
export function sleep(
  ms: number,
  signal: AbortSignal,
  clock: Clock = systemClock,
): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      timer.cancel();
      resolve(false);
    };
    const timer = clock.setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** `promise`, or `undefined` after `ms`; the timer never outlives the race. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
