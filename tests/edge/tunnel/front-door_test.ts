import assert from "node:assert/strict";
import { startFrontDoor } from "../../../src/edge/tunnel/front-door.ts";
import { PEER_HEADER } from "../../../src/security/peer-header.ts";
import { parseHead, readHead } from "../../../src/edge/tunnel/http-head.ts";
import { writeAll } from "./support.ts";

const enc = new TextEncoder();

function door(handshakeTimeoutMs = 5000) {
  const seen: { method: string; path: string; peer: string | null; body: string }[] = [];
  return {
    seen,
    start: () =>
      startFrontDoor({
        hostname: "127.0.0.1",
        port: 0,
        maxHeaderBytes: 4096,
        handshakeTimeoutMs,
        isWebSocketRoute: (path) => path === "/ws",
        onWebSocket: (_head, conn) => conn.close(),
        fallback: async (req) => {
          const body = await req.text();
          seen.push({
            method: req.method,
            path: new URL(req.url).pathname,
            peer: req.headers.get(PEER_HEADER),
            body,
          });
          return Response.json({ path: new URL(req.url).pathname, body });
        },
      }),
  };
}

/** Reads one HTTP response with a content-length body off a raw conn. */
async function readResponse(conn: Deno.Conn, carry: Uint8Array) {
  const got = await readHead({
    read: (p) => carry.length ? Promise.resolve(take(p)) : conn.read(p),
  }, 16384);
  const head = parseHead(got!.head, true);
  let body = got!.leftover;
  const length = Number(head.headers.get("content-length") ?? 0);
  while (body.length < length) {
    const buf = new Uint8Array(4096);
    const n = await conn.read(buf);
    if (n === null) break;
    body = new Uint8Array([...body, ...buf.subarray(0, n)]);
  }
  return {
    status: head.status,
    headers: head.headers,
    body: new TextDecoder().decode(body.subarray(0, length)),
    rest: body.slice(length),
  };
  function take(p: Uint8Array) {
    const n = Math.min(p.length, carry.length);
    p.set(carry.subarray(0, n));
    carry = carry.subarray(n);
    return n;
  }
}

Deno.test("front door: keep-alive GET and POST reach the fallback on one connection, peer header trusted", async () => {
  const d = door();
  const fd = await d.start();
  const conn = await Deno.connect({ hostname: "127.0.0.1", port: fd.addr.port });
  await writeAll(
    conn,
    enc.encode(`GET /api/v1/agents HTTP/1.1\r\nhost: x\r\n${PEER_HEADER}: 6.6.6.6\r\n\r\n`),
  );
  const first = await readResponse(conn, new Uint8Array(0));
  assert.equal(first.status, 200);
  await writeAll(
    conn,
    enc.encode(
      `POST /api/v1/sessions HTTP/1.1\r\nhost: x\r\ncontent-length: 5\r\n${PEER_HEADER}: 6.6.6.6\r\n\r\nhello`,
    ),
  );
  const second = await readResponse(conn, first.rest);
  assert.deepEqual(JSON.parse(second.body), { path: "/api/v1/sessions", body: "hello" });
  assert.deepEqual(d.seen.map((s) => [s.method, s.path, s.peer]), [[
    "GET",
    "/api/v1/agents",
    "127.0.0.1",
  ], ["POST", "/api/v1/sessions", "127.0.0.1"]]);
  conn.close();
  await fd.close();
});

Deno.test("front door: fetch through it works, and a WebSocket upgrade on another path goes to the fallback", async () => {
  const d = door();
  const fd = await d.start();
  const res = await fetch(`http://127.0.0.1:${fd.addr.port}/healthz`, {
    method: "POST",
    body: "x".repeat(100_000),
  });
  assert.equal((await res.json()).body.length, 100_000);
  const conn = await Deno.connect({ hostname: "127.0.0.1", port: fd.addr.port });
  await writeAll(
    conn,
    enc.encode(
      "GET /other HTTP/1.1\r\nhost: x\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n",
    ),
  );
  assert.equal((await readResponse(conn, new Uint8Array(0))).status, 200);
  conn.close();
  await fd.close();
});

Deno.test("front door: a malformed head gets 400, an oversized one 431, and the connection closes", async () => {
  const fd = await door().start();
  for (
    const [request, status] of [["NOT A REQUEST LINE\r\n\r\n", 400], [
      "GET / HTTP/1.1\r\nbad header\r\n\r\n",
      400,
    ], [`GET / HTTP/1.1\r\nx-big: ${"a".repeat(5000)}\r\n\r\n`, 431]] as const
  ) {
    const conn = await Deno.connect({ hostname: "127.0.0.1", port: fd.addr.port });
    await writeAll(conn, enc.encode(request)).catch(() => {});
    const res = await readResponse(conn, new Uint8Array(0));
    assert.equal(res.status, status);
    assert.equal(typeof JSON.parse(res.body).error.code, "string");
    assert.equal(await conn.read(new Uint8Array(1)).catch(() => null), null);
    conn.close();
  }
  await fd.close();
});

Deno.test("front door: a connection that never finishes its head is closed after the timeout", async () => {
  const fd = await door(150).start();
  const conn = await Deno.connect({ hostname: "127.0.0.1", port: fd.addr.port });
  await writeAll(conn, enc.encode("GET / HTTP/1.1\r\n"));
  const started = performance.now();
  assert.equal(await conn.read(new Uint8Array(1)).catch(() => null), null);
  assert.ok(performance.now() - started < 2000);
  conn.close();
  await fd.close();
});
