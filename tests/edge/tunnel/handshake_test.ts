import assert from "node:assert/strict";
import {
  acceptKey,
  DialError,
  dialWebSocket,
  refuseUpgrade,
} from "../../../src/edge/tunnel/handshake.ts";
import { parseHead, readHead } from "../../../src/edge/tunnel/http-head.ts";
import { encodeText } from "../../../src/edge/tunnel/frames.ts";
import { FrameReader, startEchoAgent, writeAll } from "./support.ts";

Deno.test("handshake: Sec-WebSocket-Accept matches RFC 6455's example", async () => {
  assert.equal(await acceptKey("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
});

/** A one-connection server running `serve` on the raw conn after reading the head. */
function rawServer(
  serve: (
    conn: Deno.Conn,
    head: ReturnType<typeof parseHead>,
    leftover: Uint8Array,
  ) => Promise<void>,
) {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const done = (async () => {
    const conn = await listener.accept();
    const got = await readHead(conn, 16384);
    await serve(conn, parseHead(got!.head), got!.leftover);
  })();
  return { port: (listener.addr as Deno.NetAddr).port, done: done.finally(() => listener.close()) };
}

Deno.test("handshake: a refusal is a 101 then a close frame with the contract's code and reason", async () => {
  const server = rawServer((conn, head, leftover) =>
    refuseUpgrade(conn, head, 4013, "no agent for capability 'echo'", leftover)
  );
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws`);
  const ev = await new Promise<CloseEvent>((resolve) => ws.onclose = resolve);
  assert.equal(ev.code, 4013);
  assert.equal(ev.reason, "no agent for capability 'echo'");
  await server.done;
});

Deno.test("handshake: a bad version gets 426, a missing key 400", async () => {
  for (
    const [headers, status] of [[
      "sec-websocket-version: 8\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==",
      426,
    ], ["sec-websocket-version: 13", 400]] as const
  ) {
    const server = rawServer(async (conn, head) => {
      await refuseUpgrade(conn, head, 4001, "never sent");
    });
    const conn = await Deno.connect({ hostname: "127.0.0.1", port: server.port });
    await writeAll(
      conn,
      new TextEncoder().encode(
        `GET /ws HTTP/1.1\r\nhost: x\r\nupgrade: websocket\r\nconnection: upgrade\r\n${headers}\r\n\r\n`,
      ),
    );
    const got = await readHead(conn, 16384);
    assert.equal(parseHead(got!.head, true).status, status);
    conn.close();
    await server.done;
  }
});

Deno.test("handshake: dialling an agent sends the session header and relays early frames as leftover", async () => {
  const agent = startEchoAgent();
  const dialed = await dialWebSocket(`${agent.url}?session=s1`, {
    headers: { "x-switchboard-session": "s1" },
  });
  assert.equal(dialed.response.status, 101);
  await writeAll(dialed.conn, encodeText("ping", true));
  const frame = await new FrameReader(dialed.conn).next();
  assert.equal(new TextDecoder().decode(frame!.payload), "ping");
  assert.deepEqual(agent.sessions, ["s1"]);
  dialed.conn.close();
  await agent.close();

  const early = rawServer(async (conn, head) => {
    const { acceptUpgrade } = await import("../../../src/edge/tunnel/handshake.ts");
    await acceptUpgrade(conn, head);
    await writeAll(conn, encodeText("hello first"));
    await new FrameReader(conn).next(); // wait for the client to go
    conn.close();
  });
  const d2 = await dialWebSocket(`ws://127.0.0.1:${early.port}/`);
  const reader = new FrameReader(d2.conn);
  // The greeting may have arrived with the 101 (leftover) or after it.
  let text: string;
  if (d2.leftover.length > 0) text = new TextDecoder().decode(d2.leftover.subarray(2));
  else text = new TextDecoder().decode((await reader.next())!.payload);
  assert.equal(text, "hello first");
  d2.conn.close();
  await early.done.catch(() => {});
});

Deno.test("handshake: an agent that accepts TCP but never answers times out", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const held = listener.accept();
  const started = performance.now();
  await assert.rejects(
    dialWebSocket(`ws://127.0.0.1:${(listener.addr as Deno.NetAddr).port}/`, { timeoutMs: 200 }),
    (e) => e instanceof DialError && e.kind === "timeout",
  );
  assert.ok(performance.now() - started < 2000);
  (await held).close();
  listener.close();
});

Deno.test("handshake: an agent answering 404 or a wrong accept key is refused", async () => {
  const notFound = rawServer(async (conn) => {
    await writeAll(
      conn,
      new TextEncoder().encode("HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n"),
    );
    conn.close();
  });
  await assert.rejects(
    dialWebSocket(`ws://127.0.0.1:${notFound.port}/`),
    (e) => e instanceof DialError && e.kind === "rejected",
  );
  await notFound.done;
  const wrongKey = rawServer(async (conn) => {
    await writeAll(
      conn,
      new TextEncoder().encode(
        "HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\nsec-websocket-accept: nope\r\n\r\n",
      ),
    );
    conn.close();
  });
  await assert.rejects(
    dialWebSocket(`ws://127.0.0.1:${wrongKey.port}/`),
    (e) => e instanceof DialError && e.kind === "protocol",
  );
  await wrongKey.done;
  await assert.rejects(
    dialWebSocket("http://127.0.0.1:1/"),
    (e) => e instanceof DialError && e.kind === "protocol",
  );
});
