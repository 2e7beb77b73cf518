/** The few frames the edge writes itself (RFC 6455 §5.2, §5.3, §7.4). */
import { OP_CLOSE, OP_TEXT } from "./opcodes.ts";

function header(opcode: number, fin: boolean, length: number, mask: boolean): Uint8Array {
  const ext = length < 126 ? 0 : length < 0x10000 ? 2 : 8;
  const out = new Uint8Array(2 + ext + (mask ? 4 : 0) + length);
  out[0] = (fin ? 0x80 : 0) | opcode;
  const maskBit = mask ? 0x80 : 0;
  if (ext === 0) out[1] = maskBit | length;
  else if (ext === 2) {
    out[1] = maskBit | 126;
    out[2] = length >> 8;
    out[3] = length & 0xff;
  } else {
    out[1] = maskBit | 127;
    const view = new DataView(out.buffer);
    view.setUint32(2, Math.floor(length / 0x1_0000_0000));
    view.setUint32(6, length >>> 0);
  }
  return out;
}

/**
 * One frame, unmasked (server → client) or masked with a fresh random key
 * (client → server, RFC 6455 §5.3: the edge acting as the agent's client).
 */
export function encodeFrame(
  opcode: number,
  payload: Uint8Array,
  options: { mask?: boolean; fin?: boolean } = {},
): Uint8Array {
  const mask = options.mask ?? false;
  const out = header(opcode, options.fin ?? true, payload.length, mask);
  const at = out.length - payload.length;
  if (!mask) {
    out.set(payload, at);
    return out;
  }
  const key = crypto.getRandomValues(new Uint8Array(4));
  out.set(key, at - 4);
  for (let i = 0; i < payload.length; i++) out[at + i] = payload[i]! ^ key[i & 3]!;
  return out;
}

const encoder = new TextEncoder();

export function encodeText(text: string, mask = false): Uint8Array {
  return encodeFrame(OP_TEXT, encoder.encode(text), { mask });
}

/** Close codes an endpoint may put on the wire (RFC 6455 §7.4). */
export function isSendableCloseCode(code: number): boolean {
  return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014 && code !== 1010) ||
    (code >= 3000 && code <= 4999);
}

/** A close frame; the reason is cut to fit the 125-byte control payload. */
export function encodeClose(code: number, reason = "", mask = false): Uint8Array {
  if (!isSendableCloseCode(code)) throw new RangeError(`close code ${code} cannot be sent`);
  let bytes = encoder.encode(reason);
  if (bytes.length > 123) {
    // Cut on a character boundary so the reason stays valid UTF-8.
    let cut = 123;
    while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--;
    bytes = bytes.subarray(0, cut);
  }
  const payload = new Uint8Array(2 + bytes.length);
  payload[0] = code >> 8;
  payload[1] = code & 0xff;
  payload.set(bytes, 2);
  return encodeFrame(OP_CLOSE, payload, { mask });
}

/** Unmasks a payload in place (used by tests and to read close codes). */
export function unmask(payload: Uint8Array, key: Uint8Array): Uint8Array {
  for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ key[i & 3]!;
  return payload;
}
