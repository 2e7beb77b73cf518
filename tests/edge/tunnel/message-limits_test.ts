import assert from "node:assert/strict";
import {
  encodeClose,
  encodeFrame,
  OP_BINARY,
  OP_CLOSE,
  OP_CONTINUATION,
  OP_PING,
  OP_TEXT,
} from "../../../src/edge/tunnel/frames.ts";
import { dialWebSocket } from "../../../src/edge/tunnel/handshake.ts";
import { rawClientTunnel, startEchoAgent, writeAll } from "./support.ts";

const dec = new TextDecoder();
const codeOf = (payload: Uint8Array) => (payload[0]! << 8) | payload[1]!;

/** `total` bytes as one message in fragments of `size`, a ping after every fragment. */
function fragmented(total: number, size: number, pings = false): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let at = 0; at < total; at += size) {
    const n = Math.min(size, total - at);
    const op = at === 0 ? OP_BINARY : OP_CONTINUATION;
    frames.push(encodeFrame(op, new Uint8Array(n).fill(at & 0xff), {
      mask: true,
      fin: at + n >= total,
    }));
    if (pings) frames.push(encodeFrame(OP_PING, new Uint8Array([1]), { mask: true }));
  }
  return frames;
}

function joined(frames: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(frames.reduce((s, f) => s + f.length, 0));
  let at = 0;
  for (const f of frames) {
    out.set(f, at);
    at += f.length;
  }
  return out;
}

async function attached(options: Parameters<typeof rawClientTunnel>[0]) {
  const agent = startEchoAgent();
  const t = await rawClientTunnel(options);
  const dialed = await dialWebSocket(agent.url);
  t.tunnel.attachUpstream(dialed.conn, { leftover: dialed.leftover });
  return { agent, ...t };
}

Deno.test("message limits: a message over messageMaxBytes closes with 4009 however it is fragmented; the agent gets none of it", async () => {
  for (const size of [1 << 20, 64 << 10, 1000]) {
    const { agent, tunnel, client, reader } = await attached({
      maxFrameBytes: 1 << 20,
      maxMessageBytes: 100_000,
    });
    // Just under the limit passes, in the same fragments.
    await writeAll(client, joined(fragmented(100_000, Math.min(size, 100_000))));
    const echo = (await reader.next())!;
    assert.equal(echo.payload.length, 100_000, `size ${size}`);
    await writeAll(client, joined(fragmented(100_001, Math.min(size, 100_001))));
    let close = (await reader.next())!;
    while (close.opcode !== OP_CLOSE) close = (await reader.next())!;
    assert.equal(codeOf(close.payload), 4009, `size ${size}`);
    assert.match(
      dec.decode(close.payload.subarray(2)),
      /message larger than 100000 bytes \(limits\.messageMaxBytes\)/,
    );
    await writeAll(client, encodeClose(4009, "", true));
    assert.equal((await tunnel.closed).by, "edge");
    assert.equal(agent.received.length, 1, "only the message under the limit reached the agent");
    client.close();
    await agent.close();
  }
});

Deno.test("message limits: frameMaxBytes still guards single frames (4009 naming it)", async () => {
  const { agent, tunnel, client, reader } = await attached({
    maxFrameBytes: 2048,
    maxMessageBytes: 1 << 20,
  });
  await writeAll(client, joined(fragmented(100_000, 2048)));
  assert.equal((await reader.next())!.payload.length, 100_000, "a fragmented message passes");
  await writeAll(client, encodeFrame(OP_BINARY, new Uint8Array(2049), { mask: true }));
  const close = (await reader.next())!;
  assert.equal(codeOf(close.payload), 4009);
  assert.match(dec.decode(close.payload.subarray(2)), /frame larger than 2048 bytes/);
  await writeAll(client, encodeClose(4009, "", true));
  await tunnel.closed;
  client.close();
  await agent.close();
});

Deno.test("message limits: the rate limit counts messages, so one message in many fragments (pings between) passes; the frame limit is separate", async () => {
  let messages = 0;
  let frames = 0;
  const { agent, tunnel, client, reader } = await attached({
    admitMessage: () => ++messages <= 3,
    admitFrame: () => ++frames <= 5000,
  });
  // 256 KiB in 64-byte fragments with a ping after each: 8192 frames, one message.
  const one = fragmented(256 << 10, 64, true);
  await writeAll(client, joined(one.slice(0, 5001))); // the 5001st frame is one too many
  let close = (await reader.next())!;
  while (close.opcode !== OP_CLOSE) close = (await reader.next())!;
  assert.equal(codeOf(close.payload), 4008);
  assert.match(dec.decode(close.payload.subarray(2)), /frame rate limit exceeded/);
  await writeAll(client, encodeClose(4008, "", true));
  await tunnel.closed;
  client.close();
  await agent.close();

  messages = 0;
  frames = 0;
  const second = await attached({
    admitMessage: () => ++messages <= 3,
    admitFrame: () => ++frames <= 100_000,
  });
  const big = fragmented(256 << 10, 64, true);
  await writeAll(second.client, joined(big));
  let echo = (await second.reader.next())!;
  while (echo.opcode === 0xa) echo = (await second.reader.next())!; // pongs come first
  assert.equal(echo.payload.length, 256 << 10, "one message in 8192 frames is one message");
  assert.equal(messages, 1);
  for (let i = 0; i < 3; i++) {
    await writeAll(second.client, encodeFrame(OP_TEXT, new Uint8Array([0x61]), { mask: true }));
  }
  let last = (await second.reader.next())!;
  while (last.opcode !== OP_CLOSE) last = (await second.reader.next())!;
  assert.equal(codeOf(last.payload), 4008, "the fourth message is over the message rate");
  assert.match(dec.decode(last.payload.subarray(2)), /message rate limit exceeded/);
  assert.equal(second.agent.received.length, 3, "the big one and two more");
  await writeAll(second.client, encodeClose(4008, "", true));
  await second.tunnel.closed;
  second.client.close();
  await second.agent.close();
});
