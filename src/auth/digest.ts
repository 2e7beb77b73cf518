import { createHash } from "node:crypto";

/**
 * SHA-256 as lowercase hex: how resume tokens and API keys are stored (never
 * in clear). node:crypto hashes at once; WebCrypto's promise round trip cost
 * 2% of a node's CPU on the session-open path.
 */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** `bytes` random bytes as base64url without padding: for tokens and keys. */
export function randomToken(bytes = 32): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw)).replaceAll("+", "-").replaceAll("/", "_").replaceAll(
    "=",
    "",
  );
}
