/**
 * WebSocket frame headers, read incrementally from a byte stream without
 * touching payload bytes (RFC 6455 §5.2), and the few frames the edge writes
 * itself.
 *
 * The relay tunnels bytes: a chunk read from one socket is written unchanged
 * to the other. The scanner only walks headers so the tunnel can count
 * frames, refuse oversize ones before a byte of them is forwarded, and know
 * where frame and message boundaries are (clean cut points for failover and
 * injection). Payload is skipped by arithmetic, so per-chunk cost is a few
 * header bytes however large the frame.
 */

export const OP_CONTINUATION = 0x0;
export const OP_TEXT = 0x1;
export const OP_BINARY = 0x2;
export const OP_CLOSE = 0x8;
export const OP_PING = 0x9;
export const OP_PONG = 0xa;

/** Largest header: 2 bytes + 8-byte length + 4-byte mask key. */
export const MAX_HEADER_BYTES = 14;

/**
 * Called once per frame header. `frameStart` is the frame's first byte
 * relative to the chunk being scanned: negative when the header began in an
 * earlier chunk (those bytes are held by the scanner, see `heldHeader`).
 * Return false to stop scanning before this frame's header is consumed.
 */
export type OnFrame = (scanner: FrameScanner, frameStart: number) => boolean;

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
  textTail = new Uint8Array(3);
  textTailLength = 0;
  readonly #header = new Uint8Array(MAX_HEADER_BYTES);
  #have = 0; // header bytes gathered for the next frame
  #need = 2; // header bytes the next frame needs (known after 2 bytes)

  constructor(readonly trackTextTail = false) {}

  /** Bytes of a header that started but did not finish in the chunks scanned so far. */
  get heldHeader(): Uint8Array {
    return this.#header.subarray(0, this.#have);
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
   * start offset of the frame whose onFrame returned false.
   */
  scan(chunk: Uint8Array, start: number, end: number, onFrame: OnFrame): number {
    this.lastBoundary = -1;
    let i = start;
    while (i < end) {
      if (this.payloadLeft > 0) {
        const take = Math.min(this.payloadLeft, end - i);
        if (this.trackTextTail) this.#keepTextTail(chunk, i, i + take);
        this.payloadLeft -= take;
        i += take;
        if (this.payloadLeft === 0) this.#frameEnded(i);
        continue;
      }
      this.#header[this.#have++] = chunk[i++]!;
      if (this.#have === 2) {
        const len7 = this.#header[1]! & 0x7f;
        this.#need = 2 + (len7 === 126 ? 2 : len7 === 127 ? 8 : 0) +
          (this.#header[1]! & 0x80 ? 4 : 0);
      }
      if (this.#have < this.#need || this.#have < 2) continue;
      this.#parseHeader();
      const frameStart = i - this.headerLength;
      if (!onFrame(this, frameStart)) {
        // Leave the scanner as before this header so the caller can stop cleanly.
        this.#have = 0;
        this.#need = 2;
        return frameStart;
      }
      this.#have = 0;
      this.#need = 2;
      this.frames++;
      this.payloadLeft = this.payloadLength;
      if (this.opcode < 8) {
        if (this.opcode !== OP_CONTINUATION) this.messageOpcode = this.opcode;
        if (this.trackTextTail && this.opcode !== OP_CONTINUATION) this.textTailLength = 0;
      }
      if (this.payloadLength === 0) this.#frameEnded(i);
    }
    return end;
  }

  #parseHeader(): void {
    const h = this.#header;
    this.fin = (h[0]! & 0x80) !== 0;
    this.rsv = (h[0]! & 0x70) >> 4;
    this.opcode = h[0]! & 0x0f;
    this.masked = (h[1]! & 0x80) !== 0;
    const len7 = h[1]! & 0x7f;
    if (len7 < 126) this.payloadLength = len7;
    else if (len7 === 126) this.payloadLength = (h[2]! << 8) | h[3]!;
    else {
      // 64-bit length: above 2^53 cannot be exact, but any such frame is far over any limit.
      const hi = ((h[2]! << 24) | (h[3]! << 16) | (h[4]! << 8) | h[5]!) >>> 0;
      const lo = ((h[6]! << 24) | (h[7]! << 16) | (h[8]! << 8) | h[9]!) >>> 0;
      this.payloadLength = hi * 0x1_0000_0000 + lo;
    }
    this.headerLength = this.#need;
  }

  #frameEnded(at: number): void {
    if (this.opcode < 8) this.inMessage = !this.fin;
    if (!this.inMessage) this.lastBoundary = at;
  }

  #keepTextTail(chunk: Uint8Array, from: number, to: number): void {
    if (this.messageOpcode !== OP_TEXT || this.opcode >= 8 || this.masked) return;
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
