/**
 * Read buffers for the relay, shared by every session on the node.
 *
 * An idle session still has one read pending per socket, and a pending read
 * pins its buffer, so buffer size is most of the per-session memory. Reads
 * therefore start small; a read that fills its buffer means bulk traffic,
 * and the next read on that socket takes a large one. Written buffers come
 * back here the moment the write completes, so only sockets that are moving
 * data hold large buffers.
 */
// 512 B fits typical chat and token frames in one read; a larger frame costs
// one extra read (then 64 KiB reads). The sizes were measured (src/edge/README.md).
export const SMALL_BUFFER = 512;
export const LARGE_BUFFER = 65536;

const small: Uint8Array[] = [];
const large: Uint8Array[] = [];
// Enough spares for a burst across many sessions; the rest is left to the GC.
const KEEP_SMALL = 2048;
const KEEP_LARGE = 64;

export function takeBuffer(wantLarge: boolean): Uint8Array {
  if (wantLarge) return large.pop() ?? new Uint8Array(LARGE_BUFFER);
  return small.pop() ?? new Uint8Array(SMALL_BUFFER);
}

export function releaseBuffer(buf: Uint8Array): void {
  if (buf.length === SMALL_BUFFER) {
    if (small.length < KEEP_SMALL) small.push(buf);
  } else if (buf.length === LARGE_BUFFER && large.length < KEEP_LARGE) large.push(buf);
}
