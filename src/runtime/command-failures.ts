import { ConcurrencyError, StoreUnavailableError } from "../store/errors.ts";
import { isUnavailable } from "../store/sql-errors.ts";

/**
 * Whether a command failed for a passing reason (a dependency down or slow,
 * a race that a reload settles), so retrying later can succeed. Anything
 * else (a bug, a value the store refuses) fails the same way every time and
 * is dead-lettered after a few attempts instead of for the whole budget.
 */
export function isTransient(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof StoreUnavailableError || e instanceof ConcurrencyError) return true;
    if (isUnavailable(e)) return true;
    if (
      e instanceof Error && /timeout|timed out|closed|disconnect/i.test(`${e.name} ${e.message}`)
    ) {
      return true;
    }
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

/** Back-off before a failed command's next delivery: doubling from 200 ms, at most 5 s. */
export function retryDelayMs(deliveryCount: number): number {
  return Math.min(100 * 2 ** Math.max(1, deliveryCount), 5_000);
}
