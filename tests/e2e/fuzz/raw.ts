/**
 * Raw TCP to the node's port: write exactly the bytes a case wants (broken
 * heads, garbage, frames nobody's WebSocket class would send) and read what
 * comes back, each connection bounded by a deadline so nothing can hang the
 * test. Also a tiny parser for what the node answers: an HTTP response, or a
 * 101 followed by server frames.
 */

import { pause } from "../../support/time.ts";

const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder();
const encoder = new TextEncoder();

export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export type End = "eof" | "reset" | "timeout" | "open";

/** A raw connection whose reads are collected in the background. */
export class RawConn {
  readonly #conn: Deno.TcpConn;
  #chunks: Uint8Array[] = [];
  #length = 0;
  #flat: Uint8Array | null = null;
  #ended: End = "open";
  #closedByUs = false;
  #timedOut = false;
  #wake: (() => void) | null = null;
  readonly #pump: Promise<void>;
  readonly #deadline: ReturnType<typeof setTimeout>;

  private constructor(conn: Deno.TcpConn, deadlineMs: number) {
    this.#conn = conn;
    this.#deadline = setTimeout(() => {
      this.#timedOut = true;
      this.close();
    }, deadlineMs);
    this.#pump = this.#read();
  }

  /** Connects; the whole exchange (connect to close) is bounded by `deadlineMs`. */
  static async open(port: number, deadlineMs: number): Promise<RawConn> {
    const conn = await Deno.connect({ hostname: "127.0.0.1", port });
    return new RawConn(conn, deadlineMs);
  }

  async #read(): Promise<void> {
    const buf = new Uint8Array(65536);
    try {
      for (;;) {
        const n = await this.#conn.read(buf);
        if (n === null) {
          this.#ended = "eof";
          break;
        }
        this.#chunks.push(buf.slice(0, n));
        this.#length += n;
        this.#flat = null;
        this.#notify();
      }
    } catch {
      this.#ended = this.#timedOut ? "timeout" : this.#closedByUs ? "eof" : "reset";
    }
    if (this.#timedOut) this.#ended = "timeout";
    this.#notify();
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  /** Everything received so far. */
  get bytes(): Uint8Array {
    if (!this.#flat) {
      this.#flat = concat(this.#chunks);
      this.#chunks = [this.#flat];
    }
    return this.#flat;
  }

  get length(): number {
    return this.#length;
  }

  /** "open" while the peer has not ended the connection. */
  get ended(): End {
    return this.#ended;
  }

  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** Writes all of `bytes`; false if the peer is gone. */
  async write(bytes: Uint8Array): Promise<boolean> {
    try {
      let off = 0;
      while (off < bytes.length) off += await this.#conn.write(bytes.subarray(off));
      return true;
    } catch {
      return false;
    }
  }

  /** Writes `bytes` in pieces of random sizes with a short pause between some of them. */
  async writeSplit(
    bytes: Uint8Array,
    cutAt: (remaining: number) => number,
    pauseMs = 0,
  ): Promise<boolean> {
    let off = 0;
    while (off < bytes.length) {
      const n = Math.max(1, Math.min(bytes.length - off, cutAt(bytes.length - off)));
      if (!await this.write(bytes.subarray(off, off + n))) return false;
      off += n;
      // measures real time: a slow writer, pieces apart in time
      if (pauseMs > 0 && off < bytes.length) await pause(pauseMs);
    }
    return true;
  }

  async closeWrite(): Promise<void> {
    await this.#conn.closeWrite().catch(() => {});
  }

  /** Resolves when `test` holds, the peer ended the connection, or the deadline passed. */
  async until(test: () => boolean): Promise<boolean> {
    for (;;) {
      if (test()) return true;
      if (this.#ended !== "open") return test();
      await new Promise<void>((resolve) => this.#wake = resolve);
    }
  }

  close(): void {
    if (this.#closedByUs) return;
    this.#closedByUs = true;
    try {
      this.#conn.close();
    } catch { /* closed */ }
  }

  /** Closes (if still open) and waits for the reader: no op outlives the exchange. */
  async finish(): Promise<void> {
    this.close();
    clearTimeout(this.#deadline);
    await this.#pump;
  }
}

/** An HTTP response head (and body, if content-length says how long it is). */
export interface HttpAnswer {
  status: number;
  headers: Map<string, string>;
  headLength: number;
  body?: string;
}

function indexOfHeadEnd(bytes: Uint8Array): number {
  for (let i = 3; i < bytes.length; i++) {
    if (bytes[i] === 10 && bytes[i - 1] === 13 && bytes[i - 2] === 10 && bytes[i - 3] === 13) {
      return i + 1;
    }
  }
  return -1;
}

/** Parses a response head at the start of `bytes`; null while incomplete or not HTTP. */
export function parseAnswer(bytes: Uint8Array): HttpAnswer | null {
  const end = indexOfHeadEnd(bytes);
  if (end < 0) return null;
  const lines = latin1.decode(bytes.subarray(0, end - 4)).split("\r\n");
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? "");
  if (!m) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) {
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  const answer: HttpAnswer = { status: Number(m[1]), headers, headLength: end };
  const length = Number(headers.get("content-length") ?? NaN);
  if (Number.isFinite(length) && bytes.length >= end + length) {
    answer.body = utf8.decode(bytes.subarray(end, end + length));
  }
  return answer;
}

/** Whether an answer is complete: head plus its content-length body. */
export function answerComplete(bytes: Uint8Array): boolean {
  const a = parseAnswer(bytes);
  if (!a) return false;
  if (a.status === 101) return true;
  if (a.headers.has("content-length")) return a.body !== undefined;
  return false;
}

/** A frame the server sent (RFC 6455 §5.2); server frames are not masked. */
export interface ServerFrame {
  fin: boolean;
  opcode: number;
  masked: boolean;
  payload: Uint8Array;
}

/** Frames in `bytes` from `from`; a trailing partial frame is left out. */
export function parseFrames(bytes: Uint8Array, from: number): ServerFrame[] {
  const frames: ServerFrame[] = [];
  let i = from;
  while (i + 2 <= bytes.length) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1]!;
    let len = b1 & 0x7f;
    let at = i + 2;
    if (len === 126) {
      if (at + 2 > bytes.length) break;
      len = (bytes[at]! << 8) | bytes[at + 1]!;
      at += 2;
    } else if (len === 127) {
      if (at + 8 > bytes.length) break;
      const view = new DataView(bytes.buffer, bytes.byteOffset + at, 8);
      len = view.getUint32(0) * 2 ** 32 + view.getUint32(4);
      at += 8;
    }
    const masked = (b1 & 0x80) !== 0;
    let key: Uint8Array | undefined;
    if (masked) {
      if (at + 4 > bytes.length) break;
      key = bytes.subarray(at, at + 4);
      at += 4;
    }
    if (at + len > bytes.length) break;
    const payload = bytes.slice(at, at + len);
    if (key) { for (let k = 0; k < payload.length; k++) payload[k] = payload[k]! ^ key[k & 3]!; }
    frames.push({ fin: (b0 & 0x80) !== 0, opcode: b0 & 0x0f, masked, payload });
    i = at + len;
  }
  return frames;
}

/** The close frame among `frames`, decoded. */
export function closeOf(frames: ServerFrame[]): { code: number; reason: string } | undefined {
  const f = frames.find((x) => x.opcode === 0x8);
  if (!f) return undefined;
  if (f.payload.length < 2) return { code: 1005, reason: "" };
  return {
    code: (f.payload[0]! << 8) | f.payload[1]!,
    reason: utf8.decode(f.payload.subarray(2)),
  };
}

/** Reassembled data messages (text as string, binary as bytes), in order. */
export function messagesOf(frames: ServerFrame[]): (string | Uint8Array)[] {
  const out: (string | Uint8Array)[] = [];
  let parts: Uint8Array[] = [];
  let opcode = 0;
  for (const f of frames) {
    if (f.opcode >= 8) continue;
    if (f.opcode !== 0) {
      opcode = f.opcode;
      parts = [];
    }
    parts.push(f.payload);
    if (f.fin) {
      const whole = concat(parts);
      out.push(opcode === 1 ? utf8.decode(whole) : whole);
      parts = [];
    }
  }
  return out;
}

/** A client frame: masked with a random key unless told otherwise; any header bits allowed. */
export function clientFrame(
  opcode: number,
  payload: Uint8Array,
  options: { fin?: boolean; mask?: boolean; rsv?: number; declaredLength?: number } = {},
): Uint8Array {
  const mask = options.mask ?? true;
  const len = options.declaredLength ?? payload.length;
  const ext = len < 126 ? 0 : len < 0x10000 ? 2 : 8;
  const head = new Uint8Array(2 + ext + (mask ? 4 : 0));
  head[0] = ((options.fin ?? true) ? 0x80 : 0) | ((options.rsv ?? 0) << 4) | (opcode & 0x0f);
  head[1] = (mask ? 0x80 : 0) | (ext === 0 ? len : ext === 2 ? 126 : 127);
  const view = new DataView(head.buffer);
  if (ext === 2) view.setUint16(2, len);
  if (ext === 8) {
    view.setUint32(2, Math.floor(len / 2 ** 32));
    view.setUint32(6, len >>> 0);
  }
  const body = payload.slice();
  if (mask) {
    const key = crypto.getRandomValues(new Uint8Array(4));
    head.set(key, 2 + ext);
    for (let i = 0; i < body.length; i++) body[i] = body[i]! ^ key[i & 3]!;
  }
  return concat([head, body]);
}

export function clientClose(code: number, reason = ""): Uint8Array {
  const r = encoder.encode(reason);
  const payload = new Uint8Array(2 + r.length);
  payload[0] = code >> 8;
  payload[1] = code & 0xff;
  payload.set(r, 2);
  return clientFrame(0x8, payload);
}

/** A random Sec-WebSocket-Key. */
export function wsKey(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** A well-formed upgrade head for `target` with extra header lines. */
export function upgradeHead(target: string, extra: string[] = []): Uint8Array {
  const lines = [
    `GET ${target} HTTP/1.1`,
    "host: 127.0.0.1",
    "upgrade: websocket",
    "connection: Upgrade",
    `sec-websocket-key: ${wsKey()}`,
    "sec-websocket-version: 13",
    ...extra,
  ];
  return latin1Bytes(lines.join("\r\n") + "\r\n\r\n");
}

/**
 * After a 101: reads server frames until a close frame (answered with a close
 * echoing its code, as RFC 6455 asks) and then until the connection ends.
 */
export async function readUntilClosed(
  raw: RawConn,
  from: number,
): Promise<{ frames: ServerFrame[]; close?: { code: number; reason: string } }> {
  await raw.until(() => closeOf(parseFrames(raw.bytes, from)) !== undefined);
  let frames = parseFrames(raw.bytes, from);
  const close = closeOf(frames);
  if (close && raw.ended === "open") {
    const code = close.code >= 1000 && close.code !== 1005 && close.code !== 1006
      ? close.code
      : 1000;
    await raw.write(clientClose(code));
    await raw.until(() => false); // until EOF or the deadline
    frames = parseFrames(raw.bytes, from);
  }
  return close ? { frames, close } : { frames };
}
