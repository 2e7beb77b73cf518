import { AuthError, type TokenVerifier } from "./jwt.ts";
import type { Identity } from "./roles.ts";

/** How a node proves who holds a token: the same for the API and the edge. */
export interface Authenticator {
  /** Proves who holds `token`; throws AuthError. */
  verify: TokenVerifier;
  /** `false` only when an operator turned auth off explicitly: everyone is an anonymous admin. */
  enabled: boolean;
}

const ANONYMOUS: Identity = { sub: "anonymous", roles: ["admin"], via: "anonymous" };

export async function identify(auth: Authenticator, token: string | undefined): Promise<Identity> {
  if (!auth.enabled) return ANONYMOUS;
  if (!token) throw new AuthError("unauthorized", "missing bearer token");
  return await auth.verify(token);
}
