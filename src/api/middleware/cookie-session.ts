import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { sha256Hex } from "../../auth/digest.ts";
import { ApiError } from "../errors.ts";

/** The browser's sign-in cookie: HttpOnly, so the page's script never holds the credential. */
export const SESSION_COOKIE = "sb_session";
/** Header the UI sends on every mutation made with the cookie (CSRF defence). */
export const CSRF_HEADER = "x-switchboard-csrf";
/** A signed-in browser stays signed in this long at most, whatever the credential allows. */
export const COOKIE_MAX_SECONDS = 12 * 3600;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The CSRF token that goes with a credential: a one-way digest of it, so
 * every node of a cluster derives the same token with no shared state, and
 * another site can neither read it (no CORS) nor compute it.
 */
export function csrfTokenOf(credential: string): string {
  return sha256Hex(`switchboard-csrf:${credential}`);
}

export function sessionCredential(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === "https:" ||
    c.req.header("x-forwarded-proto") === "https";
}

export function setSessionCookie(c: Context, credential: string, maxAgeSeconds: number): void {
  setCookie(c, SESSION_COOKIE, credential, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/api/v1",
    secure: isHttps(c),
    maxAge: Math.max(1, Math.floor(maxAgeSeconds)),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/api/v1", httpOnly: true, sameSite: "Strict" });
}

/**
 * A request from another origin is refused whatever it carries: browsers
 * send `Origin` on every cross-origin request and on same-origin mutations,
 * so a mismatch means another site is driving this browser.
 */
export function assertSameOrigin(c: Context): void {
  const origin = c.req.header("origin");
  if (!origin) return;
  const host = c.req.header("host") ?? new URL(c.req.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = "";
  }
  if (originHost !== host) {
    throw new ApiError(403, "csrf", `origin ${origin} may not act on this node`);
  }
}

/**
 * Cookie-authenticated mutations need the CSRF header that matches the
 * cookie's credential (double submit) and a same-origin `Origin`. Bearer
 * clients never reach this: they send no ambient credential.
 */
export function assertCsrf(c: Context, credential: string): void {
  if (SAFE_METHODS.has(c.req.method)) return;
  assertSameOrigin(c);
  const sent = c.req.header(CSRF_HEADER);
  if (!sent || sent !== csrfTokenOf(credential)) {
    throw new ApiError(
      403,
      "csrf",
      `a request signed in by cookie must send header ${CSRF_HEADER} (from POST /api/v1/login)`,
    );
  }
}
