import type { Clock, Timer } from "../clock/clock.ts";

/**
 * A token that expires while its session is open ends the session's socket
 * at that moment with 4001: the relay is transparent, so there is no
 * in-band refresh. The session itself stays resumable: the client
 * reconnects with a fresh token plus `session` and `resume_token`.
 * `exp` is in seconds since the epoch; undefined never expires.
 */
export function armTokenExpiry(
  clock: Clock,
  exp: number | undefined,
  expire: () => void,
): Timer | undefined {
  if (exp === undefined) return undefined;
  // The clock waits for a far expiry (a 30-day token, say) in steps.
  return clock.setTimeout(expire, exp * 1000 - clock.now());
}
