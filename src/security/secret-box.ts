import { z } from "zod";

/**
 * Encryption at rest for stored secrets (agent tokens, webhook secrets...):
 * AES-256-GCM through WebCrypto. An envelope reads
 *
 *     v1.<keyId>.<iv>.<ciphertext+tag>        (base64url parts)
 *
 * The key id lets keys rotate: the first key in the ring seals, every key
 * opens what it sealed, and `needsReseal` finds envelopes to re-encrypt
 * before an old key is retired. The version, the key id and the caller's
 * associated data are all authenticated, so an envelope cannot be moved to
 * another record (bind it with, say, the record's id) or relabelled.
 */

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxError";
  }
}

const KeyId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, "key ids are 1-32 of A-Z a-z 0-9 _ -");
/**
 * Material for one key: 32 bytes as base64 (standard or url), or else a
 * passphrase. HKDF stretches nothing (it is not a password hash), so a
 * passphrase must itself carry the entropy: at least 32 characters, e.g.
 * from a password manager's generator.
 */
const Material = z.string().min(1);
export const KeySpec = z.object({ id: KeyId, secret: Material });
export type KeySpec = z.infer<typeof KeySpec>;

const VERSION = "v1";
const HKDF_SALT = new TextEncoder().encode("switchboard/secret-box/v1");
const HKDF_INFO = new TextEncoder().encode("aes-256-gcm");
const MIN_PASSPHRASE = 32;
const encoder = new TextEncoder();

function b64url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromB64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return undefined;
  try {
    const std = text.replaceAll("-", "+").replaceAll("_", "/");
    return Uint8Array.from(
      atob(std.padEnd(Math.ceil(std.length / 4) * 4, "=")),
      (c) => c.charCodeAt(0),
    );
  } catch {
    return undefined;
  }
}

async function importKey(spec: KeySpec): Promise<CryptoKey> {
  const raw = fromB64(spec.secret.trim());
  const usages: KeyUsage[] = ["encrypt", "decrypt"];
  if (raw?.length === 32) {
    return await crypto.subtle.importKey("raw", raw, "AES-GCM", false, usages);
  }
  if (spec.secret.length < MIN_PASSPHRASE) {
    throw new SecretBoxError(
      `key '${spec.id}': need 32 bytes as base64 or a passphrase of at least ${MIN_PASSPHRASE} characters`,
    );
  }
  const base = await crypto.subtle.importKey("raw", encoder.encode(spec.secret), "HKDF", false, [
    "deriveKey",
  ]);
  return await crypto.subtle.deriveKey(
    { name: "HKDF", hash: "SHA-256", salt: HKDF_SALT, info: HKDF_INFO },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    usages,
  );
}

/** Version, key id and the caller's data, length-prefixed so no two splits collide. */
function aad(keyId: string, associatedData: string | undefined): Uint8Array<ArrayBuffer> {
  const head = encoder.encode(`${VERSION}.${keyId}.`);
  const data = encoder.encode(associatedData ?? "");
  const out = new Uint8Array(head.length + 4 + data.length);
  out.set(head);
  new DataView(out.buffer).setUint32(head.length, data.length);
  out.set(data, head.length + 4);
  return out;
}

export class SecretBox {
  private constructor(
    private readonly current: string,
    private readonly keys: ReadonlyMap<string, CryptoKey>,
  ) {}

  /** A ring of keys; the first one seals. Throws SecretBoxError on a bad or duplicate key. */
  static async create(specs: readonly KeySpec[]): Promise<SecretBox> {
    if (specs.length === 0) throw new SecretBoxError("no keys configured");
    const keys = new Map<string, CryptoKey>();
    for (const input of specs) {
      const parsed = KeySpec.safeParse(input);
      if (!parsed.success) {
        throw new SecretBoxError(`bad key spec: ${parsed.error.issues[0]!.message}`);
      }
      if (keys.has(parsed.data.id)) {
        throw new SecretBoxError(`duplicate key id '${parsed.data.id}'`);
      }
      keys.set(parsed.data.id, await importKey(parsed.data));
    }
    return new SecretBox(specs[0]!.id, keys);
  }

  /**
   * From an environment value: `id:secret` entries separated by commas,
   * newest first (`k2:…,k1:…`), or one bare secret (key id `k1`). Entries
   * split only at a comma followed by `id:`, so passphrases may hold commas;
   * a bare passphrase that itself starts with `word:` needs an explicit id.
   */
  static async fromEnv(value: string): Promise<SecretBox> {
    const text = value.trim();
    if (!/^[A-Za-z0-9_-]{1,32}:/.test(text)) {
      // Several bare keys are a mistake (which one seals?), not one long passphrase.
      const parts = text.split(",").map((p) => p.trim());
      if (parts.length > 1 && parts.every((p) => fromB64(p)?.length === 32)) {
        throw new SecretBoxError("with several keys, each entry must read id:secret");
      }
      return await SecretBox.create(text ? [{ id: "k1", secret: text }] : []);
    }
    const specs = text.split(/\s*,\s*(?=[A-Za-z0-9_-]{1,32}:)/).map((entry) => {
      const colon = entry.indexOf(":");
      return { id: entry.slice(0, colon), secret: entry.slice(colon + 1).trim() };
    });
    return await SecretBox.create(specs);
  }

  /** The key id new envelopes are sealed with. */
  get keyId(): string {
    return this.current;
  }

  async seal(plaintext: string, associatedData?: string): Promise<string> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt(
      { name: "AES-GCM", iv, additionalData: aad(this.current, associatedData) },
      this.keys.get(this.current)!,
      encoder.encode(plaintext),
    );
    return `${VERSION}.${this.current}.${b64url(iv)}.${b64url(new Uint8Array(sealed))}`;
  }

  /** The plaintext; SecretBoxError when the envelope is malformed, its key unknown, or it was altered. */
  async open(sealed: string, associatedData?: string): Promise<string> {
    const { keyId, iv, data } = parseEnvelope(sealed);
    const key = this.keys.get(keyId);
    if (!key) throw new SecretBoxError(`sealed with key '${keyId}', which is not configured`);
    let plain: ArrayBuffer;
    try {
      plain = await crypto.subtle.decrypt(
        { name: "AES-GCM", iv, additionalData: aad(keyId, associatedData) },
        key,
        data,
      );
    } catch {
      throw new SecretBoxError(
        "secret cannot be opened: tampered, wrong key material, or wrong associated data",
      );
    }
    return new TextDecoder("utf-8", { fatal: true }).decode(plain);
  }

  /** Whether `sealed` is under an older key and should be sealed again. */
  needsReseal(sealed: string): boolean {
    return parseEnvelope(sealed).keyId !== this.current;
  }
}

function parseEnvelope(
  sealed: string,
): { keyId: string; iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> } {
  const parts = sealed.split(".");
  if (parts[0] !== VERSION) {
    throw new SecretBoxError(
      parts.length >= 3 && /^v\d+$/.test(parts[0]!)
        ? `unsupported envelope version ${parts[0]}`
        : "not a sealed secret",
    );
  }
  if (parts.length !== 4 || !KeyId.safeParse(parts[1]).success) {
    throw new SecretBoxError("not a sealed secret");
  }
  const iv = fromB64(parts[2]!);
  const data = fromB64(parts[3]!);
  // 12-byte IV; at least the 16-byte tag.
  if (iv?.length !== 12 || !data || data.length < 16) {
    throw new SecretBoxError("not a sealed secret");
  }
  return { keyId: parts[1]!, iv, data };
}
