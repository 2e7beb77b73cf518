import { SignJWT } from "jose";
import type { Identity, Role } from "./roles.ts";

export class AuthError extends Error {
  constructor(readonly code: "unauthorized" | "forbidden", message: string) {
    super(message);
    this.name = "AuthError";
  }
}

/** Checks a bearer token and says who holds it; throws AuthError. See verifiers.ts. */
export type TokenVerifier = (token: string) => Promise<Identity>;

/** Mints an HS256 token: for the embedded admin, the demo agents and tests. */
export async function signToken(
  secret: string,
  claims: { sub: string; roles: Role[]; capabilities?: string[] },
  ttlSeconds: number,
): Promise<string> {
  return await new SignJWT({
    roles: claims.roles,
    ...(claims.capabilities ? { capabilities: claims.capabilities } : {}),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(new TextEncoder().encode(secret));
}
