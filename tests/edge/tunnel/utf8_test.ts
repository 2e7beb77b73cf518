import assert from "node:assert/strict";
import fc from "fast-check";
import {
  encodeFrame,
  FrameScanner,
  OP_BINARY,
  OP_CONTINUATION,
  OP_PING,
  OP_TEXT,
} from "../../../src/edge/tunnel/frames.ts";
import { UTF8_ACCEPT, UTF8_REJECT, utf8ScanMasked } from "../../../src/edge/tunnel/utf8.ts";

const fatal = new TextDecoder("utf-8", { fatal: true });
function isUtf8(bytes: Uint8Array): boolean {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Bytes that are often UTF-8 and often nearly so: characters, their cut pieces, stray bytes. */
const textish = fc.array(
  fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 6 }).map((s) => new TextEncoder().encode(s)),
    fc.string({ unit: "grapheme", maxLength: 3 }).map((s) => {
      const b = new TextEncoder().encode(s);
      return b.subarray(0, Math.max(0, b.length - 1));
    }),
    fc.uint8Array({ minLength: 1, maxLength: 3 }),
    fc.constantFrom(
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xef, 0xbf, 0xbf],
      [0xf0, 0x9f, 0x98, 0x80],
    ).map((b) => new Uint8Array(b)),
  ),
  { maxLength: 12 },
).map((parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
});

Deno.test("utf8: the DFA agrees with TextDecoder's fatal mode, whatever the mask and its offset", () => {
  fc.assert(
    fc.property(
      textish,
      fc.uint8Array({ minLength: 4, maxLength: 4 }),
      fc.nat(7),
      (bytes, key, offset) => {
        const masked = bytes.map((b, i) => b ^ key[(i + offset) & 3]!);
        const state = utf8ScanMasked(UTF8_ACCEPT, masked, 0, masked.length, key, offset);
        assert.equal(state === UTF8_ACCEPT, isUtf8(bytes));
      },
    ),
    { numRuns: 3000 },
  );
});

Deno.test("utf8: the scanner judges a text message cut into frames and reads anywhere, and leaves binary alone", () => {
  fc.assert(
    fc.property(
      textish,
      fc.array(fc.nat(), { maxLength: 4 }),
      fc.array(fc.nat(), { maxLength: 6 }),
      fc.boolean(),
      fc.boolean(),
      (payload, frameCuts, readCuts, binary, pingInside) => {
        const cuts = [...new Set(frameCuts.map((c) => c % (payload.length + 1)))].sort((a, b) =>
          a - b
        );
        const pieces: Uint8Array[] = [];
        let from = 0;
        for (const c of [...cuts, payload.length]) {
          pieces.push(payload.subarray(from, Math.max(from, c)));
          from = Math.max(from, c);
        }
        const frames = pieces.map((p, i) =>
          encodeFrame(i === 0 ? (binary ? OP_BINARY : OP_TEXT) : OP_CONTINUATION, p, {
            mask: true,
            fin: i === pieces.length - 1,
          })
        );
        if (pingInside && frames.length > 1) {
          frames.splice(1, 0, encodeFrame(OP_PING, new Uint8Array([0xff]), { mask: true }));
        }
        const wire = new Uint8Array(frames.reduce((n, f) => n + f.length, 0));
        let at = 0;
        for (const f of frames) {
          wire.set(f, at);
          at += f.length;
        }
        const scanner = new FrameScanner(false, true);
        let read = 0;
        let stoppedAt = -1;
        const bounds = [...new Set(readCuts.map((c) => c % (wire.length + 1)))].sort((a, b) =>
          a - b
        );
        for (const end of [...bounds, wire.length]) {
          if (end <= read) continue;
          const chunk = wire.slice(read, end);
          const stop = scanner.scan(chunk, 0, chunk.length, () => true);
          if (stop < chunk.length) {
            stoppedAt = read + stop;
            break;
          }
          read = end;
        }
        const valid = binary || isUtf8(payload);
        assert.equal(scanner.invalidText, !valid);
        assert.equal(stoppedAt >= 0, !valid);
        // What was let through never ends after the last byte of the message.
        if (!valid) assert.ok(stoppedAt < wire.length);
      },
    ),
    { numRuns: 2000 },
  );
});

Deno.test("utf8: a reject stays a reject, and a cut character is accepted only once finished", () => {
  const key = new Uint8Array(4);
  const euro = new Uint8Array([0xe2, 0x82, 0xac]);
  const mid = utf8ScanMasked(UTF8_ACCEPT, euro, 0, 2, key, 0);
  assert.notEqual(mid, UTF8_ACCEPT);
  assert.notEqual(mid, UTF8_REJECT);
  assert.equal(utf8ScanMasked(mid, euro, 2, 3, key, 2), UTF8_ACCEPT);
  assert.equal(utf8ScanMasked(UTF8_REJECT, new Uint8Array([0x41]), 0, 1, key, 0), UTF8_REJECT);
});
