import assert from "node:assert/strict";
import { startStaticEdge } from "../../../src/edge/tunnel/static-edge.ts";
import { openClient, startEchoAgent } from "./support.ts";

Deno.test("relay: text and binary frames echo through the front door and tunnel, in order", async () => {
  const agent = startEchoAgent();
  const edge = await startStaticEdge({ agentUrl: agent.url });
  const client = await openClient(`ws://127.0.0.1:${edge.port}/ws`);
  for (let i = 0; i < 20; i++) client.ws.send(`m${i}`);
  client.ws.send(new Uint8Array([1, 2, 3]));
  for (let i = 0; i < 20; i++) assert.equal(await client.next(), `m${i}`);
  assert.deepEqual(new Uint8Array(await client.next() as ArrayBuffer), new Uint8Array([1, 2, 3]));
  const [tunnel] = [...edge.tunnels];
  assert.equal(tunnel!.framesIn, 21);
  assert.equal(tunnel!.framesOut, 21);
  client.ws.close(1000, "bye");
  const ev = await client.closed;
  assert.equal(ev.code, 1000);
  await tunnel!.closed;
  await edge.close();
  await agent.close();
});
