import assert from "node:assert/strict";
import { encodeFrame, FrameScanner, OP_TEXT } from "../../../src/edge/tunnel/frames.ts";
import { scanChunk } from "../../../src/edge/tunnel/scan-chunk.ts";

const ok = () => true;
const enc = new TextEncoder();

Deno.test("scan chunk: a header split across reads goes out in front of the rest of its frame", () => {
  const frame = encodeFrame(OP_TEXT, enc.encode("hello"), { mask: true });
  const s = new FrameScanner(false, true);
  const first = scanChunk(s, frame.subarray(0, 3), 3, ok, undefined);
  assert.equal(first.view.length, 0, "a partial header is held back");
  const second = scanChunk(s, frame.slice(3), frame.length - 3, ok, undefined);
  assert.deepEqual(second.view, frame);
  assert.equal(second.stopped, false);
});

Deno.test("scan chunk: a frame refused for bad UTF-8 right after its split header leaves nothing behind, header included", () => {
  const good = encodeFrame(OP_TEXT, enc.encode("fine"), { mask: true });
  const bad = encodeFrame(OP_TEXT, new Uint8Array([0x61, 0xff]), { mask: true });
  const s = new FrameScanner(false, true);
  // Read 1: a whole good frame and the first 3 bytes of the bad frame's 6-byte header.
  const read1 = new Uint8Array([...good, ...bad.subarray(0, 3)]);
  const a = scanChunk(s, read1, read1.length, ok, undefined);
  assert.deepEqual(a.view, good);
  assert.equal(a.stopped, false);
  // Read 2: the rest of the header and the payload.
  const read2 = bad.slice(3);
  const b = scanChunk(s, read2, read2.length, ok, undefined);
  assert.equal(b.stopped, true);
  assert.equal(s.invalidText, true);
  assert.equal(b.view.length, 0, "no byte of the refused frame is forwarded");
  assert.deepEqual(b.rest, bad, "the refused frame, whole, is what is left");
  assert.ok(s.atFrameBoundary, "the agent was sent whole frames only");
});

Deno.test("scan chunk: bad UTF-8 in a later read of a frame stops at that read; earlier payload already left", () => {
  const bad = encodeFrame(OP_TEXT, new Uint8Array([0x61, 0x62, 0x63, 0xff]), { mask: true });
  const s = new FrameScanner(false, true);
  const a = scanChunk(s, bad.subarray(0, 8), 8, ok, undefined); // header (6) + 2 payload bytes
  assert.deepEqual(a.view, bad.subarray(0, 8));
  const rest = bad.slice(8);
  const b = scanChunk(s, rest, rest.length, ok, undefined);
  assert.equal(b.stopped, true);
  assert.equal(b.view.length, 0);
  assert.deepEqual(b.rest, rest);
  assert.equal(
    s.atFrameBoundary,
    false,
    "mid-frame: the agent gets no close frame, only a closed socket",
  );
});

Deno.test("scan chunk: bad UTF-8 at the start of a read whose frame header went out with the read before stops there, without throwing", () => {
  const bad = encodeFrame(OP_TEXT, new Uint8Array([0xff, 0x61]), { mask: true });
  const s = new FrameScanner(false, true);
  const a = scanChunk(s, bad.subarray(0, 6), 6, ok, undefined);
  assert.equal(a.view.length, 6, "the whole header is forwarded");
  const rest = bad.slice(6);
  const b = scanChunk(s, rest, rest.length, ok, undefined);
  assert.equal(b.stopped, true);
  assert.equal(s.invalidText, true);
  assert.equal(b.view.length, 0);
  assert.deepEqual(b.rest, rest);
});
