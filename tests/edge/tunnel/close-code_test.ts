import assert from "node:assert/strict";
import { closeCodeIn } from "../../../src/edge/tunnel/close-code.ts";

/** A masked client close frame with `code` and `reason`, after `before` bytes of other data. */
function closeFrame(code: number, reason: string, before = 0): { chunk: Uint8Array; at: number } {
  const payload = new Uint8Array([code >> 8, code & 0xff, ...new TextEncoder().encode(reason)]);
  const mask = [0x12, 0x34, 0x56, 0x78];
  const chunk = new Uint8Array(before + 6 + payload.length);
  chunk.set([0x88, 0x80 | payload.length, ...mask], before);
  payload.forEach((b, i) => chunk[before + 6 + i] = b ^ mask[i % 4]!);
  return { chunk, at: before + 6 };
}

Deno.test("close code: read from a masked client close frame in the chunk", () => {
  const { chunk, at } = closeFrame(4321, "bye", 10);
  assert.equal(closeCodeIn(chunk, chunk.length, at, 5), 4321);
});

Deno.test("close code: none without a code, or when the header or the code is cut off by the read", () => {
  const { chunk, at } = closeFrame(1001, "");
  assert.equal(closeCodeIn(chunk, chunk.length, at, 2), 1001);
  assert.equal(closeCodeIn(chunk, chunk.length, at, 0), undefined, "an empty close");
  assert.equal(closeCodeIn(chunk, at + 1, at, 2), undefined, "code split across reads");
  assert.equal(
    closeCodeIn(chunk.subarray(3), chunk.length - 3, at - 3, 2),
    undefined,
    "mask key in an earlier read",
  );
});
