/**
 * The edge's TCP listener. Deno.serve cannot hand over a raw socket after a
 * WebSocket upgrade (only a WebSocket object, which parses, unmasks and
 * re-frames every message), so the edge owns the listener and reads each
 * connection's first request head itself:
 *
 * - a WebSocket upgrade on a WebSocket route: the raw connection goes to
 *   `onWebSocket`, which answers the handshake and relays bytes (./tunnel.ts);
 * - anything else: the connection is spliced, head first, to an internal
 *   Deno.serve on 127.0.0.1 that runs `fallback` (the hono app), so HTTP
 *   parsing, keep-alive, chunked bodies and streaming stay Deno's.
 *
 * The client's address reaches `fallback` as `x-switchboard-peer`. It is
 * not written into the byte stream (later requests on a keep-alive
 * connection would go unmarked, and a client could send its own): the
 * internal server sees each spliced connection from a distinct local port,
 * and that port maps to the client's address. Any incoming
 * `x-switchboard-peer` is replaced. What the splice costs an API request:
 * src/edge/README.md.
 */
import { PEER_HEADER } from "../../security/peer-header.ts";
import { releaseBuffer, takeBuffer } from "./buffer-pool.ts";
import { isUpgradeRequest } from "./handshake.ts";
import { HeadError, type ParsedHead, parseHead, plainResponse, readHead } from "./http-head.ts";

export interface FrontDoorOptions {
  hostname?: string;
  /** 0 picks a free port (see `addr`). */
  port?: number;
  tls?: { cert: string; key: string };
  /** Request heads larger than this get 431 (default 16 KiB). */
  maxHeaderBytes?: number;
  /** Time for a new connection to send its whole head; then it is closed (default 10 s). */
  handshakeTimeoutMs?: number;
  isWebSocketRoute(path: string): boolean;
  /** Owns `conn` from here on: answer the handshake (handshake.ts), then relay or refuse. */
  onWebSocket(request: ParsedHead, conn: Deno.Conn, leftover: Uint8Array, peer: string): unknown;
  fallback(req: Request): Response | Promise<Response>;
}

export interface FrontDoor {
  readonly addr: Deno.NetAddr;
  /** Stops accepting, closes spliced HTTP connections and the internal server. */
  close(): Promise<void>;
}

const RETRY_ACCEPT_MS = 50;

function closeQuietly(conn: Deno.Conn): void {
  try {
    conn.close();
  } catch { /* already closed */ }
}

async function writeAll(conn: Deno.Conn, bytes: Uint8Array): Promise<void> {
  let off = 0;
  while (off < bytes.length) off += await conn.write(bytes.subarray(off));
}

/**
 * Copies src to dst until EOF, then half-closes dst (HTTP clients may close
 * their write side). Pool buffers, small while idle, as the relay's: an idle
 * keep-alive connection pins 1 KiB, not 32.
 */
async function pipe(src: Deno.Conn, dst: Deno.Conn): Promise<void> {
  let wantLarge = false;
  for (;;) {
    const buf = takeBuffer(wantLarge);
    try {
      const n = await src.read(buf);
      if (n === null) break;
      wantLarge = n === buf.length;
      await writeAll(dst, buf.subarray(0, n));
    } finally {
      releaseBuffer(buf);
    }
  }
  await dst.closeWrite().catch(() => {});
}

/**
 * Answers and closes after a bad head. The client may still be sending (a
 * 431 head is cut short); closing with unread bytes would reset the
 * connection and could destroy the answer, so stop writing, discard input
 * briefly, then close.
 */
async function answerAndClose(conn: Deno.Conn, response: Uint8Array): Promise<void> {
  const timer = setTimeout(() => closeQuietly(conn), 500);
  try {
    await writeAll(conn, response);
    await conn.closeWrite();
    const sink = new Uint8Array(4096);
    while (await conn.read(sink) !== null) { /* discard */ }
  } catch { /* reset or closed by the timer */ }
  clearTimeout(timer);
  closeQuietly(conn);
}

function noDelay(conn: Deno.Conn): void {
  if ("setNoDelay" in conn) (conn as Deno.TcpConn).setNoDelay(true);
}

export function startFrontDoor(options: FrontDoorOptions): Promise<FrontDoor> {
  const maxHeaderBytes = options.maxHeaderBytes ?? 16384;
  const handshakeTimeoutMs = options.handshakeTimeoutMs ?? 10_000;
  const peers = new Map<number, string>();
  const spliced = new Set<Deno.Conn>();
  const handlers = new Set<Promise<void>>();
  let closing = false;

  const internal = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req, info) => {
    const peer = peers.get(info.remoteAddr.port) ?? info.remoteAddr.hostname;
    const headers = new Headers(req.headers);
    headers.set(PEER_HEADER, peer);
    if (
      headers.get("upgrade")?.toLowerCase() === "websocket" &&
      options.isWebSocketRoute(new URL(req.url).pathname)
    ) {
      // Only a connection's first request can become a relayed WebSocket.
      const body = {
        error: {
          code: "fresh_connection_needed",
          message: "open the WebSocket on a new connection",
        },
      };
      return Response.json(body, { status: 400, headers: { connection: "close" } });
    }
    // A new Request from the parts: copying `req` whole would also copy its abort signal.
    let forwarded: Request;
    try {
      forwarded = new Request(req.url, { method: req.method, headers, body: req.body });
    } catch {
      // CONNECT, TRACE and non-canonical methods cannot be Requests: refuse them plainly.
      const error = {
        code: "method_not_allowed",
        message: `method ${req.method} is not supported`,
      };
      return Response.json({ error }, { status: 405 });
    }
    return options.fallback(forwarded);
  });
  const internalPort = internal.addr.port;

  const listener: Deno.Listener = options.tls
    ? Deno.listenTls({
      hostname: options.hostname ?? "127.0.0.1",
      port: options.port ?? 0,
      ...options.tls,
    })
    : Deno.listen({ hostname: options.hostname ?? "127.0.0.1", port: options.port ?? 0 });

  async function splice(conn: Deno.Conn, head: Uint8Array, leftover: Uint8Array, peer: string) {
    let inner: Deno.Conn;
    try {
      inner = await Deno.connect({ hostname: "127.0.0.1", port: internalPort });
    } catch {
      await writeAll(
        conn,
        plainResponse(
          503,
          "Service Unavailable",
          '{"error":{"code":"unavailable","message":"api unavailable"}}',
        ),
      ).catch(() => {});
      return closeQuietly(conn);
    }
    noDelay(inner);
    const localPort = (inner.localAddr as Deno.NetAddr).port;
    peers.set(localPort, peer);
    spliced.add(conn).add(inner);
    try {
      const first = new Uint8Array(head.length + leftover.length);
      first.set(head);
      first.set(leftover, head.length);
      await writeAll(inner, first);
      await Promise.all([pipe(conn, inner), pipe(inner, conn)]);
    } catch { /* either side reset: close both */ }
    peers.delete(localPort);
    spliced.delete(conn);
    spliced.delete(inner);
    closeQuietly(conn);
    closeQuietly(inner);
  }

  async function handle(conn: Deno.Conn): Promise<void> {
    const peer = (conn.remoteAddr as Deno.NetAddr).hostname;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      closeQuietly(conn);
    }, handshakeTimeoutMs);
    spliced.add(conn); // closed by close() while its head is still coming
    let got: { head: Uint8Array; leftover: Uint8Array } | null = null;
    let head: ParsedHead | null = null;
    let error: HeadError | null = null;
    try {
      got = await readHead(conn, maxHeaderBytes);
      if (got) head = parseHead(got.head);
    } catch (e) {
      if (e instanceof HeadError) error = e;
    }
    clearTimeout(timer);
    spliced.delete(conn);
    if (timedOut || closing) return closeQuietly(conn);
    if (error) {
      const reason = error.status === 431 ? "Request Header Fields Too Large" : "Bad Request";
      const code = error.status === 431 ? "header_too_large" : "bad_request";
      const body = JSON.stringify({ error: { code, message: error.message } });
      return answerAndClose(conn, plainResponse(error.status, reason, body));
    }
    if (!got || !head) return closeQuietly(conn);
    noDelay(conn);
    if (isUpgradeRequest(head) && options.isWebSocketRoute(head.path)) {
      // Not awaited: the session outlives this handler (and close() waits for handlers).
      Promise.resolve(options.onWebSocket(head, conn, got.leftover, peer)).catch(() =>
        closeQuietly(conn)
      );
      return;
    }
    await splice(conn, got.head, got.leftover, peer);
  }

  const accepting = (async () => {
    while (!closing) {
      let conn: Deno.Conn;
      try {
        conn = await listener.accept();
      } catch {
        if (closing) break;
        // Out of file descriptors or a transient error: breathe, keep serving.
        await new Promise((r) => setTimeout(r, RETRY_ACCEPT_MS));
        continue;
      }
      const h = handle(conn).catch(() => closeQuietly(conn)).finally(() => handlers.delete(h));
      handlers.add(h);
    }
  })();

  return Promise.resolve({
    addr: listener.addr as Deno.NetAddr,
    async close() {
      closing = true;
      try {
        listener.close();
      } catch { /* closed */ }
      await accepting;
      for (const conn of spliced) closeQuietly(conn);
      while (handlers.size > 0) await Promise.all([...handlers]);
      await internal.shutdown();
    },
  });
}
