import { decodeProtectedHeader, errors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { VerifiedTokens } from "./verified-tokens.ts";
import { z } from "zod";
import { ASYMMETRIC_ALGS, pemKeyring } from "../security/pem.ts";
import { remoteJwks } from "./jwks.ts";
import { AuthError } from "./jwt.ts";
import { type Identity, Role } from "./roles.ts";

/** The claims Switchboard reads (CONTRACT.md, Auth); anything else in the token is ignored. */
const Claims = z.object({
  sub: z.string().min(1).max(200),
  roles: z.array(z.string())
    .transform((roles) => roles.filter((r) => Role.safeParse(r).success) as Role[])
    .pipe(z.array(Role).min(1, "no known role")),
  exp: z.number(),
  capabilities: z.array(z.string()).optional(),
});

/** Clock skew tolerated on exp/nbf: clocks of issuers and nodes drift a little. */
export const CLOCK_TOLERANCE_S = 30;
/** Longer than any header we accept; bounds the work a junk token can cause. */
const MAX_TOKEN_CHARS = 16_384;

/** A verified payload as an Identity; shared by every JWT verifier (jwt.ts can delegate here). */
export function identityFromClaims(payload: unknown): Identity {
  const claims = Claims.safeParse(payload);
  if (!claims.success) {
    throw new AuthError(
      "unauthorized",
      `token claims are invalid: ${claims.error.issues[0]!.path.join(".")}`,
    );
  }
  return { ...claims.data, via: "jwt" };
}

/** A jose (or any) failure as an AuthError that says what is wrong without echoing the token. */
export function authErrorFrom(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof errors.JWTExpired) return new AuthError("unauthorized", "token expired");
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new AuthError(
      "unauthorized",
      `token claim '${error.claim}' is invalid: ${error.reason}`,
    );
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new AuthError("unauthorized", "token algorithm not allowed");
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new AuthError("unauthorized", "token signature is invalid");
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new AuthError("unauthorized", "no signing key matches the token");
  }
  return new AuthError("unauthorized", "token is invalid");
}

export const Algorithm = z.enum(["HS256", "RS256", "PS256", "ES256", "ES384", "EdDSA"]);

/** The JWKS could not be fetched or read (network, timeout, non-200, bad JSON). */
function keysUnavailable(error: unknown): boolean {
  return error instanceof TypeError || error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid || error?.constructor === errors.JOSEError;
}

export const VerifierOptions = z.object({
  /** Switchboard's own tokens (signToken, SWITCHBOARD_JWT_SECRET). */
  hs256Secret: z.string().min(1).refine((s) => !s.includes("-----BEGIN"), {
    message: "hs256Secret looks like a PEM key; pass it as publicKeyPem",
  }).optional(),
  /** An external issuer's SPKI public key (RSA, P-256, P-384 or Ed25519). */
  publicKeyPem: z.string().optional(),
  /** An external issuer's JWKS; see jwks.ts for caching and rotation. */
  jwksUrl: z.url().optional(),
  jwks: z.object({
    cacheMaxAgeMs: z.number().optional(),
    cooldownMs: z.number().optional(),
    timeoutMs: z.number().optional(),
  }).optional(),
  /**
   * Required `aud` / `iss` of tokens verified with publicKeyPem or jwksUrl.
   * Tokens under hs256Secret are minted by Switchboard itself, which sets
   * neither, so they are not held to an external issuer's claims.
   */
  audience: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  issuer: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  /** Narrows the algorithms the configured keys would otherwise accept. */
  algorithms: z.array(Algorithm).min(1).optional(),
}).refine((o) => o.hs256Secret || o.publicKeyPem || o.jwksUrl, {
  message: "configure at least one of hs256Secret, publicKeyPem, jwksUrl",
});
export type VerifierOptions = z.input<typeof VerifierOptions>;

type KeyOf = (alg: string) => Uint8Array | Promise<CryptoKey> | JWTVerifyGetKey;
interface Source {
  algs: Set<string>;
  key: KeyOf;
  /** PEM or JWKS: an external issuer's token, held to audience/issuer. */
  external: boolean;
  remote: boolean;
}

/**
 * One verifier over every configured key source. The token header's `alg`
 * picks the sources that may check it, and each source only ever sees the
 * algorithms its key was made for: HS256 goes to the shared secret and
 * nothing else, RS/ES/EdDSA to the PEM key or the JWKS. That pinning is what
 * refuses `alg: none` and algorithm confusion (an HS256 token "signed" with
 * the RSA public key as HMAC secret never meets that key as a secret).
 *
 * Throws on bad options (at startup, not at the first request).
 */
export function createVerifier(input: VerifierOptions): (token: string) => Promise<Identity> {
  const parsed = VerifierOptions.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`invalid verifier options: ${issue.path.join(".")} ${issue.message}`.trim());
  }
  const options = parsed.data;
  const sources: Source[] = [];
  if (options.hs256Secret) {
    const secret = new TextEncoder().encode(options.hs256Secret);
    // Imported once: given raw bytes, jose imports the key on every verify (half its cost).
    let hmac: Promise<CryptoKey> | undefined;
    const key = () =>
      hmac ??= crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, [
        "verify",
      ]);
    sources.push({ algs: new Set(["HS256"]), key, external: false, remote: false });
  }
  if (options.publicKeyPem) {
    const ring = pemKeyring(options.publicKeyPem, "public");
    sources.push({
      algs: new Set(ring.algs),
      key: (alg) => ring.key(alg as (typeof ring.algs)[number]),
      external: true,
      remote: false,
    });
  }
  if (options.jwksUrl) {
    const jwks = remoteJwks({ url: options.jwksUrl, ...options.jwks });
    sources.push({ algs: new Set(ASYMMETRIC_ALGS), key: () => jwks, external: true, remote: true });
  }
  const narrowed = options.algorithms ? new Set<string>(options.algorithms) : undefined;
  if (narrowed) { for (const s of sources) s.algs = s.algs.intersection(narrowed); }
  const allowed = new Set(sources.flatMap((s) => [...s.algs]));
  if (allowed.size === 0) throw new Error("invalid verifier options: no usable algorithm left");

  const claimChecks = {
    clockTolerance: CLOCK_TOLERANCE_S,
    requiredClaims: ["sub", "exp"],
  };
  const externalChecks = {
    ...claimChecks,
    ...(options.audience ? { audience: options.audience } : {}),
    ...(options.issuer ? { issuer: options.issuer } : {}),
  };

  const verified = new VerifiedTokens();
  return async function verify(token: string): Promise<Identity> {
    if (typeof token !== "string" || token.length > MAX_TOKEN_CHARS) {
      throw new AuthError("unauthorized", "token is invalid");
    }
    const known = verified.get(token);
    if (known) return known;
    const { identity, remote } = await verifySignedToken(token);
    // A JWKS can withdraw a key at any refresh: its tokens are checked every time.
    if (!remote) verified.put(token, identity);
    return identity;
  };

  async function verifySignedToken(
    token: string,
  ): Promise<{ identity: Identity; remote: boolean }> {
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new AuthError("unauthorized", "token is invalid");
    }
    if (typeof alg !== "string" || !allowed.has(alg)) {
      throw new AuthError("unauthorized", "token algorithm not allowed");
    }
    let failure: unknown;
    for (const source of sources) {
      if (!source.algs.has(alg)) continue;
      try {
        const key = await source.key(alg);
        const checks = { ...(source.external ? externalChecks : claimChecks), algorithms: [alg] };
        // jose takes a key or a resolver; the union is the overload split.
        const { payload } = typeof key === "function"
          ? await jwtVerify(token, key, checks)
          : await jwtVerify(token, key, checks);
        return { identity: identityFromClaims(payload), remote: source.remote };
      } catch (error) {
        // Not this source's key: the next one may hold it. Anything else
        // (expired, wrong audience) is about a genuine signature: final.
        if (
          error instanceof errors.JWSSignatureVerificationFailed ||
          error instanceof errors.JWKSNoMatchingKey
        ) {
          failure = error;
          continue;
        }
        if (source.remote && keysUnavailable(error)) {
          throw new AuthError("unauthorized", "signing keys are unavailable");
        }
        throw authErrorFrom(error);
      }
    }
    throw authErrorFrom(failure);
  }
}
