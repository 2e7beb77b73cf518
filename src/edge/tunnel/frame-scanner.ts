/**
 * WebSocket frame headers, read incrementally from a byte stream without
 * touching payload bytes (RFC 6455 §5.2). The relay forwards bytes as read;
 * walking headers is how it counts frames, refuses oversize ones before a
 * byte leaves, and finds frame and message boundaries (clean cut points for
 * failover and injection). Payload is skipped by arithmetic, so a chunk
 * costs a few header bytes however large the frame; only with
 * `validateText` (the client's stream) are text payloads and close reasons
 * read, to check UTF-8.
 */
import { MAX_HEADER_BYTES, OP_CLOSE, OP_CONTINUATION, OP_TEXT } from "./opcodes.ts";
import { UTF8_ACCEPT, UTF8_REJECT, utf8ScanMasked } from "./utf8.ts";

/**
 * Called once per frame header. `frameStart` is the frame's first byte
 * relative to the chunk being scanned: negative when the header began in an
 * earlier chunk (those bytes are held by the scanner, see `heldHeader`).
 * `ctx` is passed through, so callers need no per-connection closure.
 * Return false to stop scanning before this frame's header is consumed.
 */
export type OnFrame<T = undefined> = (scanner: FrameScanner, frameStart: number, ctx: T) => boolean;

const NO_BYTES = new Uint8Array(0);

/** Incremental header scanner for one direction of one connection. */
export class FrameScanner {
  // The frame whose header was read last (valid from its onFrame call on).
  fin = false;
  rsv = 0;
  opcode = 0;
  masked = false;
  payloadLength = 0;
  headerLength = 0;
  /** Payload bytes of the current frame not yet scanned. */
  payloadLeft = 0;
  /** A data message was started by a non-FIN frame and its FIN frame has not ended yet. */
  inMessage = false;
  /** Opcode (text/binary) of the data message in progress, or of the last data frame. */
  messageOpcode = 0;
  /** Frame headers accepted so far (the per-session frame counter). */
  frames = 0;
  /** Offset in the last scanned chunk just after the last message boundary, or -1. */
  lastBoundary = -1;
  /**
   * Last payload bytes (≤ 3) of the text message in progress, kept only with
   * `trackTextTail`: enough to finish a UTF-8 sequence cut by a failover.
   */
  textTail: Uint8Array = NO_BYTES;
  textTailLength = 0;
  /**
   * With `validateText`: a text message or close reason was not UTF-8. The
   * scan stopped before the run holding the bad byte (see utf8.ts).
   */
  invalidText = false;
  /** The data message in progress is compressed (RSV1 on its first frame, permessage-deflate). */
  messageCompressed = false;
  /**
   * With `validateText`: the close code of the last close frame (0 without one, or until its
   * two bytes are read); `badCloseCode` is set, and the scan stopped, if it may not be sent.
   */
  closeCode = 0;
  badCloseCode = false;
  #utf8 = UTF8_ACCEPT; // the text message in progress
  #closeUtf8 = UTF8_ACCEPT; // the close frame in progress (a control frame may sit inside a message)
  #maskKey: Uint8Array = NO_BYTES;
  // Only a header split across reads is copied here, so most scanners never allocate it.
  #header: Uint8Array | null = null;
  #have = 0; // header bytes gathered for the next frame
  #need = 2; // header bytes the next frame needs (known after 2 bytes)

  /** The current frame's header was accepted in this scan call (not forwarded yet). */
  #headerThisScan = false;

  constructor(readonly trackTextTail = false, private validateText = false) {
    if (validateText) this.#maskKey = new Uint8Array(4);
  }

  /** Stops checking text (a session being drained only looks for the client's close). */
  stopValidating(): void {
    this.validateText = false;
  }

  /** Bytes of a header that started but did not finish in the chunks scanned so far. */
  get heldHeader(): Uint8Array {
    return this.#header ? this.#header.subarray(0, this.#have) : NO_BYTES;
  }

  /** `heldHeader.length`, without making a view. */
  get heldLength(): number {
    return this.#have;
  }

  /** Between frames: no payload pending and no partial header. */
  get atFrameBoundary(): boolean {
    return this.payloadLeft === 0 && this.#have === 0;
  }

  /** Between messages: a frame boundary outside any fragmented message. */
  get atMessageBoundary(): boolean {
    return this.payloadLeft === 0 && this.#have === 0 && !this.inMessage;
  }

  /**
   * Forgets the stream: a new upstream starts at a message boundary. Bytes of
   * a held partial header are dropped (they were never forwarded).
   */
  reset(): void {
    this.payloadLeft = 0;
    this.inMessage = false;
    this.textTailLength = 0;
    this.#have = 0;
    this.#need = 2;
  }

  /**
   * Scans `chunk[start, end)`. Returns `end`, or the (possibly negative)
   * start offset of the frame whose onFrame returned false, or (with
   * `validateText`, `invalidText` then set) the start of the frame, or of
   * the payload run in this chunk, holding bytes that are not UTF-8.
   */
  scan<T>(chunk: Uint8Array, start: number, end: number, onFrame: OnFrame<T>, ctx?: T): number {
    this.lastBoundary = -1;
    this.#headerThisScan = false;
    let i = start;
    while (i < end) {
      if (this.payloadLeft > 0) {
        const take = Math.min(this.payloadLeft, end - i);
        if (this.validateText && !this.#textValid(chunk, i, i + take)) {
          // Part of the frame (its header, in an earlier read) is out already: stop here.
          if (this.payloadLeft < this.payloadLength || !this.#headerThisScan) return i;
          // None of it is: refuse the whole frame, header too, so the agent gets whole frames only.
          this.payloadLeft = 0;
          return i - this.headerLength;
        }
        if (this.trackTextTail) this.#keepTextTail(chunk, i, i + take);
        this.payloadLeft -= take;
        i += take;
        if (this.payloadLeft === 0) this.#frameEnded(i);
        continue;
      }
      if (this.#have === 0 && end - i >= 2) {
        // Fast path: the whole header is in this chunk; read it in place.
        const need = headerSize(chunk[i + 1]!);
        if (end - i >= need) {
          this.#parseHeader(chunk, i, need);
          i += need;
          if (!this.#accept(i, onFrame, ctx as T)) return i - need;
          continue;
        }
      }
      const header = this.#header ??= new Uint8Array(MAX_HEADER_BYTES);
      header[this.#have++] = chunk[i++]!;
      if (this.#have === 2) this.#need = headerSize(header[1]!);
      if (this.#have < this.#need || this.#have < 2) continue;
      this.#parseHeader(header, 0, this.#need);
      if (!this.#accept(i, onFrame, ctx as T)) return i - this.headerLength;
    }
    return end;
  }

  /** After a header ending at `i`: ask the caller, then expect its payload. */
  #accept<T>(i: number, onFrame: OnFrame<T>, ctx: T): boolean {
    if (this.validateText && !this.#emptyFrameValid()) {
      this.#have = 0;
      this.#need = 2;
      return false;
    }
    const ok = onFrame(this, i - this.headerLength, ctx);
    // Refused or not, the gathered header bytes are done with.
    this.#have = 0;
    this.#need = 2;
    if (!ok) return false;
    this.#headerThisScan = true;
    this.frames++;
    this.payloadLeft = this.payloadLength;
    if (this.opcode < 8 && this.opcode !== OP_CONTINUATION) {
      this.messageOpcode = this.opcode;
      this.messageCompressed = (this.rsv & 4) !== 0;
      if (this.trackTextTail) this.textTailLength = 0;
      this.#utf8 = UTF8_ACCEPT;
    }
    if (this.opcode === OP_CLOSE) {
      this.#closeUtf8 = UTF8_ACCEPT;
      this.closeCode = 0;
    }
    if (this.payloadLength === 0) this.#frameEnded(i);
    return true;
  }

  #parseHeader(h: Uint8Array, at: number, size: number): void {
    const b0 = h[at]!;
    const b1 = h[at + 1]!;
    this.fin = (b0 & 0x80) !== 0;
    this.rsv = (b0 & 0x70) >> 4;
    this.opcode = b0 & 0x0f;
    this.masked = (b1 & 0x80) !== 0;
    const len7 = b1 & 0x7f;
    if (len7 < 126) this.payloadLength = len7;
    else if (len7 === 126) this.payloadLength = (h[at + 2]! << 8) | h[at + 3]!;
    else {
      // 64-bit length: above 2^53 cannot be exact, but any such frame is far over any limit.
      const hi = ((h[at + 2]! << 24) | (h[at + 3]! << 16) | (h[at + 4]! << 8) | h[at + 5]!) >>> 0;
      const lo = ((h[at + 6]! << 24) | (h[at + 7]! << 16) | (h[at + 8]! << 8) | h[at + 9]!) >>> 0;
      this.payloadLength = hi * 0x1_0000_0000 + lo;
    }
    this.headerLength = size;
    if (this.validateText && this.masked) {
      const k = this.#maskKey;
      k[0] = h[at + size - 4]!;
      k[1] = h[at + size - 3]!;
      k[2] = h[at + size - 2]!;
      k[3] = h[at + size - 1]!;
    }
  }

  /**
   * Validates payload bytes `[from, to)` of the current frame: a text
   * message's, or a close frame's reason (after its 2-byte code). Only
   * masked frames are checked (unmasked client frames are refused anyway).
   */
  #textValid(chunk: Uint8Array, from: number, to: number): boolean {
    if (this.invalidText || this.badCloseCode || !this.masked) return true;
    const op = this.opcode;
    const done = this.payloadLength - this.payloadLeft; // payload bytes before `from`
    const ends = to - from === this.payloadLeft;
    if (op === OP_CLOSE) {
      const skip = Math.max(0, 2 - done); // the close code
      for (let i = 0; i < skip && from + i < to; i++) {
        this.closeCode = (this.closeCode << 8) |
          (chunk[from + i]! ^ this.#maskKey[(done + i) & 3]!);
        if (done + i === 1 && !isReceivableCloseCode(this.closeCode)) {
          this.badCloseCode = true;
          return false;
        }
      }
      if (from + skip < to) {
        this.#closeUtf8 = utf8ScanMasked(
          this.#closeUtf8,
          chunk,
          from + skip,
          to,
          this.#maskKey,
          done + skip,
        );
      }
      return this.#verdict(this.#closeUtf8, ends);
    }
    // A compressed message is checked by the agent once inflated: the edge never inflates.
    if (op >= 8 || this.messageOpcode !== OP_TEXT || this.messageCompressed) return true;
    this.#utf8 = utf8ScanMasked(this.#utf8, chunk, from, to, this.#maskKey, done);
    return this.#verdict(this.#utf8, ends && this.fin);
  }

  /** A zero-length final frame may end a text message in the middle of a character. */
  #emptyFrameValid(): boolean {
    if (this.invalidText || this.payloadLength !== 0 || !this.fin) return true;
    if (this.opcode !== OP_CONTINUATION || this.messageOpcode !== OP_TEXT) return true;
    if (this.messageCompressed) return true;
    return this.#verdict(this.#utf8, true);
  }

  #verdict(state: number, complete: boolean): boolean {
    if (state === UTF8_REJECT || (complete && state !== UTF8_ACCEPT)) this.invalidText = true;
    return !this.invalidText;
  }

  #frameEnded(at: number): void {
    if (this.opcode < 8) this.inMessage = !this.fin;
    if (!this.inMessage) this.lastBoundary = at;
  }

  #keepTextTail(chunk: Uint8Array, from: number, to: number): void {
    if (this.messageOpcode !== OP_TEXT || this.opcode >= 8 || this.masked) return;
    if (this.textTail.length === 0) this.textTail = new Uint8Array(3);
    const t = this.textTail;
    for (let i = Math.max(from, to - 3); i < to; i++) {
      if (this.textTailLength === 3) {
        t[0] = t[1]!;
        t[1] = t[2]!;
        this.textTailLength = 2;
      }
      t[this.textTailLength++] = chunk[i]!;
    }
  }
}

/**
 * Close codes a peer may put on the wire (RFC 6455 §7.4, the IANA registry): 1004–1006 and 1015
 * are reserved for reports, 1016–2999 unassigned, below 1000 unused.
 */
export function isReceivableCloseCode(code: number): boolean {
  return (code >= 1000 && code <= 1014 && (code < 1004 || code > 1006)) ||
    (code >= 3000 && code <= 4999);
}

/** Header size from its second byte: 2, plus 2 or 8 length bytes, plus 4 mask-key bytes. */
function headerSize(b1: number): number {
  const len7 = b1 & 0x7f;
  return 2 + (len7 === 126 ? 2 : len7 === 127 ? 8 : 0) + (b1 & 0x80 ? 4 : 0);
}
