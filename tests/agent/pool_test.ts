import assert from "node:assert/strict";
import { poolHeader, poolSubprotocol, startAgent } from "../../src/agent/sdk.ts";
import type { AgentOptions, Frame } from "../../src/agent/types.ts";
import { memoryLogger, rawUpgrade, TestClient } from "./ws-client.ts";

/** An echo agent that also records what the app saw, to prove the attach frame is consumed. */
async function recordingAgent(extra: Partial<AgentOptions> = {}) {
  const seen: { session: string; pooled: boolean; frames: Frame[] }[] = [];
  const agent = await startAgent({
    name: "pool-test",
    agentType: "echo",
    capabilities: ["echo"],
    logger: memoryLogger().logger,
    drainTimeoutMs: 500,
    onSession(session) {
      const record = { session: session.id, pooled: session.pooled, frames: [] as Frame[] };
      seen.push(record);
      session.onMessage((frame) => {
        record.frames.push(frame);
        session.send(frame);
      });
    },
    ...extra,
  });
  return { agent, seen };
}

const attach = (sessionId: string) => JSON.stringify({ type: "switchboard.attach", sessionId });

Deno.test("a pooled dial is announced by header and subprotocol", async () => {
  const { agent } = await recordingAgent();
  try {
    const raw = await rawUpgrade(agent.port, "/?pool=1", {
      "sec-websocket-protocol": `other, ${poolSubprotocol}`,
    });
    assert.equal(raw.status, 101);
    assert.equal(raw.headers.get(poolHeader), "1");
    assert.equal(raw.headers.get("sec-websocket-protocol"), poolSubprotocol);
    const direct = await rawUpgrade(agent.port, "/?session=plain");
    assert.equal(direct.headers.get(poolHeader), null);
    const client = await TestClient.open(`${agent.url}?pool=1`, { protocols: [poolSubprotocol] });
    assert.equal(client.socket.protocol, poolSubprotocol);
    await client.close();
  } finally {
    await agent.stop();
  }
});

Deno.test("an idle pooled socket becomes the attached session; the attach frame never reaches the app", async () => {
  const { agent, seen } = await recordingAgent();
  const client = await TestClient.open(`${agent.url}?pool=1`);
  try {
    // The agent set the socket up before it answered the upgrade: nothing to wait for.
    assert.equal(agent.sessionCount(), 0, "an idle pooled socket is not a session");
    assert.equal(seen.length, 0);
    // Frames right behind the attach frame, with no round trip, as the edge sends them.
    client.send(attach("pooled-1"));
    client.send("first");
    client.send(new Uint8Array([7, 8, 9]));
    assert.equal(await client.next(), "first");
    assert.deepEqual([...new Uint8Array(await client.next() as ArrayBuffer)], [7, 8, 9]);
    assert.equal(agent.sessionCount(), 1);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.session, "pooled-1");
    assert.equal(seen[0]!.pooled, true);
    assert.equal(seen[0]!.frames.length, 2);
    assert.equal(seen[0]!.frames[0], "first");
  } finally {
    await client.close();
    await agent.stop();
  }
});

Deno.test("a pooled socket whose first frame is not an attach frame is closed with 1008", async () => {
  const { agent, seen } = await recordingAgent();
  try {
    for (
      const first of ["hello", JSON.stringify({ type: "switchboard.attach" }), attach("bad id")]
    ) {
      const client = await TestClient.open(`${agent.url}?pool=1`);
      client.send(first);
      assert.equal((await client.closed).code, 1008);
    }
    const binary = await TestClient.open(`${agent.url}?pool=1`);
    binary.send(new Uint8Array([1]));
    assert.equal((await binary.closed).code, 1008);
    assert.equal(seen.length, 0);
  } finally {
    await agent.stop();
  }
});

Deno.test("stopping closes idle pooled sockets at once; pooling can be turned off", async () => {
  const { agent } = await recordingAgent();
  // Open means the agent has answered the upgrade, so it already holds the idle socket.
  const idle = await TestClient.open(`${agent.url}?pool=1`);
  await agent.stop();
  assert.equal((await idle.closed).code, 1001);

  const { agent: plain } = await recordingAgent({ pool: false });
  try {
    assert.equal((await rawUpgrade(plain.port, "/?pool=1")).status, 400);
    const health = await fetch(`http://127.0.0.1:${plain.port}/healthz`);
    assert.equal((await health.json()).pool, false);
  } finally {
    await plain.stop();
  }
});
