import { importPKCS8, importSPKI } from "jose";

/**
 * PEM keys for JWT signing and verification. jose imports a PEM only for a
 * named algorithm, and operators hand over a key, not an algorithm; so the
 * key's own algorithm identifier (an OID near the start of the DER) says
 * which JWS algorithms it may serve. Pinning that set is also what keeps an
 * RSA key from ever being offered to an ES256 or HS256 token.
 */

export type AsymmetricAlg = "RS256" | "PS256" | "ES256" | "ES384" | "EdDSA";
export const ASYMMETRIC_ALGS: readonly AsymmetricAlg[] = [
  "RS256",
  "PS256",
  "ES256",
  "ES384",
  "EdDSA",
];

const OIDS: { der: number[]; algs: AsymmetricAlg[] }[] = [
  // rsaEncryption 1.2.840.113549.1.1.1
  {
    der: [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01],
    algs: ["RS256", "PS256"],
  },
  // id-RSASSA-PSS 1.2.840.113549.1.1.10
  { der: [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a], algs: ["PS256"] },
  // id-ecPublicKey with prime256v1 1.2.840.10045.3.1.7
  { der: [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07], algs: ["ES256"] },
  // id-ecPublicKey with secp384r1 1.3.132.0.34
  { der: [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22], algs: ["ES384"] },
  // Ed25519 1.3.101.112
  { der: [0x06, 0x03, 0x2b, 0x65, 0x70], algs: ["EdDSA"] },
];

const LABELS = { public: "PUBLIC KEY", private: "PRIVATE KEY" } as const;

function indexOf(haystack: Uint8Array, needle: number[], limit: number): number {
  outer: for (let i = 0; i + needle.length <= Math.min(haystack.length, limit); i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The JWS algorithms a PEM key can serve. `kind` picks SPKI (`PUBLIC KEY`)
 * or PKCS#8 (`PRIVATE KEY`). Throws an Error saying what is wrong (never the
 * key material).
 */
export function pemAlgorithms(pem: string, kind: "public" | "private"): AsymmetricAlg[] {
  const label = LABELS[kind];
  const match = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`)
    .exec(pem);
  if (!match) {
    const found = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1];
    throw new Error(
      found
        ? `expected a ${label} PEM, got ${found}` +
          (found.startsWith("RSA") || found.startsWith("EC")
            ? ` (convert it with: openssl pkey ${kind === "public" ? "-pubin " : ""}-in key.pem)`
            : "")
        : `expected a ${label} PEM block`,
    );
  }
  let der: Uint8Array;
  try {
    der = Uint8Array.from(atob(match[1]!.replace(/\s+/g, "")), (c) => c.charCodeAt(0));
  } catch {
    throw new Error(`the ${label} PEM is not valid base64`);
  }
  // The AlgorithmIdentifier sits in the first few dozen bytes of SPKI and PKCS#8.
  const hits = OIDS.map((o) => ({ at: indexOf(der, o.der, 64), algs: o.algs }))
    .filter((h) => h.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (hits.length === 0) {
    throw new Error(`the ${label} PEM is not an RSA, P-256, P-384 or Ed25519 key`);
  }
  return hits[0]!.algs;
}

/** Imports a PEM for each algorithm it serves, once, on first use. */
export function pemKeyring(pem: string, kind: "public" | "private") {
  const algs = pemAlgorithms(pem, kind);
  const keys = new Map<string, Promise<CryptoKey>>();
  return {
    algs,
    key(alg: AsymmetricAlg): Promise<CryptoKey> {
      if (!algs.includes(alg)) throw new Error(`the key cannot be used with ${alg}`);
      let key = keys.get(alg);
      if (!key) {
        key = kind === "public" ? importSPKI(pem, alg) : importPKCS8(pem, alg);
        keys.set(alg, key);
      }
      return key;
    },
  };
}
