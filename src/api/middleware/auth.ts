import type { Context, MiddlewareHandler } from "hono";
import { PEER_HEADER } from "../../security/peer-header.ts";
import { type Authenticator, identify } from "../../auth/authenticator.ts";
import { ApiError } from "../errors.ts";
import { AuthError } from "../../auth/jwt.ts";
import { hasRole, type Identity, type Role } from "../../auth/roles.ts";
import { assertCsrf, sessionCredential } from "./cookie-session.ts";

/** Hono environment of every authenticated route. */
export type AuthEnv = { Variables: { identity: Identity; authorized?: boolean } };

/** The bearer token of a request: the Authorization header, or `access_token` for browsers' WebSockets. */
export function bearerToken(c: Context, allowQuery = false): string | undefined {
  const header = c.req.header("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1];
  }
  return allowQuery ? c.req.query("access_token") || undefined : undefined;
}

/**
 * Authenticates every request below it; 401 with the contract's error body
 * otherwise. A request with no Authorization header may be signed in by the
 * UI's cookie (POST /api/v1/login); its mutations must then pass the CSRF check.
 */
export function authenticate(auth: Authenticator): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    try {
      const bearer = bearerToken(c);
      const cookie = c.req.header("authorization") ? undefined : sessionCredential(c);
      if (cookie !== undefined && bearer === undefined) assertCsrf(c, cookie);
      c.set("identity", await identify(auth, bearer ?? cookie));
    } catch (error) {
      if (error instanceof AuthError) throw new ApiError(401, error.code, error.message);
      throw error;
    }
    await next();
  };
}

/** 403 unless the identity holds one of `roles` (admin holds all). */
export function requireRole(...roles: Role[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const identity = c.get("identity");
    if (!hasRole(identity, ...roles)) {
      throw new ApiError(403, "forbidden", `requires role ${roles.join(" or ")}`);
    }
    await next();
  };
}

/**
 * Who did it, for the audit trail: every command an API route sends carries
 * the caller's subject, roles and address (the front door's peer header).
 */
export function principalOf(c: Context<AuthEnv>): { sub: string; roles: string[]; ip?: string } {
  const identity = c.get("identity");
  const ip = c.req.header(PEER_HEADER);
  return { sub: identity.sub, roles: identity.roles, ...(ip ? { ip } : {}) };
}
