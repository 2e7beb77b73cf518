/**
 * The WebSocket opening handshake (RFC 6455 §4) on raw connections, both
 * sides: the edge answering a client's upgrade, and the edge dialling an
 * agent. After it the connection carries frames only, which the tunnel
 * relays as bytes.
 *
 * The only extension is permessage-deflate, and only end to end (deflate.ts):
 * the edge offers the agent what the client offered, constrained to no
 * context takeover, and answers the client with what the agent accepted, so
 * tunnelled bytes mean the same to both ends. Subprotocols are left to the
 * caller (`protocol`).
 */
import { createHash } from "node:crypto";
import { drainUntilClose } from "./close-handshake.ts";
import { acceptedAnswer } from "./deflate.ts";
import { encodeClose } from "./frame-encoding.ts";
import {
  hasToken,
  HeadError,
  type ParsedHead,
  parseHead,
  plainResponse,
  readHead,
} from "./http-head.ts";

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const encoder = new TextEncoder();

function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Sec-WebSocket-Accept for a Sec-WebSocket-Key. node:crypto hashes at once;
 * WebCrypto's promise round trip cost 5% of an open's CPU in a profile.
 */
export function acceptKey(key: string): string {
  return createHash("sha1").update(key + GUID).digest("base64");
}

/** Whether a request asks for a WebSocket (the front door's routing test). */
export function isUpgradeRequest(head: ParsedHead): boolean {
  return hasToken(head.headers, "upgrade", "websocket");
}

export type UpgradeCheck =
  | { ok: true; key: string; protocols: string[] }
  | { ok: false; status: 400 | 426; message: string };

/** Validates an upgrade request (method, version, Connection, Upgrade, Key, Version). */
export function checkUpgrade(head: ParsedHead): UpgradeCheck {
  const h = head.headers;
  if (head.method !== "GET" || head.version !== "HTTP/1.1") {
    return { ok: false, status: 400, message: "WebSocket upgrade needs GET over HTTP/1.1" };
  }
  if (!hasToken(h, "connection", "upgrade") || !hasToken(h, "upgrade", "websocket")) {
    return { ok: false, status: 400, message: "missing Connection: upgrade / Upgrade: websocket" };
  }
  if (h.get("sec-websocket-version") !== "13") {
    return { ok: false, status: 426, message: "Sec-WebSocket-Version must be 13" };
  }
  const key = h.get("sec-websocket-key") ?? "";
  // A key is 16 random bytes in base64: 22 significant characters and "==".
  if (!/^[A-Za-z0-9+/]{22}==$/.test(key)) {
    return { ok: false, status: 400, message: "Sec-WebSocket-Key must be 16 bytes in base64" };
  }
  const protocols = (h.get("sec-websocket-protocol") ?? "").split(",").map((p) => p.trim())
    .filter((p) => p !== "");
  return { ok: true, key, protocols };
}

export async function writeAll(conn: Deno.Conn, bytes: Uint8Array): Promise<void> {
  let off = 0;
  while (off < bytes.length) off += await conn.write(bytes.subarray(off));
}

function closeQuietly(conn: Deno.Conn): void {
  try {
    conn.close();
  } catch { /* already closed */ }
}

export interface AcceptOptions {
  /** Subprotocol to confirm; must be one the client offered. */
  protocol?: string;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /** Sec-WebSocket-Extensions to answer with (the agent's permessage-deflate answer). */
  extensions?: string;
}

/** The 101 for a request `checkUpgrade` passed. */
export function upgradeResponse(key: string, options: AcceptOptions = {}): Uint8Array {
  let out = "HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n" +
    `sec-websocket-accept: ${acceptKey(key)}\r\n`;
  if (options.protocol) out += `sec-websocket-protocol: ${options.protocol}\r\n`;
  if (options.extensions) out += `sec-websocket-extensions: ${options.extensions}\r\n`;
  for (const [name, value] of Object.entries(options.headers ?? {})) out += `${name}: ${value}\r\n`;
  return encoder.encode(out + "\r\n");
}

/**
 * Answers an upgrade request with 101. A bad request gets 400/426 with a
 * JSON error and the connection is closed: then false is returned.
 */
export async function acceptUpgrade(
  conn: Deno.Conn,
  head: ParsedHead,
  options: AcceptOptions = {},
): Promise<boolean> {
  const check = checkUpgrade(head);
  if (!check.ok) {
    const body = JSON.stringify({ error: { code: "bad_upgrade", message: check.message } });
    const extra = check.status === 426 ? "sec-websocket-version: 13\r\n" : "";
    const reason = check.status === 426 ? "Upgrade Required" : "Bad Request";
    await writeAll(conn, plainResponse(check.status, reason, body, extra)).catch(() => {});
    closeQuietly(conn);
    return false;
  }
  await writeAll(conn, upgradeResponse(check.key, options));
  return true;
}

/**
 * Refuses a session the way the contract says: accept the upgrade, send a
 * close frame with the code and reason (4001, 4003, 4004, 4008, 4009, 4013
 * …), wait briefly for the client's close, then close the connection.
 * Browsers only show close codes, never an HTTP status of a failed upgrade.
 */
export async function refuseUpgrade(
  conn: Deno.Conn,
  head: ParsedHead,
  code: number,
  reason: string,
  leftover: Uint8Array = new Uint8Array(0),
  timeoutMs = 2000,
): Promise<void> {
  try {
    if (!await acceptUpgrade(conn, head)) return;
    await writeAll(conn, encodeClose(code, reason));
    await drainUntilClose(conn, leftover, timeoutMs);
  } catch { /* the client left first: nothing more to tell it */ }
  closeQuietly(conn);
}

export interface DialOptions {
  /** Extra request headers, e.g. x-switchboard-session and authorization. */
  headers?: Record<string, string>;
  protocols?: string[];
  /** Bound on connect plus handshake (default 5 s): an agent that accepts TCP and stalls. */
  timeoutMs?: number;
  maxHeaderBytes?: number;
  /** Extra trusted CA certificates (PEM) for wss:// agents behind a private CA. */
  caCerts?: string[];
  /** A permessage-deflate offer (deflate.ts's agentOffer); the answer is checked against it. */
  extensions?: string;
}

export interface DialedAgent {
  conn: Deno.Conn;
  /** Bytes the agent sent after its 101 (early frames): relay them first. */
  leftover: Uint8Array;
  response: ParsedHead;
  /** The agent's permessage-deflate answer (canonical), if it accepted the offer. */
  extensions?: string;
}

/** Why dialling an agent failed: the edge treats each as "this agent cannot take the session". */
export class DialError extends Error {
  constructor(
    readonly kind: "connect" | "timeout" | "rejected" | "protocol",
    message: string,
    /** The agent's HTTP status when it answered the upgrade with something other than 101. */
    readonly status?: number,
  ) {
    super(message);
    this.name = "DialError";
  }
}

/** Opens a WebSocket to an agent: ws://host:port/path?query (wss:// over TLS). */
export async function dialWebSocket(
  url: string | URL,
  options: DialOptions = {},
): Promise<DialedAgent> {
  const target = new URL(url);
  if (target.protocol !== "ws:" && target.protocol !== "wss:") {
    throw new DialError("protocol", `not a WebSocket URL: ${target.href}`);
  }
  const tls = target.protocol === "wss:";
  const port = Number(target.port || (tls ? 443 : 80));
  const hostname = target.hostname.replace(/^\[(.*)\]$/, "$1");
  const timeoutMs = options.timeoutMs ?? 5000;
  const abort = new AbortController();
  let conn: Deno.Conn | undefined;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
    if (conn) closeQuietly(conn);
  }, timeoutMs);
  try {
    try {
      conn = tls
        ? await Deno.connectTls({ hostname, port, caCerts: options.caCerts })
        : await Deno.connect({ hostname, port, signal: abort.signal });
    } catch (e) {
      throw new DialError(timedOut ? "timeout" : "connect", `connect to ${target.host}: ${e}`);
    }
    if (timedOut) throw new DialError("timeout", `connect to ${target.host} timed out`);
    if (!tls) (conn as Deno.TcpConn).setNoDelay(true);
    const keyBytes = crypto.getRandomValues(new Uint8Array(16));
    const key = base64(keyBytes);
    let req = `GET ${target.pathname}${target.search} HTTP/1.1\r\nhost: ${target.host}\r\n` +
      `upgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-key: ${key}\r\n` +
      "sec-websocket-version: 13\r\n";
    if (options.extensions) req += `sec-websocket-extensions: ${options.extensions}\r\n`;
    if (options.protocols?.length) {
      req += `sec-websocket-protocol: ${options.protocols.join(", ")}\r\n`;
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      req += `${name}: ${value}\r\n`;
    }
    let got;
    try {
      await writeAll(conn, encoder.encode(req + "\r\n"));
      got = await readHead(conn, options.maxHeaderBytes ?? 16384);
    } catch (e) {
      if (timedOut) {
        throw new DialError(
          "timeout",
          `${target.host} did not complete the handshake in ${timeoutMs} ms`,
        );
      }
      if (e instanceof HeadError) throw new DialError("protocol", `${target.host}: ${e.message}`);
      throw new DialError("connect", `${target.host}: ${e}`);
    }
    if (got === null) {
      if (timedOut) {
        throw new DialError(
          "timeout",
          `${target.host} did not complete the handshake in ${timeoutMs} ms`,
        );
      }
      throw new DialError("rejected", `${target.host} closed the connection during the handshake`);
    }
    let response: ParsedHead;
    try {
      response = parseHead(got.head, true);
    } catch (e) {
      throw new DialError("protocol", `${target.host}: ${(e as Error).message}`);
    }
    if (response.status !== 101) {
      throw new DialError(
        "rejected",
        `${target.host} answered ${response.status} instead of 101`,
        response.status,
      );
    }
    if (response.headers.get("sec-websocket-accept") !== acceptKey(key)) {
      throw new DialError("protocol", `${target.host} sent a wrong Sec-WebSocket-Accept`);
    }
    let extensions: string | undefined;
    try {
      extensions = acceptedAnswer(
        options.extensions,
        response.headers.get("sec-websocket-extensions"),
      );
    } catch (e) {
      throw new DialError("protocol", `${target.host} ${(e as Error).message}`);
    }
    clearTimeout(timer);
    return { conn, leftover: got.leftover, response, ...(extensions ? { extensions } : {}) };
  } catch (e) {
    clearTimeout(timer);
    if (conn) closeQuietly(conn);
    throw e;
  }
}
