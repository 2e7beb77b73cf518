import { errors, jwtVerify, SignJWT } from "jose";
import { dialToken, type DialVerifier } from "./dial-verifier.ts";
import { AuthError } from "../auth/jwt.ts";
import { type AsymmetricAlg, pemKeyring } from "./pem.ts";

/**
 * The edge proves itself to agents: every dial carries a short-lived JWT
 * (`Authorization: Bearer …`) naming the session and the agent it is for.
 * An agent that checks it refuses anyone who reaches its port without going
 * through Switchboard.
 *
 * Prefer a key pair (edge: private key, agents: public key): with a shared
 * secret, any agent holding it could mint dial tokens for every other agent.
 * Either way use a credential of its own, never SWITCHBOARD_JWT_SECRET:
 * agents must not be able to mint client or admin tokens.
 */

export const DIAL_AUDIENCE = "switchboard-agent";
/** `sub` of a pooled dial, which is not for any one session yet (src/agent/pool.ts). */
export const POOL_SUBJECT = "switchboard:pool";
const SKEW_S = 5;
/** Longest lifetime a dial token may claim, whoever minted it: bounds replay. */
const MAX_TTL_S = 300;
const MIN_SECRET_CHARS = 32;

type Signing = { secret: string } | { privateKey: string | CryptoKey };
type Checking = { secret: string } | { publicKey: string | CryptoKey };

export interface DialClaims {
  sessionId: string;
  agentId: string;
  /** Seconds since the epoch. */
  exp: number;
}

const CRYPTO_KEY_ALGS: Record<string, AsymmetricAlg> = {
  "RSASSA-PKCS1-v1_5": "RS256",
  "RSA-PSS": "PS256",
  "ECDSA/P-256": "ES256",
  "ECDSA/P-384": "ES384",
  "Ed25519": "EdDSA",
};

function cryptoKeyAlg(key: CryptoKey): AsymmetricAlg {
  const a = key.algorithm as { name: string; namedCurve?: string };
  const alg = CRYPTO_KEY_ALGS[a.namedCurve ? `${a.name}/${a.namedCurve}` : a.name];
  if (!alg) throw new Error(`unsupported dial key algorithm ${a.name}`);
  return alg;
}

function hmacKey(secret: string): Uint8Array {
  if (secret.length < MIN_SECRET_CHARS) {
    throw new Error(`the dial secret must be at least ${MIN_SECRET_CHARS} characters`);
  }
  return new TextEncoder().encode(secret);
}

/** PEM imports by text: the edge signs, and agents verify, one token per dial. */
const pemCache = new Map<string, Promise<{ key: CryptoKey; alg: string }>>();

async function keyFor(
  credential: Signing | Checking,
): Promise<{ key: Uint8Array | CryptoKey; alg: string }> {
  if ("secret" in credential) return { key: hmacKey(credential.secret), alg: "HS256" };
  const key = "privateKey" in credential ? credential.privateKey : credential.publicKey;
  if (typeof key !== "string") return { key, alg: cryptoKeyAlg(key) };
  const kind = "privateKey" in credential ? "private" : "public";
  let imported = pemCache.get(kind + key);
  if (!imported) {
    const ring = pemKeyring(key, kind);
    // RSA keys serve RS256 and PS256; sign and verify agree on the first.
    const alg = ring.algs[0]!;
    imported = ring.key(alg).then((k) => ({ key: k, alg }));
    if (pemCache.size >= 16) pemCache.clear();
    pemCache.set(kind + key, imported);
    imported.catch(() => pemCache.delete(kind + key));
  }
  return await imported;
}

/** A dial token for one session on one agent (edge side). */
export async function signDialToken(
  options: Signing & { sessionId: string; agentId: string; ttlSeconds?: number; now?: Date },
): Promise<string> {
  const ttl = options.ttlSeconds ?? 30;
  if (!(ttl > 0 && ttl <= MAX_TTL_S)) throw new RangeError(`ttlSeconds must be 1..${MAX_TTL_S}`);
  const { key, alg } = await keyFor(options);
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return await new SignJWT({ agent: options.agentId })
    .setProtectedHeader({ alg, typ: "JWT" })
    .setAudience(DIAL_AUDIENCE)
    .setSubject(options.sessionId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + Math.ceil(ttl))
    .sign(key);
}

/**
 * Checks a dial token (agent side): signature under the one configured
 * algorithm, audience, expiry with 5 s skew, a lifetime of at most 5 min,
 * and that it was minted for `agentId`. Throws AuthError.
 */
export async function verifyDialToken(
  token: string,
  options: Checking & { agentId: string; now?: Date },
): Promise<DialClaims> {
  const { key, alg } = await keyFor(options);
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [alg],
      audience: DIAL_AUDIENCE,
      clockTolerance: SKEW_S,
      maxTokenAge: MAX_TTL_S,
      requiredClaims: ["sub", "exp", "iat"],
      ...(options.now ? { currentDate: options.now } : {}),
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      throw new AuthError("unauthorized", "dial token expired");
    }
    if (error instanceof errors.JWTClaimValidationFailed) {
      throw new AuthError("unauthorized", `dial token claim '${error.claim}' is invalid`);
    }
    if (error instanceof errors.JOSEAlgNotAllowed) {
      throw new AuthError("unauthorized", "dial token algorithm not allowed");
    }
    throw new AuthError("unauthorized", "dial token is invalid");
  }
  if (payload.agent !== options.agentId) {
    throw new AuthError("forbidden", "dial token is for another agent");
  }
  return { sessionId: payload.sub as string, agentId: options.agentId, exp: payload.exp as number };
}

export interface EdgeDialVerifierOptions {
  /** This agent's id as Switchboard knows it; a function when it is only known after registering. */
  agentId: string | (() => string | undefined);
  /** Told why a dial was refused (the SDK only sees false). */
  onRefused?: (reason: string) => void;
}

/**
 * The agent SDK's `verifyDial` hook: admits a dial only with a valid dial
 * token bound to this agent and to the dial itself. A direct dial's token
 * must name its session (query `session` or `x-switchboard-session`), a
 * pooled dial's must name POOL_SUBJECT; so a token seen on the wire cannot
 * open some other session.
 *
 * ```ts
 * startAgent({ ..., verifyDial: edgeDialVerifier({ publicKey: pem, agentId: "echo-1" }) });
 * ```
 */
export function edgeDialVerifier(options: Checking & EdgeDialVerifierOptions): DialVerifier {
  const credential: Checking = "secret" in options
    ? { secret: options.secret }
    : { publicKey: options.publicKey };
  // A short secret or a bad PEM fails here, at startup, not at the first dial.
  if ("secret" in credential) hmacKey(credential.secret);
  else if (typeof credential.publicKey === "string") pemKeyring(credential.publicKey, "public");
  const refuse = (reason: string) => {
    options.onRefused?.(reason);
    return false;
  };
  // Tokens already verified, until they expire: a pool refill brings one token many times
  // (verifying a token again proves nothing new; its expiry is still enforced).
  const verified = new Map<string, DialClaims>();
  return async (request) => {
    const token = dialToken(request);
    if (!token) return refuse("no dial token");
    const agentId = typeof options.agentId === "function" ? options.agentId() : options.agentId;
    if (!agentId) return refuse("agent id not known yet");
    let claims = verified.get(token);
    if (claims && (claims.agentId !== agentId || claims.exp + SKEW_S <= Date.now() / 1000)) {
      verified.delete(token);
      claims = undefined;
    }
    if (!claims) {
      try {
        claims = await verifyDialToken(token, { ...credential, agentId });
      } catch (error) {
        return refuse(error instanceof AuthError ? error.message : "dial token is invalid");
      }
      if (verified.size >= 1024) verified.clear();
      verified.set(token, claims);
    }
    const url = new URL(request.url);
    const session = url.searchParams.get("session") ??
      request.headers.get("x-switchboard-session");
    const expected = session ?? (url.searchParams.get("pool") === "1" ? POOL_SUBJECT : undefined);
    if (expected === undefined) return refuse("dial names no session");
    if (claims.sessionId !== expected) return refuse("dial token is for another session");
    return true;
  };
}
