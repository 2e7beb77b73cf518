import type { ApiKeyIssued, RecordedEvent } from "../../events/mod.ts";
import type { z } from "zod";
import { randomToken, sha256Hex } from "./digest.ts";
import { AuthError } from "./jwt.ts";
import { type Identity, Role } from "./roles.ts";

type IssuedKey = z.infer<typeof ApiKeyIssued>;
export const API_KEY_PREFIX = "sbk_";

/** A new key: `sbk_` + 32 random bytes (base64url). Shown once; only its SHA-256 is kept. */
export function newApiKey(): { key: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${randomToken(32)}`;
  return { key, prefix: key.slice(0, API_KEY_PREFIX.length + 6) };
}

/**
 * The API keys this node accepts, folded from apiKey.* events: a lookup by
 * hash, so checking a key is one SHA-256 and one map read.
 */
export class ApiKeyRegistry {
  readonly #byHash = new Map<string, IssuedKey & { revoked: boolean }>();
  readonly #byId = new Map<string, string>();

  readonly apply = (event: RecordedEvent): void => {
    if (event.type === "apiKey.issued") {
      const data = event.data as IssuedKey;
      this.#byHash.set(data.hash, { ...data, revoked: false });
      this.#byId.set(data.keyId, data.hash);
    } else if (event.type === "apiKey.revoked") {
      const hash = this.#byId.get((event.data as { keyId: string }).keyId);
      const entry = hash ? this.#byHash.get(hash) : undefined;
      if (entry) entry.revoked = true;
    }
  };

  has(keyId: string): boolean {
    return this.#byId.has(keyId);
  }

  list(): (Omit<IssuedKey, "hash"> & { revoked: boolean })[] {
    return [...this.#byHash.values()].map(({ hash: _hash, ...rest }) => rest);
  }

  async verify(key: string, now = Date.now()): Promise<Identity> {
    const entry = this.#byHash.get(await sha256Hex(key));
    if (!entry) throw new AuthError("unauthorized", "unknown API key");
    if (entry.revoked) throw new AuthError("unauthorized", "API key revoked");
    if (entry.expiresAt && Date.parse(entry.expiresAt) <= now) {
      throw new AuthError("unauthorized", "API key expired");
    }
    const roles = entry.roles.filter((r) => Role.safeParse(r).success) as Role[];
    if (roles.length === 0) throw new AuthError("unauthorized", "API key has no known role");
    return {
      sub: `apikey:${entry.keyId}`,
      roles,
      ...(entry.capabilities ? { capabilities: entry.capabilities } : {}),
      ...(entry.expiresAt ? { exp: Math.floor(Date.parse(entry.expiresAt) / 1000) } : {}),
      via: "api-key",
    };
  }
}
