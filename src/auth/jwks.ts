import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from "jose";
import { z } from "zod";

/**
 * Signing keys published by an identity provider as a JWKS document. jose's
 * remote set does the caching; this file fixes the policy:
 *
 * - keys are kept `cacheMaxAgeMs` (10 min), then fetched again on next use;
 * - a token with an unknown `kid` triggers a refetch (the issuer rotated),
 *   but at most once per `cooldownMs` (30 s), so tokens with made-up kids
 *   cannot turn the node into a request amplifier against the issuer;
 * - plain http only to a loopback host: keys fetched in clear over a network
 *   could be swapped by anyone on the path, and then they sign our tokens.
 */
export const JwksOptions = z.object({
  url: z.url(),
  cacheMaxAgeMs: z.number().int().min(0).max(86_400_000).default(600_000),
  cooldownMs: z.number().int().min(0).max(3_600_000).default(30_000),
  timeoutMs: z.number().int().min(100).max(60_000).default(5_000),
});
export type JwksOptions = z.input<typeof JwksOptions>;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** A key resolver for jose's jwtVerify. Throws at once on a bad URL or an insecure scheme. */
export function remoteJwks(input: JwksOptions): JWTVerifyGetKey {
  const options = JwksOptions.parse(input);
  const url = new URL(options.url);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new Error(`JWKS URL must use https (http only to a loopback host): ${url.origin}`);
  }
  return createRemoteJWKSet(url, {
    cacheMaxAge: options.cacheMaxAgeMs,
    cooldownDuration: options.cooldownMs,
    timeoutDuration: options.timeoutMs,
    // jose drops a non-200 response without reading it; release its body
    // here so the connection is not left holding it.
    [customFetch]: async (href, init) => {
      const response = await fetch(href, init);
      if (response.status !== 200) await response.body?.cancel();
      return response;
    },
  });
}
