import { Hono } from "hono";
import { z } from "zod";
import { type Authenticator, identify } from "../../auth/authenticator.ts";
import { AuthError } from "../../auth/jwt.ts";
import type { Identity } from "../../auth/roles.ts";
import { ApiError, jsonBody, parseOr400 } from "../errors.ts";
import { unknownFields } from "../unknown-fields.ts";
import type { AuthEnv } from "../middleware/auth.ts";
import {
  assertSameOrigin,
  clearSessionCookie,
  COOKIE_MAX_SECONDS,
  csrfTokenOf,
  sessionCredential,
  setSessionCookie,
} from "../middleware/cookie-session.ts";

export const LoginBody = z.object({
  /** An API key (`sbk_…`) or a JWT, checked by the node's Authenticator. */
  credential: z.string().min(1).max(8_192),
});

/** Roles that may use the management UI; agent and client credentials are for the API only. */
const UI_ROLES = ["admin", "operator", "auditor"] as const;

function whoami(identity: Identity) {
  return {
    sub: identity.sub,
    roles: identity.roles,
    via: identity.via,
    ...(identity.exp !== undefined
      ? { expiresAt: new Date(identity.exp * 1000).toISOString() }
      : {}),
  };
}

/**
 * The UI's sign-in (CONTRACT.md): `POST /login {credential}` verifies it as
 * any bearer would be and puts it in an HttpOnly, SameSite=Strict cookie
 * scoped to /api/v1, answering who signed in and the CSRF token for later
 * mutations (kept in the page's memory only). The cookie holds the
 * credential itself rather than a minted session, so revoking the key or
 * the JWT's expiry ends the browser's sign-in too, on every node alike.
 */
export function loginRoutes(auth: Authenticator): Hono {
  const app = new Hono();
  app.post("/login", async (c) => {
    assertSameOrigin(c);
    const raw = await jsonBody(c);
    const { credential } = parseOr400(LoginBody, raw, "body");
    const unknown = unknownFields(LoginBody, raw, "body");
    if (unknown.length > 0) {
      throw new ApiError(400, "validation_failed", `unknown field: ${unknown.join(", ")}`);
    }
    let identity: Identity;
    try {
      identity = await identify(auth, credential);
    } catch (error) {
      if (error instanceof AuthError) throw new ApiError(401, error.code, error.message);
      throw error;
    }
    if (!identity.roles.some((r) => (UI_ROLES as readonly string[]).includes(r))) {
      throw new ApiError(
        403,
        "forbidden",
        `the management UI needs role ${UI_ROLES.join(", ")}; this credential has ${
          identity.roles.join(", ")
        }`,
      );
    }
    const untilExpiry = identity.exp === undefined
      ? COOKIE_MAX_SECONDS
      : identity.exp - Date.now() / 1000;
    setSessionCookie(c, credential, Math.min(COOKIE_MAX_SECONDS, untilExpiry));
    c.header("cache-control", "no-store");
    return c.json({ identity: whoami(identity), csrfToken: csrfTokenOf(credential) });
  });

  // Whether this browser is signed in: 200 either way, so a signed-out page logs no error.
  app.get("/login", async (c) => {
    c.header("cache-control", "no-store");
    const credential = sessionCredential(c);
    if (!credential) return c.json({ identity: null });
    try {
      const identity = await identify(auth, credential);
      return c.json({ identity: whoami(identity), csrfToken: csrfTokenOf(credential) });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      clearSessionCookie(c);
      return c.json({ identity: null, reason: error.message });
    }
  });

  // Signing out needs no credential: it only clears this browser's cookie.
  app.post("/logout", (c) => {
    assertSameOrigin(c);
    clearSessionCookie(c);
    return c.json({ signedOut: true });
  });
  return app;
}

/**
 * `GET /me`: who this request is signed in as, and for a cookie sign-in the
 * CSRF token again, so a reloaded page recovers it without storing it.
 */
export function meRoutes(): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/me", (c) => {
    const cookie = c.req.header("authorization") ? undefined : sessionCredential(c);
    c.header("cache-control", "no-store");
    return c.json({
      identity: whoami(c.get("identity")),
      ...(cookie ? { csrfToken: csrfTokenOf(cookie) } : {}),
    });
  });
  return app;
}
