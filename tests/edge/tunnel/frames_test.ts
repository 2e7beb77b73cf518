import assert from "node:assert/strict";
import fc from "fast-check";
import {
  encodeClose,
  encodeFrame,
  FrameScanner,
  OP_BINARY,
  OP_CLOSE,
  OP_CONTINUATION,
  OP_PING,
  OP_TEXT,
  unmask,
} from "../../../src/edge/tunnel/frames.ts";
import { repairCut, utf8Completion } from "../../../src/edge/tunnel/cut-repair.ts";

interface Seen {
  at: number; // absolute stream offset of the frame's first byte
  opcode: number;
  fin: boolean;
  masked: boolean;
  length: number;
}

/** Scans `stream` cut into pieces at `cuts`; returns frames (absolute offsets) and message boundaries. */
function scanPieces(stream: Uint8Array, cuts: number[]) {
  const s = new FrameScanner();
  const frames: Seen[] = [];
  const boundaries: number[] = [];
  const points = [
    0,
    ...[...new Set(cuts)].filter((c) => c > 0 && c < stream.length).sort((a, b) => a - b),
    stream.length,
  ];
  for (let i = 0; i + 1 < points.length; i++) {
    const base = points[i]!;
    const piece = stream.slice(base, points[i + 1]);
    s.scan(piece, 0, piece.length, (sc, start) => {
      frames.push({
        at: base + start,
        opcode: sc.opcode,
        fin: sc.fin,
        masked: sc.masked,
        length: sc.payloadLength,
      });
      return true;
    });
    if (s.lastBoundary >= 0) boundaries.push(base + s.lastBoundary);
  }
  return { frames, boundaries, atMessageBoundary: s.atMessageBoundary, count: s.frames };
}

Deno.test("frames: 7-, 16- and 64-bit lengths, mask bit, FIN and opcode are read", () => {
  for (const size of [0, 1, 125, 126, 65535, 65536, 200_000]) {
    for (const mask of [false, true]) {
      const frame = encodeFrame(OP_BINARY, new Uint8Array(size), { mask });
      const { frames } = scanPieces(frame, []);
      assert.deepEqual(frames, [{
        at: 0,
        opcode: OP_BINARY,
        fin: true,
        masked: mask,
        length: size,
      }]);
    }
  }
  const head = new Uint8Array([0x01, 0x7f, 0, 0, 0x01, 0, 0, 0, 0, 0]); // non-FIN text, 2^40 bytes
  const { frames } = scanPieces(head, []);
  assert.equal(frames[0]!.length, 2 ** 40);
  assert.equal(frames[0]!.fin, false);
});

Deno.test("frames: a header split across reads is held, then reported once with its true start", () => {
  const frame = encodeFrame(OP_TEXT, new Uint8Array(300), { mask: true }); // 2 + 2 + 4 header bytes
  for (let cut = 1; cut < 8; cut++) {
    const s = new FrameScanner();
    const starts: number[] = [];
    s.scan(frame, 0, cut, (_, start) => (starts.push(start), true));
    assert.equal(s.heldHeader.length, cut);
    assert.equal(s.atFrameBoundary, false);
    s.scan(frame.subarray(cut), 0, frame.length - cut, (_, start) => (starts.push(start), true));
    assert.deepEqual(starts, [-cut]);
    assert.equal(s.atFrameBoundary, true);
  }
});

Deno.test("frames: fragmented messages and control frames in between move the message boundary", () => {
  const parts = [
    encodeFrame(OP_TEXT, new Uint8Array(3), { fin: false }),
    encodeFrame(OP_PING, new Uint8Array(1)),
    encodeFrame(OP_CONTINUATION, new Uint8Array(2)),
    encodeFrame(OP_BINARY, new Uint8Array(4)),
  ];
  const stream = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  const ends: number[] = [];
  for (const p of parts) (stream.set(p, at), at += p.length, ends.push(at));
  const whole = scanPieces(stream, []);
  assert.equal(whole.count, 4);
  assert.deepEqual(scanPieces(stream, ends).boundaries, [ends[2], ends[3]]);
});

Deno.test("frames: refusing a frame stops before its header", () => {
  const a = encodeFrame(OP_TEXT, new Uint8Array(10));
  const b = encodeFrame(OP_BINARY, new Uint8Array(5000));
  const stream = new Uint8Array([...a, ...b]);
  const s = new FrameScanner();
  const stop = s.scan(stream, 0, stream.length, (sc) => sc.payloadLength < 1000);
  assert.equal(stop, a.length);
  assert.equal(s.frames, 1);
});

Deno.test("frames: encoders mask client frames and cut long close reasons on a character boundary", () => {
  const payload = new TextEncoder().encode("hello");
  const masked = encodeFrame(OP_TEXT, payload, { mask: true });
  assert.equal(masked[1]! & 0x80, 0x80);
  const key = masked.subarray(2, 6);
  assert.deepEqual(unmask(masked.slice(6), key), payload);
  const close = encodeClose(4009, "é".repeat(100));
  assert.equal(close[0], 0x80 | OP_CLOSE);
  assert.ok(close[1]! <= 125);
  const reason = new TextDecoder("utf-8", { fatal: true }).decode(close.subarray(4));
  assert.ok(reason.length > 0);
  assert.equal((close[2]! << 8) | close[3]!, 4009);
  assert.throws(() => encodeClose(1006));
});

const frameArb = fc.record({
  opcode: fc.constantFrom(OP_TEXT, OP_BINARY, OP_CONTINUATION, OP_PING, OP_CLOSE),
  fin: fc.boolean(),
  mask: fc.boolean(),
  size: fc.oneof(
    fc.integer({ min: 0, max: 130 }),
    fc.integer({ min: 65530, max: 65540 }),
    fc.integer({ min: 0, max: 3000 }),
  ),
});

Deno.test("frames (property): random frame sequences split at random points scan identically", () => {
  fc.assert(
    fc.property(
      fc.array(frameArb, { minLength: 1, maxLength: 12 }),
      fc.array(fc.nat(), { maxLength: 20 }),
      (specs, rawCuts) => {
        const frames = specs.map((f) =>
          encodeFrame(f.opcode, new Uint8Array(f.size).fill(7), { mask: f.mask, fin: f.fin })
        );
        const total = frames.reduce((n, f) => n + f.length, 0);
        const stream = new Uint8Array(total);
        const starts: number[] = [];
        let at = 0;
        for (const f of frames) (starts.push(at), stream.set(f, at), at += f.length);
        const whole = scanPieces(stream, []);
        const split = scanPieces(stream, rawCuts.map((c) => c % (total + 1)));
        assert.deepEqual(split.frames, whole.frames);
        assert.deepEqual(whole.frames.map((f) => f.at), starts);
        assert.deepEqual(split.frames.map((f) => f.length), specs.map((f) => f.size));
        assert.equal(split.atMessageBoundary, whole.atMessageBoundary);
      },
    ),
    { numRuns: 300 },
  );
});

const utf8 = new TextDecoder("utf-8", { fatal: true });

Deno.test("cut repair (property): a UTF-8 text cut anywhere, completed, stays valid UTF-8", () => {
  fc.assert(
    fc.property(
      fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
      fc.nat(),
      (text, cutAt) => {
        const bytes = new TextEncoder().encode(text);
        const cut = bytes.subarray(0, cutAt % (bytes.length + 1));
        const tail = cut.subarray(Math.max(0, cut.length - 3));
        const fixed = new Uint8Array([...cut, ...utf8Completion(tail)]);
        utf8.decode(fixed); // throws if invalid
      },
    ),
    { numRuns: 500 },
  );
});

Deno.test("cut repair: a text frame cut mid-character is filled and its fragmented message ended", () => {
  const text = new TextEncoder().encode("ab€cd"); // € is 3 bytes
  const first = encodeFrame(OP_TEXT, text.subarray(0, 2), { fin: false });
  const second = encodeFrame(OP_CONTINUATION, text.subarray(2), { fin: false });
  const s = new FrameScanner(true);
  const sent = new Uint8Array([...first, ...second.subarray(0, 3)]); // header (2) + first byte of €
  s.scan(sent, 0, sent.length, () => true);
  const repair = repairCut(s);
  assert.equal(repair.truncated, true);
  const all = new Uint8Array([...sent, ...repair.bytes]);
  const r = new FrameScanner();
  const payloads: Uint8Array[] = [];
  r.scan(
    all,
    0,
    all.length,
    (
      sc,
      start,
    ) => (payloads.push(
      all.subarray(start + sc.headerLength, start + sc.headerLength + sc.payloadLength),
    ),
      true),
  );
  assert.equal(r.atMessageBoundary, true);
  assert.equal(payloads.length, 3);
  const message = utf8.decode(new Uint8Array(payloads.flatMap((p) => [...p])));
  assert.ok(message.startsWith("ab"));
  assert.equal(s.atMessageBoundary, true);
});
