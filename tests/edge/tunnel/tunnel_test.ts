import assert from "node:assert/strict";
import { dialWebSocket } from "../../../src/edge/tunnel/handshake.ts";
import {
  encodeClose,
  encodeFrame,
  OP_BINARY,
  OP_CONTINUATION,
  OP_PING,
  OP_TEXT,
} from "../../../src/edge/tunnel/frames.ts";
import { startStaticEdge } from "../../../src/edge/tunnel/static-edge.ts";
import type { UpstreamLoss } from "../../../src/edge/tunnel/tunnel.ts";
import {
  FrameReader,
  openClient,
  rawAgent,
  rawClientTunnel,
  startEchoAgent,
  writeAll,
} from "./support.ts";
import { pause, waitFor } from "../../support/time.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A frame as a client sends it (masked), and its payload for checking on the agent side. */
function clientFrame(text: string, opcode = OP_TEXT, fin = true) {
  const payload = enc.encode(text);
  return { bytes: encodeFrame(opcode, payload, { mask: true, fin }), payload };
}

/** Reads a frame on the agent side and unmasks it. */
async function agentRead(
  reader: FrameReader,
): Promise<{ opcode: number; text: string; fin: boolean }> {
  const f = await reader.next();
  assert.ok(f, "agent connection ended");
  return { opcode: f.opcode, fin: f.fin, text: dec.decode(f.payload) };
}

Deno.test("tunnel: large text and binary frames arrive intact; an oversize frame closes with 4009", async () => {
  const agent = startEchoAgent();
  const edge = await startStaticEdge({ agentUrl: agent.url });
  const client = await openClient(`ws://127.0.0.1:${edge.port}/ws`);
  const big = new Uint8Array(900_000).map((_, i) => i % 251);
  const text = "é".repeat(150_000);
  client.ws.send(big);
  client.ws.send(text);
  assert.deepEqual(new Uint8Array(await client.next() as ArrayBuffer), big);
  assert.equal(await client.next(), text);
  client.ws.send(new Uint8Array(2 * 1024 * 1024));
  const ev = await client.closed;
  assert.equal(ev.code, 4009);
  assert.equal(agent.received.length, 2);
  await edge.close();
  await agent.close();
});

Deno.test("tunnel: fragments and a ping between them pass through unchanged, in order", async () => {
  const { tunnel, client } = await rawClientTunnel();
  const a = rawAgent();
  const dialA = dialWebSocket(a.url);
  const agent = await a.next();
  const up = await dialA;
  tunnel.attachUpstream(up.conn, { leftover: up.leftover });
  const sent = [
    clientFrame("hel", OP_TEXT, false),
    clientFrame("!", OP_PING),
    clientFrame("lo ", OP_CONTINUATION, false),
    clientFrame("world", OP_CONTINUATION, true),
  ];
  for (const f of sent) await writeAll(client, f.bytes);
  const reader = new FrameReader(agent);
  const got = [];
  for (let i = 0; i < 4; i++) got.push(await agentRead(reader));
  assert.deepEqual(got, [
    { opcode: OP_TEXT, fin: false, text: "hel" },
    { opcode: OP_PING, fin: true, text: "!" },
    { opcode: OP_CONTINUATION, fin: false, text: "lo " },
    { opcode: OP_CONTINUATION, fin: true, text: "world" },
  ]);
  assert.equal(tunnel.framesIn, 4);
  await tunnel.close(1000, "done");
  client.close();
  agent.close();
  a.close();
});

Deno.test("tunnel: frames sent before the agent is attached are delivered in order after session.opened", async () => {
  const agent = startEchoAgent();
  const { tunnel, client, reader } = await rawClientTunnel();
  tunnel.sendToClient('{"type":"session.opened"}');
  for (let i = 0; i < 5; i++) await writeAll(client, clientFrame(`early ${i}`).bytes);
  await waitFor(() => tunnel.framesIn === 5, "the edge to read the five early frames");
  assert.equal(tunnel.hasUpstream, false);
  const dialed = await dialWebSocket(agent.url);
  tunnel.attachUpstream(dialed.conn, { leftover: dialed.leftover });
  assert.equal(dec.decode((await reader.next())!.payload), '{"type":"session.opened"}');
  for (let i = 0; i < 5; i++) {
    assert.equal(dec.decode((await reader.next())!.payload), `early ${i}`);
  }
  await tunnel.close(1000, "done");
  client.close();
  await agent.close();
});

Deno.test("tunnel: failover mid-frame both ways loses no client frame and leaves the client stream valid", async () => {
  const losses: UpstreamLoss[] = [];
  let lost!: () => void;
  const lostNow = new Promise<void>((r) => lost = r);
  const { tunnel, client, reader } = await rawClientTunnel({
    onUpstreamLost: (loss) => {
      losses.push(loss);
      tunnel.sendToClient('{"type":"session.rebound"}');
      lost();
    },
  });
  const a = rawAgent();
  const dialA = dialWebSocket(a.url);
  const agentA = await a.next();
  const upA = await dialA;
  tunnel.attachUpstream(upA.conn, { leftover: upA.leftover });
  const readerA = new FrameReader(agentA);

  await writeAll(client, clientFrame("one").bytes);
  assert.equal((await agentRead(readerA)).text, "one");
  // Client frame two: only its first half reaches agent A.
  const two = clientFrame("two:" + "x".repeat(50_000));
  await writeAll(client, two.bytes.subarray(0, 20_000));
  let seen = 0;
  while (seen < 10_000) seen += (await agentA.read(new Uint8Array(65536))) ?? 0;
  // Agent A starts a 10-byte text frame to the client, sends 4 bytes of it, then dies.
  await writeAll(agentA, new Uint8Array([0x81, 10, ...enc.encode("abc"), 0xe2]));
  await waitFor(() => tunnel.bytesOut >= 6, "the edge to forward those 4 bytes to the client");
  agentA.close();
  a.close();
  await lostNow;
  assert.equal(losses[0]!.replayable, true);
  assert.equal(losses[0]!.clientMessageTruncated, true);
  // The client finishes frame two and sends three while no agent is attached.
  await writeAll(client, two.bytes.subarray(20_000));
  await writeAll(client, clientFrame("three").bytes);

  const b = rawAgent();
  const dialB = dialWebSocket(b.url);
  const agentB = await b.next();
  const upB = await dialB;
  tunnel.attachUpstream(upB.conn, { leftover: upB.leftover });
  const readerB = new FrameReader(agentB);
  assert.equal((await agentRead(readerB)).text, dec.decode(two.payload));
  assert.equal((await agentRead(readerB)).text, "three");
  await writeAll(agentB, encodeFrame(OP_TEXT, enc.encode("from B")));
  // The client saw: the repaired frame (valid UTF-8, 10 bytes), session.rebound, then B's frame.
  const repaired = (await reader.next())!;
  assert.equal(repaired.payload.length, 10);
  assert.ok(dec.decode(repaired.payload).startsWith("abc"));
  new TextDecoder("utf-8", { fatal: true }).decode(repaired.payload);
  assert.equal(dec.decode((await reader.next())!.payload), '{"type":"session.rebound"}');
  assert.equal(dec.decode((await reader.next())!.payload), "from B");
  await tunnel.close(1000, "done");
  assert.equal((await tunnel.closed).by, "edge");
  client.close();
  agentB.close();
  b.close();
});

Deno.test("tunnel: a client that stops reading stops the agent's reads instead of filling edge memory", async () => {
  const { tunnel, client, reader } = await rawClientTunnel();
  const a = rawAgent();
  const dialA = dialWebSocket(a.url);
  const agent = await a.next();
  const up = await dialA;
  tunnel.attachUpstream(up.conn, { leftover: up.leftover });
  const frame = encodeFrame(OP_BINARY, new Uint8Array(65536));
  let written = 0;
  let stop = false;
  const flood = (async () => {
    while (!stop) {
      written += frame.length; // counted before it goes: `written` is final once `stop` is set
      await writeAll(agent, frame);
    }
  })();
  await pause(800); // measures real time: the agent's writes stall while nobody reads
  const early = written;
  await pause(400); // measures real time: and stay stalled
  // Stalled: only kernel socket buffers and the edge's two read buffers hold data.
  assert.ok(written - early < 2 * 1024 * 1024, `agent still writing: ${early} → ${written}`);
  assert.ok(written < 48 * 1024 * 1024, `${written} bytes went out without a reader`);
  stop = true;
  let frames = 0;
  while (frames * frame.length < written) {
    const f = await reader.next();
    assert.equal(f!.payload.length, 65536);
    frames++;
  }
  await flood;
  assert.equal(frames * frame.length, written);
  await tunnel.close(1000, "done");
  client.close();
  agent.close();
  a.close();
});

Deno.test("tunnel: an agent that never completes its handshake ends the session with 4013", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const held = listener.accept();
  const edge = await startStaticEdge({
    agentUrl: `ws://127.0.0.1:${(listener.addr as Deno.NetAddr).port}/`,
    dialTimeoutMs: 200,
  });
  const client = await openClient(`ws://127.0.0.1:${edge.port}/ws`);
  const ev = await client.closed;
  assert.equal(ev.code, 4013);
  assert.match(ev.reason, /no agent available/);
  (await held).close();
  listener.close();
  await edge.close();
});

Deno.test("tunnel: without a failover handler a lost agent closes the client with 1011", async () => {
  const { tunnel, client, reader } = await rawClientTunnel();
  const a = rawAgent();
  const dialA = dialWebSocket(a.url);
  const agent = await a.next();
  const up = await dialA;
  tunnel.attachUpstream(up.conn, { leftover: up.leftover });
  agent.close();
  a.close();
  const f = (await reader.next())!;
  assert.equal((f.payload[0]! << 8) | f.payload[1]!, 1011);
  await writeAll(client, encodeFrame(0x8, new Uint8Array([0x03, 0xe8]), { mask: true }));
  assert.equal((await tunnel.closed).by, "edge");
  client.close();
});

Deno.test("tunnel: before an agent is attached the client is read only up to the pending bound", async () => {
  const agent = startEchoAgent();
  const { tunnel, client, reader } = await rawClientTunnel({ pendingLimitBytes: 16 * 1024 });
  const frames = Array.from({ length: 40 }, (_, i) => clientFrame(`${i}:` + "y".repeat(4000)));
  const writing = (async () => {
    for (const f of frames) await writeAll(client, f.bytes);
  })();
  await waitFor(() => tunnel.bytesIn >= 16 * 1024, "the edge to read up to its bound");
  await pause(200); // measures real time: not reading past the bound is nothing happening for a while
  // Past the bound the edge stops reading: the rest waits in kernel buffers, not in the edge.
  assert.ok(tunnel.bytesIn <= 16 * 1024 + 65536, `read ${tunnel.bytesIn} bytes with no agent`);
  const dialed = await dialWebSocket(agent.url);
  tunnel.attachUpstream(dialed.conn, { leftover: dialed.leftover });
  await writing;
  for (let i = 0; i < frames.length; i++) {
    assert.equal(dec.decode((await reader.next())!.payload), dec.decode(frames[i]!.payload));
  }
  await tunnel.close(1000, "done");
  client.close();
  await agent.close();
});

Deno.test("tunnel: an edge frame sent mid-message waits for the agent's message to end", async () => {
  const { tunnel, client, reader } = await rawClientTunnel();
  const a = rawAgent();
  const dialA = dialWebSocket(a.url);
  const agent = await a.next();
  const up = await dialA;
  tunnel.attachUpstream(up.conn, { leftover: up.leftover });
  await writeAll(agent, encodeFrame(OP_TEXT, enc.encode("part one, "), { fin: false }));
  const first = (await reader.next())!;
  assert.equal(first.fin, false);
  tunnel.sendToClient('{"type":"session.rebound"}');
  await writeAll(agent, encodeFrame(OP_CONTINUATION, enc.encode("part two")));
  const second = (await reader.next())!;
  assert.deepEqual([second.opcode, second.fin, dec.decode(second.payload)], [
    OP_CONTINUATION,
    true,
    "part two",
  ]);
  assert.equal(dec.decode((await reader.next())!.payload), '{"type":"session.rebound"}');
  assert.equal(tunnel.framesOut, 2, "the injected frame is not relayed traffic");
  await tunnel.close(1000, "done");
  client.close();
  agent.close();
  a.close();
});

Deno.test("tunnel: a client's close frame reaches the agent, whose answer ends the session", async () => {
  const agent = startEchoAgent();
  const { tunnel, client, reader } = await rawClientTunnel();
  const dialed = await dialWebSocket(agent.url);
  tunnel.attachUpstream(dialed.conn, { leftover: dialed.leftover });
  await writeAll(
    client,
    encodeFrame(0x8, new Uint8Array([0x03, 0xe8, ...enc.encode("bye")]), { mask: true }),
  );
  const answer = (await reader.next())!;
  assert.equal(answer.opcode, 0x8);
  assert.equal((answer.payload[0]! << 8) | answer.payload[1]!, 1000);
  const end = await tunnel.closed;
  assert.equal(end.by, "client");
  assert.equal(await reader.next(), null);
  client.close();
  await agent.close();
});

Deno.test("tunnel: invalid UTF-8 in a client text message or close reason ends the session with 1007 from the edge, not a failover", async () => {
  // A Deno agent drops the connection without a close frame on bad UTF-8,
  // which would look like a dead agent; the edge refuses the frame first.
  const cases: [string, Uint8Array[]][] = [
    ["one frame", [encodeFrame(OP_TEXT, new Uint8Array([0x68, 0xc3, 0x28]), { mask: true })]],
    ["cut at the end of a fragmented message", [
      encodeFrame(OP_TEXT, enc.encode("abc\u00e9").subarray(0, 4), { mask: true, fin: false }),
      encodeFrame(OP_CONTINUATION, new Uint8Array(0), { mask: true }),
    ]],
    ["surrogate", [encodeFrame(OP_TEXT, new Uint8Array([0xed, 0xa0, 0x80]), { mask: true })]],
    ["close reason", [
      encodeFrame(0x8, new Uint8Array([0x03, 0xe8, 0xff]), { mask: true }),
    ]],
  ];
  for (const [name, frames] of cases) {
    const agent = startEchoAgent();
    const losses: UpstreamLoss[] = [];
    const { tunnel, client, reader } = await rawClientTunnel({
      onUpstreamLost: (l) => void losses.push(l),
    });
    const dialed = await dialWebSocket(agent.url);
    tunnel.attachUpstream(dialed.conn, { leftover: dialed.leftover });
    await writeAll(client, clientFrame("fine \u{1f600}").bytes);
    assert.equal(dec.decode((await reader.next())!.payload), "fine \u{1f600}", name);
    for (const f of frames) await writeAll(client, f);
    const close = (await reader.next())!;
    assert.equal(close.opcode, 0x8, name);
    assert.equal((close.payload[0]! << 8) | close.payload[1]!, 1007, name);
    assert.match(dec.decode(close.payload.subarray(2)), /invalid UTF-8/, name);
    await writeAll(client, encodeFrame(0x8, close.payload.slice(0, 2), { mask: true }));
    const end = await tunnel.closed;
    assert.equal(end.by, "edge", name);
    assert.deepEqual(losses, [], name);
    assert.deepEqual(agent.received, ["fine \u{1f600}"], name);
    client.close();
    await agent.close();
  }
});

Deno.test("tunnel: a pooled socket taken as its agent closed it (1001 or EOF first) is a stale loss the client never sees", async () => {
  for (const ending of ["1001", "eof"] as const) {
    const losses: UpstreamLoss[] = [];
    const { tunnel, client, reader } = await rawClientTunnel({
      onUpstreamLost: (l) => void losses.push(l),
    });
    // A connected pair: the edge's end as the pool holds it (a read pending), and the agent's.
    const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const [edgeEnd, agentEnd] = await Promise.all([
      Deno.connect({ hostname: "127.0.0.1", port: (listener.addr as Deno.NetAddr).port }),
      listener.accept(),
    ]);
    listener.close();
    const buf = new Uint8Array(512);
    const firstRead = { buf, read: edgeEnd.read(buf).catch(() => null) };
    if (ending === "1001") await writeAll(agentEnd, encodeClose(1001, "agent draining"));
    else agentEnd.close();
    tunnel.attachUpstream(edgeEnd, { firstRead });
    await waitFor(() => losses.length > 0, "the stale socket's loss", 1000);
    assert.equal(losses.length, 1, ending);
    assert.equal(losses[0]!.stalePooledSocket, true, ending);
    // The session carries on with the next agent; the client got no close frame.
    const agent = startEchoAgent();
    const dialed = await dialWebSocket(agent.url);
    tunnel.attachUpstream(dialed.conn, { leftover: dialed.leftover });
    await writeAll(client, clientFrame("still here").bytes);
    const echoed = (await reader.next())!;
    assert.equal(echoed.opcode, OP_TEXT, ending);
    assert.equal(dec.decode(echoed.payload), "still here", ending);
    if (ending === "1001") agentEnd.close();
    await tunnel.close(1000, "done");
    client.close();
    await agent.close();
  }
});

Deno.test("tunnel: while draining, a bad text frame does not hide the client's close behind it", async () => {
  let admitted = 0;
  const { tunnel, client, reader } = await rawClientTunnel({
    closeTimeoutMs: 2000,
    admitFrame: () => ++admitted < 2,
  });
  await writeAll(client, clientFrame("ok").bytes);
  await writeAll(client, clientFrame("too fast").bytes); // refused: the edge closes with 4008
  const close = (await reader.next())!;
  assert.equal((close.payload[0]! << 8) | close.payload[1]!, 4008);
  const started = performance.now();
  await writeAll(
    client,
    new Uint8Array([
      ...encodeFrame(OP_TEXT, new Uint8Array([0xff]), { mask: true }),
      ...encodeClose(4008, "", true),
    ]),
  );
  const end = await tunnel.closed;
  assert.ok(performance.now() - started < 1000, "ended by the client's close, not the timeout");
  assert.doesNotMatch(end.detail, /timed out/);
  client.close();
});

Deno.test("tunnel: a write to an agent that already sent its close and left finishes the handshake; it is no failover", async () => {
  const losses: UpstreamLoss[] = [];
  const { tunnel, client, reader } = await rawClientTunnel({
    onUpstreamLost: (l) => void losses.push(l),
  });
  const close = encodeClose(1000, "agent done");
  let reads = 0;
  let eof!: () => void;
  const eofLater = new Promise<null>((r) => eof = () => r(null));
  tunnel.attachUpstream(
    {
      read(buf: Uint8Array) {
        if (reads++ > 0) return eofLater;
        buf.set(close);
        return Promise.resolve(close.length);
      },
      write: () => Promise.reject(new Error("Broken pipe (os error 32)")),
      close() {},
    } as unknown as Deno.Conn,
  );
  const relayed = (await reader.next())!;
  assert.equal(relayed.opcode, 0x8, "the agent's close reaches the client");
  await writeAll(client, clientFrame("hi").bytes); // written to the gone agent: EPIPE
  await waitFor(() => !tunnel.hasUpstream, "the failed write to end the agent's side");
  eof();
  await writeAll(client, encodeFrame(0x8, relayed.payload.slice(0, 2), { mask: true }));
  const end = await tunnel.closed;
  assert.deepEqual(losses, [], "no failover");
  assert.equal(end.by, "agent");
  client.close();
});
