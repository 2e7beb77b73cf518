import assert from "node:assert/strict";
import { WebSocket, WebSocketServer } from "ws";
import { acceptedAnswer, agentOffer, deflateCompatible } from "../../../src/edge/tunnel/deflate.ts";
import {
  encodeClose,
  encodeFrame,
  OP_BINARY,
  OP_CLOSE,
  OP_CONTINUATION,
  OP_TEXT,
} from "../../../src/edge/tunnel/frames.ts";
import { dialWebSocket } from "../../../src/edge/tunnel/handshake.ts";
import { startStaticEdge } from "../../../src/edge/tunnel/static-edge.ts";
import { rawClientTunnel, startEchoAgent, writeAll } from "./support.ts";
import { waitFor } from "../../support/time.ts";

const BOTH = "permessage-deflate; client_no_context_takeover; server_no_context_takeover";
const codeOf = (payload: Uint8Array) => (payload[0]! << 8) | payload[1]!;

Deno.test("deflate: the agent is offered the client's first good permessage-deflate offer with no context takeover both ways", () => {
  assert.equal(agentOffer(undefined), undefined);
  assert.equal(agentOffer("x-webkit-deflate-frame"), undefined);
  assert.equal(
    agentOffer("permessage-deflate; client_max_window_bits"),
    `${BOTH}; client_max_window_bits`,
  );
  assert.equal(
    agentOffer("permessage-deflate; server_max_window_bits=10; client_max_window_bits=12"),
    `${BOTH}; server_max_window_bits=10; client_max_window_bits=12`,
  );
  // A malformed offer is skipped for the next one.
  assert.equal(
    agentOffer(
      "permessage-deflate; server_max_window_bits=20, permessage-deflate; foo, permessage-deflate",
    ),
    BOTH,
  );
  assert.equal(
    agentOffer('permessage-deflate; server_max_window_bits="9"'),
    `${BOTH}; server_max_window_bits=9`,
  );
});

Deno.test("deflate: an agent's answer is checked against the offer and passed on in one form", () => {
  const offer = agentOffer(
    "permessage-deflate; client_max_window_bits; server_max_window_bits=12",
  )!;
  assert.equal(acceptedAnswer(offer, null), undefined, "declined");
  assert.equal(
    acceptedAnswer(
      offer,
      "permessage-deflate; server_no_context_takeover; server_max_window_bits=11",
    ),
    `${BOTH}; server_max_window_bits=11`,
  );
  assert.equal(
    acceptedAnswer(
      offer,
      "permessage-deflate;server_no_context_takeover;client_max_window_bits=10; client_no_context_takeover;server_max_window_bits=12",
    ),
    `${BOTH}; server_max_window_bits=12; client_max_window_bits=10`,
  );
  const bad = [
    "permessage-deflate", // context takeover kept on the agent's side
    "permessage-deflate; server_no_context_takeover; server_max_window_bits=13", // over the offer
    "permessage-deflate; server_no_context_takeover", // the offer's server_max_window_bits unanswered
    "permessage-deflate; server_no_context_takeover; server_max_window_bits=9; client_max_window_bits",
    "permessage-deflate; server_no_context_takeover; mystery",
    "x-other",
    `${BOTH}, ${BOTH}`,
  ];
  for (const answer of bad) assert.throws(() => acceptedAnswer(offer, answer), Error, answer);
  assert.throws(() =>
    acceptedAnswer(agentOffer("permessage-deflate"), `${BOTH}; client_max_window_bits=9`)
  );
  assert.throws(() => acceptedAnswer(undefined, BOTH), /not offered/);
});

Deno.test("deflate: a failover agent fits only if both streams stay readable", () => {
  assert.ok(deflateCompatible(undefined, undefined));
  assert.ok(!deflateCompatible(BOTH, undefined), "the client sends compressed frames");
  assert.ok(!deflateCompatible(undefined, BOTH), "the agent would send compressed frames");
  assert.ok(deflateCompatible(BOTH, BOTH));
  assert.ok(
    deflateCompatible(BOTH, `${BOTH}; server_max_window_bits=10`),
    "a smaller agent window",
  );
  assert.ok(!deflateCompatible(`${BOTH}; server_max_window_bits=10`, BOTH));
  assert.ok(!deflateCompatible(BOTH, `${BOTH}; client_max_window_bits=10`), "the client uses 15");
  assert.ok(deflateCompatible(`${BOTH}; client_max_window_bits=10`, BOTH));
});

Deno.test("deflate: RSV1 passes only on a message's first frame once deflate is negotiated; compressed text is not checked as UTF-8", async () => {
  // Without deflate, RSV1 is a protocol error.
  {
    const { tunnel, client, reader } = await rawClientTunnel();
    const agent = startEchoAgent();
    const dialed = await dialWebSocket(agent.url);
    tunnel.attachUpstream(dialed.conn, { leftover: dialed.leftover });
    const frame = encodeFrame(OP_BINARY, new Uint8Array([1, 2]), { mask: true });
    frame[0] = frame[0]! | 0x40;
    await writeAll(client, frame);
    const close = (await reader.next())!;
    assert.equal(codeOf(close.payload), 1002);
    await writeAll(client, encodeClose(1002, "", true));
    await tunnel.closed;
    client.close();
    await agent.close();
  }
  // With deflate: a raw agent sees the compressed bytes exactly as sent.
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { tunnel, client, reader } = await rawClientTunnel();
  const [edgeEnd, agentEnd] = await Promise.all([
    Deno.connect({ hostname: "127.0.0.1", port: (listener.addr as Deno.NetAddr).port }),
    listener.accept(),
  ]);
  listener.close();
  tunnel.attachUpstream(edgeEnd, { extensions: BOTH });
  // "Not UTF-8" once inflated or not: the edge does not inflate, so it cannot tell; the agent does.
  const compressed = encodeFrame(OP_TEXT, new Uint8Array([0xf2, 0xff, 0x80]), {
    mask: true,
    fin: false,
  });
  compressed[0] = compressed[0]! | 0x40;
  const rest = encodeFrame(OP_CONTINUATION, new Uint8Array([0xff]), { mask: true });
  await writeAll(client, new Uint8Array([...compressed, ...rest]));
  const got = new Uint8Array(compressed.length + rest.length);
  let have = 0;
  while (have < got.length) {
    const n = await agentEnd.read(got.subarray(have));
    assert.ok(n !== null);
    have += n;
  }
  assert.deepEqual(got, new Uint8Array([...compressed, ...rest]), "passed through untouched");
  // RSV1 on a continuation frame is a protocol error even under deflate.
  const first = encodeFrame(OP_BINARY, new Uint8Array([1]), { mask: true, fin: false });
  first[0] = first[0]! | 0x40;
  const badRest = encodeFrame(OP_CONTINUATION, new Uint8Array([2]), { mask: true });
  badRest[0] = badRest[0]! | 0x40;
  await writeAll(client, new Uint8Array([...first, ...badRest]));
  const close = (await reader.next())!;
  assert.equal(close.opcode, OP_CLOSE);
  assert.equal(codeOf(close.payload), 1002);
  await writeAll(client, encodeClose(1002, "", true));
  await tunnel.closed;
  agentEnd.close();
  client.close();
});

/** A ws agent with permessage-deflate (or without), echoing; `id` tags its echoes. */
async function wsAgent(id: string, deflate: boolean | object = true) {
  const server = new WebSocketServer({
    host: "127.0.0.1",
    port: 0,
    perMessageDeflate: deflate === true ? { threshold: 0 } : deflate,
  });
  await new Promise((r) => server.once("listening", r));
  const sockets = new Set<WebSocket>();
  server.on("connection", (s: WebSocket) => {
    sockets.add(s);
    s.on("message", (data: Uint8Array, binary: boolean) => {
      if (!binary && String(data) === "who") s.send(`${id}:${s.extensions}`);
      else s.send(data, { binary });
    });
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as { port: number }).port}/`,
    kill() {
      for (const s of sockets) s.terminate();
      return new Promise((r) => server.close(r));
    },
  };
}

function wsClient(url: string, options: object = { perMessageDeflate: { threshold: 0 } }) {
  const ws = new WebSocket(url, options);
  const messages: string[] = [];
  ws.on(
    "message",
    (d: Uint8Array, binary: boolean) => messages.push(binary ? `bin:${d.length}` : String(d)),
  );
  const opened = new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const closed = new Promise<{ code: number; reason: string }>((r) =>
    ws.once("close", (code: number, reason: Uint8Array) => r({ code, reason: String(reason) }))
  );
  return { ws, messages, opened, closed };
}

Deno.test("deflate: ws client and ws agent compress end to end through the tunnel, and a failover renegotiates the same", async () => {
  const agents = [await wsAgent("a"), await wsAgent("b")];
  let current = 0;
  const edge = await startStaticEdge({ agentUrl: () => agents[current]!.url });
  try {
    const c = wsClient(`ws://127.0.0.1:${edge.port}/ws`);
    await c.opened;
    assert.match(c.ws.extensions, /permessage-deflate/);
    c.ws.send("who");
    const text = "compress me ".repeat(500);
    c.ws.send(text);
    c.ws.send(new Uint8Array(10_000).fill(7));
    await waitFor(() => c.messages.length === 3, "three echoes");
    assert.match(c.messages[0]!, /^a:permessage-deflate/);
    assert.equal(c.messages[1], text);
    assert.equal(c.messages[2], "bin:10000");
    const tunnel = [...edge.tunnels][0]!;
    assert.ok(tunnel.bytesIn < text.length, `sent compressed (${tunnel.bytesIn} bytes in)`);
    // Kill the agent between messages: the next agent negotiates the same and reads the client.
    current = 1;
    await agents[0]!.kill();
    await waitFor(() => tunnel.hasUpstream, "the next agent attached", 5000);
    c.ws.send("who");
    c.ws.send(text);
    await waitFor(() => c.messages.length === 5, "echoes from the next agent", 5000);
    assert.match(c.messages[3]!, /^b:permessage-deflate/);
    assert.equal(c.messages[4], text);
    c.ws.close(4000, "done");
    assert.deepEqual(await c.closed, { code: 4000, reason: "done" });
  } finally {
    await edge.close();
    await agents[1]!.kill();
  }
});

Deno.test("deflate: an agent without deflate gets a plain session; a failover to an agent that cannot match closes with 4013", async () => {
  const plain = await wsAgent("plain", false);
  const compressing = await wsAgent("z");
  let url = plain.url;
  const edge = await startStaticEdge({ agentUrl: () => url });
  try {
    const c = wsClient(`ws://127.0.0.1:${edge.port}/ws`);
    await c.opened;
    assert.equal(c.ws.extensions, "", "the agent declined, so the client was answered without it");
    c.ws.send("who");
    await waitFor(() => c.messages.length === 1, "echo");
    assert.equal(c.messages[0], "plain:");
    // A deflate client on a deflate agent, then failing over to the plain one: it cannot match.
    url = compressing.url;
    const d = wsClient(`ws://127.0.0.1:${edge.port}/ws`);
    await d.opened;
    assert.match(d.ws.extensions, /permessage-deflate/);
    url = plain.url;
    await compressing.kill();
    const closed = await d.closed;
    assert.equal(closed.code, 4013);
    assert.match(closed.reason, /permessage-deflate/);
    c.ws.close();
    await c.closed;
  } finally {
    await edge.close();
    await plain.kill();
  }
});
