import assert from "node:assert/strict";
import {
  encodeClose,
  encodeFrame,
  OP_CLOSE,
  OP_CONTINUATION,
  OP_PING,
  OP_TEXT,
} from "../../src/edge/tunnel/frames.ts";
import { dialWebSocket } from "../../src/edge/tunnel/handshake.ts";
import { FrameReader } from "../edge/tunnel/support.ts";
import { type NodeWithFleet, startNodeWithFleet } from "../support/fleet.ts";
import { putConfig } from "../support/config.ts";
import { waitFor } from "../support/time.ts";
import { startWsAgent, type WsAgent, type WsClient, wsClient } from "../support/ws-peers.ts";

/**
 * The edge's WebSocket conformance with third-party peers: Node's `ws` as
 * client and as agent (both with permessage-deflate), through a whole node,
 * once with the upstream pool on and once with it off. Raw frames (the
 * edge's own encoder) only where `ws` cannot send a broken frame.
 */

const MESSAGE_MAX = 256 << 10;
const enc = new TextEncoder();
const dec = new TextDecoder();
const codeOf = (payload: Uint8Array) => (payload[0]! << 8) | payload[1]!;

async function register(sb: NodeWithFleet, admin: string, agent: WsAgent): Promise<void> {
  const res = await sb.t.call("/api/v1/agents", {
    method: "POST",
    token: admin,
    body: JSON.stringify({
      id: agent.id,
      name: agent.id,
      host: "127.0.0.1",
      port: agent.port,
      agentType: "conformance",
      capabilities: ["conformance"],
      pooling: true,
    }),
  });
  assert.equal(res.status, 201);
  await res.body?.cancel();
}

async function heartbeat(sb: NodeWithFleet, admin: string, agents: WsAgent[]): Promise<void> {
  for (const a of agents) {
    const res = await sb.t.call(`/api/v1/agents/${a.id}/heartbeat`, {
      method: "POST",
      token: admin,
      body: JSON.stringify({ sessions: a.sessions.length }),
    }).catch(() => undefined);
    await res?.body?.cancel();
  }
}

/** A session opened by a ws client (deflate offered unless told), past session.opened. */
async function open(sb: NodeWithFleet, deflate = true, query = ""): Promise<WsClient> {
  const c = wsClient(sb.wsUrl(`capability=conformance${query}`), deflate);
  await c.opened;
  if (!query.includes("control=none")) {
    await waitFor(() => c.control.some((f) => f.type === "session.opened"), "session.opened");
  }
  return c;
}

/** The client's close, or a failure naming `what` after 10 s (no step may hang). */
function closedWithin(
  c: { closed: Promise<{ code: number; reason: string }> },
  what: string,
): Promise<{ code: number; reason: string }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no close in 10 s: ${what}`)), 10_000);
  });
  return Promise.race([c.closed, late]).finally(() => clearTimeout(timer));
}

async function echoed(c: WsClient, count: number, what: string): Promise<void> {
  await waitFor(() => c.messages.length >= count, what, 10_000);
}

/** A raw client (for frames ws will not send), past session.opened. */
async function rawSession(sb: NodeWithFleet) {
  const dialed = await dialWebSocket(sb.wsUrl("capability=conformance"));
  const reader = new FrameReader(dialed.conn, dialed.leftover);
  const opened = (await reader.next())!;
  assert.match(dec.decode(opened.payload), /session\.opened/);
  return { conn: dialed.conn, reader };
}

async function closeOf(reader: FrameReader): Promise<{ code: number; reason: string }> {
  for (;;) {
    const f = await reader.next();
    assert.ok(f, "the edge closed without a close frame");
    if (f.opcode === OP_CLOSE) {
      return { code: codeOf(f.payload), reason: dec.decode(f.payload.subarray(2)) };
    }
  }
}

async function writeAll(conn: Deno.Conn, bytes: Uint8Array): Promise<void> {
  let off = 0;
  while (off < bytes.length) off += await conn.write(bytes.subarray(off));
}

for (const pool of [true, false]) {
  Deno.test(`ws conformance (upstream pool ${pool ? "on" : "off"}): ws client and agent through the edge`, async (t) => {
    const sb = await startNodeWithFleet(0);
    const admin = await sb.t.token("root", ["admin"]);
    const agents = [await startWsAgent("conf-a"), await startWsAgent("conf-b")];
    const clients: WsClient[] = [];
    const beat = setInterval(() => void heartbeat(sb, admin, agents), 2000);
    try {
      const changed = await putConfig(sb, (c) => {
        c.upstreamPool.perAgent = pool ? 2 : 0;
        c.limits.messageMaxBytes = MESSAGE_MAX;
      });
      assert.equal(changed.status, 200);
      for (const a of agents) await register(sb, admin, a);
      await waitFor(
        () => agents.every((a) => sb.t.node.fleet.view.agent(a.id)?.health === "healthy"),
        "both ws agents routable",
      );
      const session = async (deflate = true, query = "") => {
        const c = await open(sb, deflate, query);
        clients.push(c);
        return c;
      };
      if (pool) {
        // Warm both agents' pools for deflate offers, so the steps below ride pooled sockets.
        await session();
        await session();
        await waitFor(() => sb.t.node.edge.pool.idleCount() >= 2, "warm pooled sockets");
      }

      await t.step("compressed and plain messages, text and binary, both ways", async () => {
        const z = await session();
        assert.match(z.ws.extensions, /^permessage-deflate/);
        const text = "compressible ".repeat(2000);
        z.ws.send("who");
        z.ws.send(text);
        z.ws.send(new Uint8Array(50_000).fill(3));
        z.ws.send("tiny", { compress: false }); // an uncompressed message in a deflate session
        await echoed(z, 4, "four echoes");
        assert.match(z.messages[0]!, /^conf-[ab]:permessage-deflate/);
        assert.deepEqual(z.messages.slice(1), [text, "bin:50000:3", "tiny"]);
        const plain = await session(false);
        assert.equal(plain.ws.extensions, "");
        plain.ws.send("who");
        plain.ws.send(text);
        await echoed(plain, 2, "plain echoes");
        assert.match(plain.messages[0]!, /^conf-[ab]:$/, "the agent was offered no deflate");
        assert.equal(plain.messages[1], text);
      });

      await t.step("fragmentation with interleaved control frames, both ways", async () => {
        for (const deflate of [true, false]) {
          const c = await session(deflate);
          c.ws.send("part1-", { fin: false });
          c.ws.ping("between-1");
          c.ws.send("part2-", { fin: false });
          c.ws.ping("between-2");
          c.ws.send("part3", { fin: true });
          await echoed(c, 1, "the reassembled message");
          assert.equal(c.messages[0], "part1-part2-part3");
          await waitFor(() => c.pongs.length === 2, "pongs for both pings");
          assert.deepEqual(c.pongs, ["between-1", "between-2"]);
          c.ws.send("frag:5"); // the agent sends 5 fragments, a ping between each
          await echoed(c, 2, "the agent's fragmented message");
          assert.equal(c.messages[1], "f0;f1;f2;f3;f4;");
        }
      });

      await t.step("ping and pong both ways", async () => {
        const c = await session();
        c.ws.ping("from-client");
        await waitFor(() => c.pongs.includes("from-client"), "the agent's pong");
        c.ws.send("who");
        await echoed(c, 1, "who");
        const agent = agents.find((a) => c.messages[0]!.startsWith(`${a.id}:`))!;
        c.ws.send("ping:from-agent");
        await waitFor(() => agent.pongs.includes("from-agent"), "the client's pong");
      });

      await t.step(
        "close codes and reasons from the client reach the agent unchanged",
        async () => {
          for (const code of [1000, 1001, 3000, 4000, 4999]) {
            const c = await session();
            c.ws.send("who");
            await echoed(c, 1, "who");
            const agent = agents.find((a) => c.messages[0]!.startsWith(`${a.id}:`))!;
            const onAgent = agent.sessions.at(-1)!;
            c.ws.close(code, `client says ${code} é`);
            assert.deepEqual(await closedWithin(onAgent, "onAgent"), {
              code,
              reason: `client says ${code} é`,
            });
            assert.equal(
              (await closedWithin(c, "c")).code,
              code,
              "the agent's echo reaches the client",
            );
          }
        },
      );

      await t.step(
        "close codes and reasons from the agent reach the client unchanged",
        async () => {
          for (const code of [1000, 1001, 3000, 4000, 4999]) {
            const c = await session();
            c.ws.send("who"); // the agent speaks first: a pooled socket's first 1001 means stale
            await echoed(c, 1, "who");
            c.ws.send(`close:${code}:agent says ${code}`);
            assert.deepEqual(await closedWithin(c, "c"), { code, reason: `agent says ${code}` });
            assert.equal(c.control.filter((f) => f.type === "session.rebound").length, 0);
          }
        },
      );

      await t.step(
        "a client's 1001 before the agent said anything is answered at once (pooled or not)",
        async () => {
          const hitsBefore = sb.t.node.edge.pool.hits;
          const c = await session();
          const started = performance.now();
          c.ws.close(1001, "tab closed");
          assert.equal((await closedWithin(c, "c")).code, 1001);
          assert.ok(performance.now() - started < 1500, "answered, not timed out");
          assert.equal(c.control.filter((f) => f.type === "session.rebound").length, 0);
          if (pool) assert.ok(sb.t.node.edge.pool.hits > hitsBefore, "it rode a pooled socket");
        },
      );

      await t.step(
        "invalid UTF-8: 1007, from the edge (plain) or the agent (compressed)",
        async () => {
          for (const deflate of [false, true]) {
            const c = await session(deflate);
            c.ws.send("ok");
            await echoed(c, 1, "ok");
            c.ws.send(new Uint8Array([0x68, 0xc3, 0x28]), { binary: false });
            const closed = await closedWithin(c, "c");
            assert.equal(closed.code, 1007, `deflate ${deflate}`);
          }
        },
      );

      await t.step("protocol errors and close codes that may not be sent: 1002", async () => {
        const bad: [string, Uint8Array][] = [
          [
            "reserved bits",
            Uint8Array.from(
              encodeFrame(OP_TEXT, enc.encode("x"), { mask: true }),
              (b, i) => i === 0 ? b | 0x20 : b,
            ),
          ],
          ["unmasked", encodeFrame(OP_TEXT, enc.encode("x"))],
          ["stray continuation", encodeFrame(OP_CONTINUATION, enc.encode("x"), { mask: true })],
          ["opcode 3", encodeFrame(3, enc.encode("x"), { mask: true })],
          ["long ping", encodeFrame(OP_PING, new Uint8Array(126), { mask: true })],
          ...[0, 999, 1004, 1005, 1006, 1016, 1100, 2000, 2999].map((
            code,
          ): [string, Uint8Array] => [
            `close ${code}`,
            encodeFrame(OP_CLOSE, new Uint8Array([code >> 8, code & 0xff]), { mask: true }),
          ]),
        ];
        for (const [name, frame] of bad) {
          const { conn, reader } = await rawSession(sb);
          await writeAll(conn, encodeFrame(OP_TEXT, enc.encode("hi"), { mask: true }));
          const echo = (await reader.next())!;
          assert.equal(dec.decode(echo.payload), "hi", name);
          await writeAll(conn, frame);
          const closed = await closeOf(reader);
          assert.equal(closed.code, 1002, name);
          assert.match(closed.reason, /protocol error/, name);
          await writeAll(conn, encodeClose(1002, "", true)).catch(() => {});
          conn.close();
        }
        const { conn, reader } = await rawSession(sb);
        const reason = new Uint8Array([0x03, 0xe8, 0xc3, 0x28]);
        await writeAll(conn, encodeFrame(OP_CLOSE, reason, { mask: true }));
        const closed = await closeOf(reader);
        assert.equal(closed.code, 1007, "a close reason that is not UTF-8");
        conn.close();
      });

      await t.step(
        "oversized messages, whole and fragmented, compressed or not: 4009 naming the limit",
        async () => {
          const random = (n: number) => {
            const out = new Uint8Array(n);
            for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, i + 65536));
            return out;
          };
          for (const deflate of [false, true]) {
            const whole = await session(deflate);
            whole.ws.send(random(MESSAGE_MAX + 1000));
            const a = await closedWithin(whole, "whole");
            assert.equal(a.code, 4009, `whole, deflate ${deflate}`);
            assert.match(a.reason, new RegExp(`message larger than ${MESSAGE_MAX} bytes`));
            const frag = await session(deflate);
            // Fresh random bytes per fragment: repeated ones would compress to almost nothing.
            for (let sent = 0; sent <= MESSAGE_MAX; sent += 16 << 10) {
              frag.ws.send(random(16 << 10), { fin: false, binary: true });
            }
            frag.ws.send(random(16 << 10), { fin: true, binary: true });
            const b = await closedWithin(frag, "frag");
            assert.equal(b.code, 4009, `fragmented, deflate ${deflate}`);
            assert.match(b.reason, /limits\.messageMaxBytes/);
          }
          // The limit counts bytes as sent: 1 MiB of zeros compresses far under it and passes.
          const z = await session(true);
          z.ws.send(new Uint8Array(1 << 20));
          await echoed(z, 1, "the compressible megabyte");
          assert.equal(z.messages[0], "bin:1048576:0");
        },
      );

      await t.step("failover mid-stream with compression on", async () => {
        const c = await session();
        c.ws.send("who");
        await echoed(c, 1, "who");
        const [from] = c.messages[0]!.split(":");
        for (let i = 0; i < 20; i++) c.ws.send(`m${i} ${"z".repeat(200)}`);
        await echoed(c, 21, "the first 20");
        await agents.find((a) => a.id === from)!.kill();
        for (let i = 20; i < 40; i++) c.ws.send(`m${i} ${"z".repeat(200)}`);
        await waitFor(
          () => c.control.some((f) => f.type === "session.rebound"),
          "session.rebound",
          10_000,
        );
        c.ws.send("who");
        await waitFor(
          () => c.messages.some((m) => m.startsWith("conf-") && !m.startsWith(from!)),
          "who from the new agent",
          10_000,
        );
        const after = c.messages.find((m) => m.startsWith("conf-") && !m.startsWith(from!))!;
        assert.match(after, /permessage-deflate/, "the new agent negotiated deflate too");
        // At least once: every message after the cut arrives, in order, duplicates aside.
        await waitFor(() => c.messages.some((m) => m.startsWith("m39 ")), "the last echo", 10_000);
        const seen = c.messages.filter((m) => m.startsWith("m")).map((m) =>
          Number(m.slice(1).split(" ")[0])
        );
        for (let i = 0; i < 40; i++) assert.ok(seen.includes(i), `m${i} echoed`);
        assert.equal(c.ws.readyState, WebSocket.OPEN, "the client never saw its stream break");
      });
    } finally {
      clearInterval(beat);
      for (const c of clients) c.ws.terminate();
      for (const a of agents) await a.kill().catch(() => {});
      await sb.stop();
    }
  });
}
