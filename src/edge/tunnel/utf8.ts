/**
 * Streaming UTF-8 validation of masked payload bytes, for client text
 * messages and close reasons. Checked because an agent on Deno drops a
 * socket that sends bad UTF-8 without a close frame, which looks like a dead
 * agent and would fail the session over; refused here with 1007 instead.
 *
 * Björn Höhrmann's DFA (states pre-multiplied by 12): as strict as
 * TextDecoder's fatal mode, but it keeps its state across frames and reads,
 * with no copy and no unmasking pass.
 */
export const UTF8_ACCEPT = 0;
export const UTF8_REJECT = 12;

/** Byte → character class. */
const CLASS = (() => {
  const t = new Uint8Array(256);
  const set = (from: number, to: number, c: number) => t.fill(c, from, to + 1);
  set(0x80, 0x8f, 1);
  set(0x90, 0x9f, 9);
  set(0xa0, 0xbf, 7);
  set(0xc0, 0xc1, 8);
  set(0xc2, 0xdf, 2);
  set(0xe0, 0xe0, 10);
  set(0xe1, 0xec, 3);
  set(0xed, 0xed, 4);
  set(0xee, 0xef, 3);
  set(0xf0, 0xf0, 11);
  set(0xf1, 0xf3, 6);
  set(0xf4, 0xf4, 5);
  set(0xf5, 0xff, 8);
  return t;
})();

/** (state + class) → next state. */
// deno-fmt-ignore
const NEXT = new Uint8Array([
   0, 12, 24, 36, 60, 96, 84, 12, 12, 12, 48, 72, // accept
  12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, // reject
  12,  0, 12, 12, 12, 12, 12,  0, 12,  0, 12, 12, // one continuation byte left
  12, 24, 12, 12, 12, 12, 12, 24, 12, 24, 12, 12, // two left
  12, 12, 12, 12, 12, 12, 12, 24, 12, 12, 12, 12, // after E0: A0..BF
  12, 24, 12, 12, 12, 12, 12, 12, 12, 24, 12, 12, // after ED: 80..9F
  12, 12, 12, 12, 12, 12, 12, 36, 12, 36, 12, 12, // after F0: 90..BF
  12, 36, 12, 12, 12, 12, 12, 36, 12, 36, 12, 12, // three left
  12, 36, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, // after F4: 80..8F
]);

/**
 * Runs the DFA over `bytes[from, to)` unmasked with `key` (4 bytes), the
 * first of them being payload byte `keyOffset`. Returns the state after the
 * run; UTF8_REJECT as soon as a byte cannot continue valid UTF-8.
 */
export function utf8ScanMasked(
  state: number,
  bytes: Uint8Array,
  from: number,
  to: number,
  key: Uint8Array,
  keyOffset: number,
): number {
  const k = keyOffset - from;
  for (let i = from; i < to; i++) {
    const b = bytes[i]! ^ key[(i + k) & 3]!;
    if (b < 0x80 && state === UTF8_ACCEPT) continue;
    state = NEXT[state + CLASS[b]!]!;
    if (state === UTF8_REJECT) return state;
  }
  return state;
}
