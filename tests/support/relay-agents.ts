import assert from "node:assert/strict";
import type { startNodeWithFleet } from "./fleet.ts";
import { waitFor } from "./time.ts";

/**
 * A plain WebSocket echo agent (not the SDK) that refuses pooled dials, so
 * every session dials it. With `answerWhen`, it holds each handshake until
 * that promise settles: a slow agent whose pace the test sets.
 */
export function plainAgent(
  answerWhen?: Promise<void>,
  onDial?: () => void,
): Deno.HttpServer<Deno.NetAddr> {
  return Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, async (req) => {
    if (new URL(req.url).searchParams.get("pool") === "1") {
      return Response.json({ error: { code: "pool_unsupported", message: "no" } }, {
        status: 400,
      });
    }
    onDial?.();
    await answerWhen;
    const { socket, response } = Deno.upgradeWebSocket(req);
    socket.onmessage = (e) => socket.send(e.data);
    return response;
  });
}

/** Registers `server` as agent `id` for capability "relay" and waits until it is routable. */
export async function registerRelayAgent(
  sb: Awaited<ReturnType<typeof startNodeWithFleet>>,
  admin: string,
  id: string,
  server: { addr: Deno.NetAddr } | { port: number },
): Promise<void> {
  const res = await sb.t.call("/api/v1/agents", {
    method: "POST",
    token: admin,
    body: JSON.stringify({
      id,
      name: id,
      host: "127.0.0.1",
      port: "port" in server ? server.port : server.addr.port,
      agentType: "relay",
      capabilities: ["relay"],
    }),
  });
  assert.equal(res.status, 201);
  await res.body?.cancel();
  await waitFor(() => sb.t.node.fleet.view.agent(id)?.health === "healthy", `${id} routable`);
}

/**
 * An agent that dies mid-message: it completes the WebSocket handshake by
 * hand, and on the first client bytes sends the header of a `declared`-byte
 * text frame with only `sent` bytes of it, then drops the connection.
 */
export function truncatingAgent(declared: number, sent: number): Deno.Listener<Deno.TcpConn> & {
  port: number;
} {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  (async () => {
    for await (const conn of listener) {
      void (async () => {
        const buf = new Uint8Array(16 * 1024);
        const n = await conn.read(buf);
        const head = new TextDecoder().decode(buf.subarray(0, n ?? 0));
        if (new URL(head.split(" ")[1] ?? "/", "http://x").searchParams.get("pool") === "1") {
          await conn.write(new TextEncoder().encode("HTTP/1.1 400 Bad Request\r\n\r\n"));
          return conn.close();
        }
        const key = /sec-websocket-key:\s*(\S+)/i.exec(head)?.[1] ?? "";
        const digest = await crypto.subtle.digest(
          "SHA-1",
          new TextEncoder().encode(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
        );
        const accept = btoa(String.fromCharCode(...new Uint8Array(digest)));
        await conn.write(new TextEncoder().encode(
          "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
            `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
        ));
        await conn.read(buf); // the client's first frame
        const header = declared < 126
          ? [0x81, declared]
          : [0x81, 126, declared >> 8, declared & 0xff];
        await conn.write(new Uint8Array([...header, ...new Uint8Array(sent).fill(0x78)]));
        conn.close();
      })().catch(() => {});
    }
  })().catch(() => {});
  return Object.assign(listener, { port: (listener.addr as Deno.NetAddr).port });
}
