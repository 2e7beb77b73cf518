import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { type Identity, Role } from "./roles.ts";

/** The claims Switchboard reads (CONTRACT.md, Auth); anything else in the token is ignored. */
const Claims = z.object({
  sub: z.string().min(1).max(200),
  roles: z.array(z.string()).transform((roles) =>
    roles.filter((r) => Role.safeParse(r).success) as Role[]
  )
    .pipe(z.array(Role).min(1, "no known role")),
  exp: z.number(),
  capabilities: z.array(z.string()).optional(),
});

export class AuthError extends Error {
  constructor(readonly code: "unauthorized" | "forbidden", message: string) {
    super(message);
    this.name = "AuthError";
  }
}

/** Clock skew tolerated on exp/nbf: clocks of issuers and nodes drift a little. */
const CLOCK_TOLERANCE_S = 30;

/**
 * HS256 verification with a shared secret. Only HS256 is accepted, which
 * shuts out `alg: none` and algorithm confusion (an RS256 public key used as
 * an HMAC secret). Error messages say what is wrong without echoing the token.
 */
export function hs256Verifier(secret: string) {
  const key = new TextEncoder().encode(secret);
  return async function verify(token: string): Promise<Identity> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, key, {
        algorithms: ["HS256"],
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ["sub", "exp"],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new AuthError("unauthorized", "token expired");
      if (error instanceof errors.JWTClaimValidationFailed) {
        throw new AuthError(
          "unauthorized",
          `token claim '${error.claim}' is invalid: ${error.reason}`,
        );
      }
      if (error instanceof errors.JOSEAlgNotAllowed) {
        throw new AuthError("unauthorized", "token algorithm not allowed");
      }
      throw new AuthError("unauthorized", "token is invalid");
    }
    const claims = Claims.safeParse(payload);
    if (!claims.success) {
      throw new AuthError(
        "unauthorized",
        `token claims are invalid: ${claims.error.issues[0]!.path.join(".")}`,
      );
    }
    return { ...claims.data, via: "jwt" };
  };
}

export type TokenVerifier = ReturnType<typeof hs256Verifier>;

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
