/**
 * Turns one read into the bytes to forward: scans its frame headers and
 * holds back a frame header split at the end of the read until it is
 * complete. So every forwarded run ends at a frame boundary or inside a
 * payload whose header was checked: a frame over the limit is refused
 * before any of its bytes leave, and a cut never leaves half a header on
 * the other side. The held bytes (≤ 13) go out in front of the next read.
 */
import type { FrameScanner, OnFrame } from "./frame-scanner.ts";

export interface ScannedChunk {
  /** Bytes to forward (aliases `bytes` unless held header bytes are prepended). */
  view: Uint8Array;
  /** Offset in `view` where a message still open at its end begins (= length if none). */
  tailFrom: number;
  /** A message boundary lies inside `view`. */
  resets: boolean;
  /** onFrame refused a frame: `view` ends just before it, `rest` starts with it. */
  stopped: boolean;
  rest: Uint8Array;
}

const EMPTY = new Uint8Array(0);

export function scanChunk<T>(
  s: FrameScanner,
  bytes: Uint8Array,
  n: number,
  onFrame: OnFrame<T>,
  ctx: T,
): ScannedChunk {
  const carryLen = s.heldLength;
  const carry = carryLen > 0 ? s.heldHeader.slice() : null;
  const framesBefore = s.frames;
  const stop = s.scan(bytes, 0, n, onFrame, ctx);
  const stopped = stop < n;
  // The held header completed here iff a frame was accepted in this read, and it is
  // forwarded unless that very frame was refused after all (a negative stop).
  const withCarry = carry !== null && s.frames > framesBefore && !(stopped && stop < 0);
  const end = stopped ? Math.max(stop, 0) : n - Math.min(s.heldLength, n);
  let view: Uint8Array = bytes.subarray(0, end);
  let shift = 0;
  if (withCarry) {
    const joined = new Uint8Array(carryLen + end);
    joined.set(carry);
    joined.set(view, carryLen);
    view = joined;
    shift = carryLen;
  }
  let rest: Uint8Array = EMPTY;
  if (stopped) {
    rest = stop < 0 ? new Uint8Array(n - stop) : bytes.subarray(stop, n);
    if (stop < 0) {
      rest.set(carry!.subarray(carryLen + stop));
      rest.set(bytes.subarray(0, n), -stop);
    }
  }
  const endsAtMessage = s.payloadLeft === 0 && !s.inMessage;
  const lb = s.lastBoundary >= 0 && s.lastBoundary <= end ? s.lastBoundary + shift : -1;
  return {
    view,
    tailFrom: endsAtMessage ? view.length : lb >= 0 ? lb : 0,
    resets: endsAtMessage || lb >= 0,
    stopped,
    rest,
  };
}
