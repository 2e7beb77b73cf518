import { AuthError } from "../auth/jwt.ts";
import { type Authenticator, identify } from "../auth/authenticator.ts";
import { hasRole, type Identity } from "../auth/roles.ts";
import type { Guard } from "../security/guard.ts";
import type { ConfigView } from "../runtime/config-view.ts";
import { CloseCode, EdgeRefusal } from "./close-codes.ts";
import type { LiveSessions } from "./live-sessions.ts";
import { refusalOfGuard } from "./refusals.ts";
import type { ParsedHead } from "./tunnel/http-head.ts";
import { parseWsQuery, type WsQuery } from "./ws-query.ts";

export interface AdmissionDeps {
  auth: Authenticator;
  config: ConfigView;
  live: Pick<LiveSessions, "size" | "of">;
  guard?: Guard;
}

/**
 * Whether a /ws upgrade may become a session, decided before the upgrade is
 * answered (so a refusal is a close code on a socket that never relayed):
 * address lists, the query, the token and its `client` role, connect rates,
 * and the per-node and per-identity session caps. Throws an EdgeRefusal.
 */
export async function admitClient(
  deps: AdmissionDeps,
  head: ParsedHead,
  peer: string,
): Promise<{ query: WsQuery; identity: Identity }> {
  const byAddress = deps.guard?.admit("ws", peer);
  if (byAddress) throw refusalOfGuard(byAddress);
  const query = parseWsQuery(new URLSearchParams(head.query));
  const identity = await authenticate(deps.auth, head, query);
  const byIdentity = deps.guard?.admitIdentity("ws", identity.sub);
  if (byIdentity) throw refusalOfGuard(byIdentity);
  const limits = deps.config.current().limits;
  if (deps.live.size >= limits.maxSessionsPerNode) {
    throw new EdgeRefusal(CloseCode.rateLimited, "this edge is at its session limit; retry later");
  }
  if (deps.live.of(identity.sub) >= limits.maxSessionsPerIdentity) {
    throw new EdgeRefusal(CloseCode.rateLimited, "too many concurrent sessions for this identity");
  }
  return { query, identity };
}

/** The token from the Authorization header, or `access_token` (browsers cannot set headers). */
async function authenticate(
  auth: Authenticator,
  head: ParsedHead,
  query: WsQuery,
): Promise<Identity> {
  const header = head.headers.get("authorization");
  const token = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : query.access_token;
  let identity: Identity;
  try {
    identity = await identify(auth, token);
  } catch (error) {
    if (error instanceof AuthError) throw new EdgeRefusal(CloseCode.unauthorized, error.message);
    throw error;
  }
  if (!hasRole(identity, "client")) {
    throw new EdgeRefusal(CloseCode.forbidden, "requires role client");
  }
  return identity;
}
