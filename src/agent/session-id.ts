import { z } from "zod";

/**
 * A session id as the edge sends it, by query, header or attach frame. The
 * same rule as every Switchboard id: printable and safe in logs and URLs,
 * so a hostile dial cannot smuggle anything through the app's log lines.
 */
export const SessionId = z.string().regex(
  /^[A-Za-z0-9_-]{1,128}$/,
  "expected 1-128 characters of A-Z a-z 0-9 _ -",
);

export type SessionIdResult = { ok: true; id: string } | { ok: false; message: string };

/**
 * The id of a direct (non-pooled) dial: `?session=` and/or the
 * `x-switchboard-session` header, which must agree. With neither, a local id
 * is generated so a hand-held client (websocat, a browser) can still talk to
 * the agent without Switchboard.
 */
export function directSessionId(request: Request, url: URL): SessionIdResult {
  const fromQuery = url.searchParams.get("session");
  const fromHeader = request.headers.get("x-switchboard-session");
  if (fromQuery !== null && fromHeader !== null && fromQuery !== fromHeader) {
    return { ok: false, message: "session query and x-switchboard-session header differ" };
  }
  const raw = fromQuery ?? fromHeader;
  if (raw === null) return { ok: true, id: `local-${crypto.randomUUID()}` };
  const parsed = SessionId.safeParse(raw);
  return parsed.success
    ? { ok: true, id: parsed.data }
    : { ok: false, message: `bad session id: ${parsed.error.issues[0]?.message}` };
}
