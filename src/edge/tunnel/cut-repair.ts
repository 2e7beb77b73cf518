/**
 * Mending the client's stream when its agent dies mid-frame or mid-message.
 * Agent bytes are forwarded as they arrive (src/edge/README.md), so the
 * client may hold a partial frame or an open fragmented message, and the
 * next agent's frames would read as its rest. So the missing payload is
 * filled (binary: zeros; text: what completes a cut UTF-8 sequence, then
 * spaces, so the client does not fail with 1007) and an open message gets
 * a FIN continuation. The client sees one truncated message, reported as
 * `truncated` for `session.rebound`.
 */
import { encodeFrame } from "./frame-encoding.ts";
import type { FrameScanner } from "./frame-scanner.ts";
import { OP_CONTINUATION, OP_TEXT } from "./opcodes.ts";

/**
 * Bytes that complete a UTF-8 sequence cut after `tail` (the last ≤ 3
 * bytes of a text message so far). The choices avoid overlong forms and
 * surrogates (RFC 3629 table): after E0 the next byte is A0, after ED 80,
 * after F0 90, after F4 80; every later byte is 80.
 */
export function utf8Completion(tail: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, tail.length); back++) {
    const b = tail[tail.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const want = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    const missing = want - back;
    if (missing <= 0) return new Uint8Array(0);
    const out = new Uint8Array(missing).fill(0x80);
    if (back === 1) {
      if (b === 0xe0) out[0] = 0xa0;
      else if (b === 0xf0) out[0] = 0x90;
    }
    return out;
  }
  return new Uint8Array(0);
}

export interface CutRepair {
  /** Frame bytes to write to the client so its stream is at a message boundary. */
  bytes: Uint8Array;
  /** The client received part of a message that will not be finished. */
  truncated: boolean;
}

/** Ends the client-bound stream cleanly and resets `scanner` for the next agent. */
export function repairCut(scanner: FrameScanner): CutRepair {
  const parts: Uint8Array[] = [];
  let truncated = false;
  const text = scanner.messageOpcode === OP_TEXT && !scanner.masked;
  let completion = text
    ? utf8Completion(scanner.textTail.subarray(0, scanner.textTailLength))
    : new Uint8Array(0);
  // After the fill, the message stays open if the cut frame was a non-FIN
  // data frame, or (cut control frame, or no frame cut) if fragments were open.
  let openMessage = scanner.inMessage;
  if (scanner.payloadLeft > 0) {
    truncated = true;
    const fill = new Uint8Array(scanner.payloadLeft);
    const dataFrame = scanner.opcode < 8;
    if (dataFrame && text) {
      fill.fill(0x20);
      const n = Math.min(completion.length, fill.length);
      fill.set(completion.subarray(0, n));
      completion = completion.subarray(n);
    }
    parts.push(fill);
    if (dataFrame) openMessage = !scanner.fin;
  }
  if (openMessage) {
    truncated = true;
    parts.push(encodeFrame(OP_CONTINUATION, text ? completion : new Uint8Array(0)));
  }
  scanner.reset();
  const size = parts.reduce((sum, p) => sum + p.length, 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, truncated };
}
