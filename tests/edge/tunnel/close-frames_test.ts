import assert from "node:assert/strict";
import { encodeClose, encodeFrame, OP_CLOSE, OP_TEXT } from "../../../src/edge/tunnel/frames.ts";
import { dialWebSocket } from "../../../src/edge/tunnel/handshake.ts";
import type { UpstreamLoss } from "../../../src/edge/tunnel/tunnel.ts";
import { FrameReader, rawAgent, rawClientTunnel, startEchoAgent, writeAll } from "./support.ts";
import { waitFor } from "../../support/time.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();
const codeOf = (payload: Uint8Array) => (payload[0]! << 8) | payload[1]!;

/** A masked close frame with any 2-byte code (encodeClose refuses the ones that may not be sent). */
function rawClose(code: number, reason: Uint8Array = new Uint8Array(0)): Uint8Array {
  return encodeFrame(OP_CLOSE, new Uint8Array([code >> 8, code & 0xff, ...reason]), {
    mask: true,
  });
}

/** A connected socket pair: the edge's end with a read pending (as the pool holds it), the agent's. */
async function pooledPair() {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const [edgeEnd, agentEnd] = await Promise.all([
    Deno.connect({ hostname: "127.0.0.1", port: (listener.addr as Deno.NetAddr).port }),
    listener.accept(),
  ]);
  listener.close();
  const buf = new Uint8Array(512);
  return { edgeEnd, agentEnd, firstRead: { buf, read: edgeEnd.read(buf).catch(() => null) } };
}

Deno.test("close frames: a client's 1001 answered by a pooled agent's 1001 first is the handshake, not a stale socket", async () => {
  const losses: UpstreamLoss[] = [];
  const { tunnel, client, reader } = await rawClientTunnel({
    closeTimeoutMs: 3000,
    onUpstreamLost: (l) => void losses.push(l),
  });
  const { edgeEnd, agentEnd, firstRead } = await pooledPair();
  // The client goes away before the agent has said anything; its close rides behind the attach.
  await writeAll(client, encodeClose(1001, "tab closed", true));
  tunnel.attachUpstream(edgeEnd, {
    firstRead,
    preamble: encodeFrame(OP_TEXT, enc.encode("attach")),
  });
  const agentSide = new FrameReader(agentEnd);
  assert.equal(dec.decode((await agentSide.next())!.payload), "attach");
  const got = (await agentSide.next())!;
  assert.equal(got.opcode, OP_CLOSE);
  assert.equal(codeOf(got.payload), 1001);
  await writeAll(agentEnd, encodeClose(1001, "")); // the agent echoes: the first bytes it sends
  agentEnd.close(); // and, as the server, closes the connection
  const answer = (await reader.next())!;
  assert.equal(answer.opcode, OP_CLOSE, "the client's close is answered");
  assert.equal(codeOf(answer.payload), 1001);
  const started = performance.now();
  const end = await tunnel.closed;
  assert.ok(performance.now() - started < 1000, "no close timeout");
  assert.equal(end.by, "client");
  assert.deepEqual(losses, [], "no failover for a session the client ended");
  client.close();
});

Deno.test("close frames: a client's close before any agent is attached is answered with its own code", async () => {
  for (const [code, reason] of [[4321, "bye"], [1001, ""], [1000, "done"]] as const) {
    const { tunnel, client, reader } = await rawClientTunnel();
    await writeAll(client, encodeClose(code, reason, true));
    const answer = (await reader.next())!;
    assert.equal(answer.opcode, OP_CLOSE);
    assert.equal(codeOf(answer.payload), code, `echoes ${code}`);
    assert.equal((await tunnel.closed).by, "client");
    client.close();
  }
  // No code at all: an empty close is answered with an empty close.
  const { tunnel, client, reader } = await rawClientTunnel();
  await writeAll(client, encodeFrame(OP_CLOSE, new Uint8Array(0), { mask: true }));
  const answer = (await reader.next())!;
  assert.equal(answer.payload.length, 0);
  await tunnel.closed;
  client.close();
});

Deno.test("close frames: a close code that may not be sent gets 1002 from the edge; a non-UTF-8 reason 1007; the agent sees neither", async () => {
  const bad = [0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535];
  const cases: [string, Uint8Array, number][] = [
    ...bad.map((c): [string, Uint8Array, number] => [`code ${c}`, rawClose(c), 1002]),
    ["reason not UTF-8", rawClose(1000, new Uint8Array([0x6f, 0x6b, 0xc3])), 1007],
  ];
  // The same, split across two reads (header and code apart).
  const split = rawClose(1005);
  for (const [name, frame, want] of [...cases, ["split 1005", split, 1002] as const]) {
    const agent = startEchoAgent();
    const losses: UpstreamLoss[] = [];
    const { tunnel, client, reader } = await rawClientTunnel({
      onUpstreamLost: (l) => void losses.push(l),
    });
    const dialed = await dialWebSocket(agent.url);
    tunnel.attachUpstream(dialed.conn, { leftover: dialed.leftover });
    await writeAll(client, encodeFrame(OP_TEXT, enc.encode("fine"), { mask: true }));
    assert.equal(dec.decode((await reader.next())!.payload), "fine", name);
    if (name === "split 1005") {
      await writeAll(client, frame.subarray(0, 7));
      await waitFor(() => tunnel.bytesIn >= 10 + 7, "the first part read", 1000);
      await writeAll(client, frame.subarray(7));
    } else await writeAll(client, frame);
    const close = (await reader.next())!;
    assert.equal(close.opcode, OP_CLOSE, name);
    assert.equal(codeOf(close.payload), want, name);
    const text = dec.decode(close.payload.subarray(2));
    if (want === 1002) assert.match(text, /close code \d+ may not be sent/, name);
    else assert.match(text, /invalid UTF-8 in a close reason/, name);
    await writeAll(client, encodeClose(want, "", true));
    assert.equal((await tunnel.closed).by, "edge", name);
    assert.deepEqual(losses, [], name);
    assert.deepEqual(agent.received, ["fine"], name);
    client.close();
    await agent.close();
  }
});

Deno.test("close frames: every code a peer may send reaches the agent unchanged, with its reason", async () => {
  for (
    const code of [
      1000,
      1001,
      1002,
      1003,
      1007,
      1008,
      1009,
      1010,
      1011,
      1012,
      1013,
      1014,
      3000,
      4999,
    ]
  ) {
    const agent = rawAgent();
    const { tunnel, client, reader } = await rawClientTunnel();
    const [dialed, agentConn] = await Promise.all([dialWebSocket(agent.url), agent.next()]);
    tunnel.attachUpstream(dialed.conn, { leftover: dialed.leftover });
    await writeAll(client, rawClose(code, enc.encode("why: é")));
    const got = (await new FrameReader(agentConn).next())!;
    assert.equal(got.opcode, OP_CLOSE);
    assert.equal(codeOf(got.payload), code);
    assert.equal(dec.decode(got.payload.subarray(2)), "why: é");
    await writeAll(agentConn, encodeFrame(OP_CLOSE, got.payload.slice(0, 2)));
    agentConn.close();
    const answer = (await reader.next())!;
    assert.equal(codeOf(answer.payload), code);
    await tunnel.closed;
    agent.close();
    client.close();
  }
});
