/**
 * The signature a webhook receiver checks: `sha256=<hex HMAC-SHA256 of the
 * exact body bytes, keyed with the channel's secret>`, in the header
 * `x-switchboard-signature` (CONTRACT.md, notification channels).
 */
export const SIGNATURE_HEADER = "x-switchboard-signature";

const encoder = new TextEncoder();

export async function hmacSha256Hex(key: string, message: string | Uint8Array): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    encoder.encode(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const bytes = typeof message === "string" ? encoder.encode(message) : message;
  const mac = await crypto.subtle.sign("HMAC", cryptoKey, bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function signWebhookBody(secret: string, body: string): Promise<string> {
  return `sha256=${await hmacSha256Hex(secret, body)}`;
}

/** For receivers (and tests): constant-time comparison of the header against the body. */
export async function verifyWebhookSignature(
  secret: string,
  body: string | Uint8Array,
  header: string | null,
): Promise<boolean> {
  if (!header?.startsWith("sha256=")) return false;
  const expected = `sha256=${await hmacSha256Hex(secret, body)}`;
  if (expected.length !== header.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ header.charCodeAt(i);
  return diff === 0;
}
