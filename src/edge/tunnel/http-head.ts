/**
 * Reading and parsing an HTTP/1.1 message head off a raw connection: the
 * request line or status line and the header fields, up to the blank line.
 * Used by the front door (requests) and by the agent dialer (the 101).
 * Bounded in size so a client cannot make the edge buffer without limit.
 */

/** A parsed request or response head. */
export interface ParsedHead {
  /** Request method, or "" for a response. */
  method: string;
  /** Request target as sent (path and query), or "" for a response. */
  target: string;
  /** Path part of the target, without the query. */
  path: string;
  /** Query part of the target, without the "?", or "". */
  query: string;
  /** "HTTP/1.1" or "HTTP/1.0". */
  version: string;
  /** Response status, or 0 for a request. */
  status: number;
  headers: Headers;
  /** The head's bytes as received, final blank line included. */
  raw: Uint8Array;
}

/** A head the peer got wrong; `status` is the HTTP answer it deserves. */
export class HeadError extends Error {
  constructor(readonly status: 400 | 431, message: string) {
    super(message);
    this.name = "HeadError";
  }
}

/** Position just after the first CRLFCRLF at or after `from`, or -1. */
function endOfHead(buf: Uint8Array, from: number, to: number): number {
  for (let i = Math.max(from, 3); i < to; i++) {
    if (buf[i] === 10 && buf[i - 1] === 13 && buf[i - 2] === 10 && buf[i - 3] === 13) return i + 1;
  }
  return -1;
}

/**
 * Reads until the end of a head. Returns the head and any bytes read past it
 * (a client's first frames, a pipelined request body), or null on EOF
 * before the first byte. Throws HeadError(431) past `maxBytes`, HeadError(400)
 * on EOF inside a head; read errors propagate.
 */
export async function readHead(
  conn: { read(p: Uint8Array): Promise<number | null> },
  maxBytes: number,
): Promise<{ head: Uint8Array; leftover: Uint8Array } | null> {
  let buf = new Uint8Array(Math.min(2048, maxBytes));
  let len = 0;
  for (;;) {
    if (len === buf.length) {
      if (len >= maxBytes) throw new HeadError(431, `request head larger than ${maxBytes} bytes`);
      const bigger = new Uint8Array(Math.min(buf.length * 2, maxBytes));
      bigger.set(buf);
      buf = bigger;
    }
    const n = await conn.read(buf.subarray(len));
    if (n === null) {
      if (len === 0) return null;
      throw new HeadError(400, "connection ended inside the message head");
    }
    const end = endOfHead(buf, len - 3, len + n);
    len += n;
    if (end >= 0) return { head: buf.slice(0, end), leftover: buf.slice(end, len) };
  }
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const latin1 = new TextDecoder("latin1");

/** Parses a request head (`response` false) or a response head. */
export function parseHead(raw: Uint8Array, response = false): ParsedHead {
  const text = latin1.decode(raw.subarray(0, raw.length - 4));
  const lines = text.split("\r\n");
  const first = lines[0] ?? "";
  const head: ParsedHead = {
    method: "",
    target: "",
    path: "",
    query: "",
    version: "",
    status: 0,
    headers: new Headers(),
    raw,
  };
  if (response) {
    const m = /^(HTTP\/1\.[01]) (\d{3})(?: .*)?$/.exec(first);
    if (!m) throw new HeadError(400, "malformed status line");
    head.version = m[1]!;
    head.status = Number(m[2]);
  } else {
    const m = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+) (\S+) (HTTP\/1\.[01])$/.exec(first);
    if (!m) throw new HeadError(400, "malformed request line");
    head.method = m[1]!;
    head.target = m[2]!;
    head.version = m[3]!;
    const q = head.target.indexOf("?");
    head.path = q < 0 ? head.target : head.target.slice(0, q);
    head.query = q < 0 ? "" : head.target.slice(q + 1);
  }
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(":");
    // No obsolete line folding (RFC 9112 §5.2) and no space before the colon.
    if (colon <= 0 || !TOKEN.test(line.slice(0, colon))) {
      throw new HeadError(400, `malformed header line ${i}`);
    }
    try {
      head.headers.append(line.slice(0, colon), line.slice(colon + 1).trim());
    } catch {
      throw new HeadError(400, `invalid header value on line ${i}`);
    }
  }
  return head;
}

/** Whether a comma-separated header holds `token` (case-insensitive). */
export function hasToken(headers: Headers, name: string, token: string): boolean {
  const value = headers.get(name);
  if (!value) return false;
  return value.split(",").some((t) => t.trim().toLowerCase() === token);
}

const encoder = new TextEncoder();

/** A small complete HTTP/1.1 response that closes the connection. */
export function plainResponse(
  status: number,
  reason: string,
  body: string,
  extra = "",
): Uint8Array {
  const bytes = encoder.encode(body);
  return encoder.encode(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\n` +
      `content-length: ${bytes.length}\r\nconnection: close\r\n${extra}\r\n${body}`,
  );
}
