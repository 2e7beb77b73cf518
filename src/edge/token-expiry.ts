import { CloseCode } from "./close-codes.ts";
import type { LiveSession } from "./live-sessions.ts";

/** The longest a timer can wait: past it, setTimeout fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A token that expires while its session is open ends the session's socket
 * at that moment with 4001: the relay is transparent, so there is no
 * in-band refresh. The session itself stays resumable: the client
 * reconnects with a fresh token plus `session` and `resume_token`.
 * `exp` is in seconds since the epoch; undefined never expires.
 */
export function closeAtTokenExpiry(session: LiveSession, exp: number | undefined): void {
  if (exp === undefined) return;
  const expiresAt = exp * 1000;
  let timer: ReturnType<typeof setTimeout>;
  const arm = () => {
    const left = expiresAt - Date.now();
    // A far expiry (a 30-day token, say) is waited for in steps.
    timer = setTimeout(
      left > MAX_TIMER_MS ? arm : expire,
      Math.min(Math.max(0, left), MAX_TIMER_MS),
    );
    Deno.unrefTimer(timer);
  };
  const expire = () => {
    session.expired = true;
    void session.tunnel.close(
      CloseCode.unauthorized,
      "token expired; reconnect with a fresh token and resume",
    ).catch(() => {});
  };
  arm();
  void session.tunnel.closed.then(() => clearTimeout(timer));
}
