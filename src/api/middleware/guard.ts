import type { MiddlewareHandler } from "hono";
import type { Guard, Refusal, Surface } from "../../security/guard.ts";
import { PEER_HEADER } from "../../security/peer-header.ts";
import { ApiError } from "../errors.ts";
import type { AuthEnv } from "./auth.ts";

/** Hono middleware for /api: address list and per-address rate before authentication. */
export function guardByAddress(
  guard: Guard,
  surfaceOf: (method: string, path: string) => Surface,
): MiddlewareHandler {
  return async (c, next) => {
    const ip = c.req.header(PEER_HEADER) ?? "unknown";
    const refusal = guard.admit(surfaceOf(c.req.method, c.req.path), ip);
    if (refusal) throw apiErrorOf(refusal);
    await next();
  };
}

/** Hono middleware after authentication: the per-identity rate. */
export function guardByIdentity(guard: Guard): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const refusal = guard.admitIdentity("api", c.get("identity").sub);
    if (refusal) throw apiErrorOf(refusal);
    await next();
  };
}

export function apiErrorOf(refusal: Refusal): ApiError {
  return refusal.kind === "denied"
    ? new ApiError(403, "address_denied", refusal.message)
    : new ApiError(429, "rate_limited", refusal.message, { retryAfterMs: refusal.retryAfterMs });
}

/** The agent-facing write routes are the "agent" surface; everything else under /api is "api". */
export function surfaceOfApiRoute(method: string, path: string): Surface {
  const agentWrite = (method === "POST" || method === "DELETE") &&
    /^\/api\/v1\/agents(\/[^/]+(\/(heartbeat|drain))?)?$/.test(path);
  return agentWrite ? "agent" : "api";
}
