/** Test helpers: an echo agent, a WebSocket client with a message queue, a raw frame reader. */
import { FrameScanner } from "../../../src/edge/tunnel/frames.ts";

export interface EchoAgent {
  port: number;
  url: string;
  /** Every message the agent received, in order. */
  received: (string | ArrayBuffer)[];
  /** Sessions the agent saw (the x-switchboard-session header). */
  sessions: string[];
  close(): Promise<void>;
}

/** A Deno.serve agent that echoes every text and binary message. */
export function startEchoAgent(): EchoAgent {
  const received: (string | ArrayBuffer)[] = [];
  const sessions: string[] = [];
  const sockets = new Set<WebSocket>();
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
    sessions.push(req.headers.get("x-switchboard-session") ?? "");
    const { socket, response } = Deno.upgradeWebSocket(req);
    socket.binaryType = "arraybuffer";
    sockets.add(socket);
    socket.onmessage = (e) => {
      received.push(e.data);
      socket.send(e.data);
    };
    socket.onclose = () => sockets.delete(socket);
    return response;
  });
  const port = server.addr.port;
  return {
    port,
    url: `ws://127.0.0.1:${port}/agent`,
    received,
    sessions,
    async close() {
      for (const s of sockets) s.close();
      await server.shutdown();
    },
  };
}

export interface Client {
  ws: WebSocket;
  next(timeoutMs?: number): Promise<string | ArrayBuffer>;
  closed: Promise<CloseEvent>;
}

/** Opens a WebSocket and queues what it receives. */
export async function openClient(url: string): Promise<Client> {
  const ws = new WebSocket(url);
  ws.binaryType = "arraybuffer";
  const queue: (string | ArrayBuffer)[] = [];
  const waiters: ((m: string | ArrayBuffer) => void)[] = [];
  ws.onmessage = (e) => {
    const w = waiters.shift();
    if (w) w(e.data);
    else queue.push(e.data);
  };
  const closed = new Promise<CloseEvent>((resolve) => ws.addEventListener("close", resolve));
  await new Promise<void>((resolve, reject) => {
    ws.onopen = () => resolve();
    ws.onerror = (e) => reject(new Error(`websocket error: ${(e as ErrorEvent).message}`));
  });
  return {
    ws,
    closed,
    next(timeoutMs = 5000) {
      const m = queue.shift();
      if (m !== undefined) return Promise.resolve(m);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no message in time")), timeoutMs);
        waiters.push((v) => {
          clearTimeout(timer);
          resolve(v);
        });
      });
    },
  };
}

export interface RawFrame {
  fin: boolean;
  opcode: number;
  masked: boolean;
  payload: Uint8Array;
}

/** Reads whole frames off a raw connection; masked payloads are unmasked. */
export class FrameReader {
  #buf: Uint8Array;
  /** `leftover`: bytes that came with the handshake's answer. */
  constructor(readonly conn: Deno.Conn, leftover: Uint8Array = new Uint8Array(0)) {
    this.#buf = leftover;
  }

  async next(): Promise<RawFrame | null> {
    for (;;) {
      const frame = this.#take();
      if (frame) return frame;
      const chunk = new Uint8Array(65536);
      const n = await this.conn.read(chunk);
      if (n === null) return null;
      const joined = new Uint8Array(this.#buf.length + n);
      joined.set(this.#buf);
      joined.set(chunk.subarray(0, n), this.#buf.length);
      this.#buf = joined;
    }
  }

  #take(): RawFrame | null {
    const s = new FrameScanner();
    let first:
      | { fin: boolean; opcode: number; masked: boolean; header: number; end: number }
      | null = null;
    s.scan(this.#buf, 0, this.#buf.length, (sc, start) => {
      if (start !== 0) return false;
      const end = sc.headerLength + sc.payloadLength;
      first = { fin: sc.fin, opcode: sc.opcode, masked: sc.masked, header: sc.headerLength, end };
      return true;
    });
    const f = first as {
      fin: boolean;
      opcode: number;
      masked: boolean;
      header: number;
      end: number;
    } | null;
    if (!f || f.end > this.#buf.length) return null;
    const payload = this.#buf.slice(f.header, f.end);
    if (f.masked) {
      const key = this.#buf.subarray(f.header - 4, f.header);
      for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ key[i & 3]!;
    }
    this.#buf = this.#buf.slice(f.end);
    return { fin: f.fin, opcode: f.opcode, masked: f.masked, payload };
  }
}

import { acceptUpgrade, dialWebSocket } from "../../../src/edge/tunnel/handshake.ts";
import { parseHead, readHead } from "../../../src/edge/tunnel/http-head.ts";
import { Tunnel, type TunnelOptions } from "../../../src/edge/tunnel/tunnel.ts";

/** A raw WebSocket server: accepts upgrades and hands each raw conn (after the 101) to the test. */
export function rawAgent(): {
  port: number;
  url: string;
  next(): Promise<Deno.Conn>;
  close(): void;
} {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  const accepted = async () => {
    const conn = await listener.accept();
    const got = await readHead(conn, 16384);
    await acceptUpgrade(conn, parseHead(got!.head));
    return conn;
  };
  return {
    port,
    url: `ws://127.0.0.1:${port}/agent`,
    next: accepted,
    close: () => listener.close(),
  };
}

/**
 * A tunnel whose client end is a raw conn held by the test (already past
 * the handshake): the test writes masked frames and reads what the edge sends.
 */
export async function rawClientTunnel(options: TunnelOptions = {}) {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  const edgeSide = (async () => {
    const conn = await listener.accept();
    const got = await readHead(conn, 16384);
    await acceptUpgrade(conn, parseHead(got!.head));
    return conn;
  })();
  const client = await dialWebSocket(`ws://127.0.0.1:${port}/ws`);
  const tunnel = new Tunnel(await edgeSide, { closeTimeoutMs: 300, ...options });
  listener.close();
  return { tunnel, client: client.conn, reader: new FrameReader(client.conn) };
}

export async function writeAll(conn: Deno.Conn, bytes: Uint8Array): Promise<void> {
  let off = 0;
  while (off < bytes.length) off += await conn.write(bytes.subarray(off));
}
