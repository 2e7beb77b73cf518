import assert from "node:assert/strict";
import { startAgent } from "../../src/agent/sdk.ts";
import type { AgentOptions, AgentSession, Frame } from "../../src/agent/types.ts";
import type { Session } from "../../src/agent/session.ts";
import { waitFor } from "../support/time.ts";
import { memoryLogger, rawUpgrade, TestClient } from "./ws-client.ts";

/** A standalone agent (no Switchboard) whose handler the test supplies. */
function standalone(onSession: AgentOptions["onSession"], extra: Partial<AgentOptions> = {}) {
  return startAgent({
    name: "session-test",
    agentType: "echo",
    capabilities: ["echo"],
    onSession,
    logger: memoryLogger().logger,
    drainTimeoutMs: 500,
    ...extra,
  });
}

const bytes = (...values: number[]) => new Uint8Array(values);
const asBytes = (frame: Frame) => {
  assert.ok(frame instanceof ArrayBuffer, `expected binary, got ${typeof frame}`);
  return [...new Uint8Array(frame)];
};

Deno.test("a session echoes text as text and binary as binary, in order", async () => {
  const seen: string[] = [];
  const agent = await standalone((session) => {
    seen.push(`${session.id} pooled=${session.pooled}`);
    session.onMessage((frame) => session.send(frame));
  });
  const client = await TestClient.open(`${agent.url}?session=sess-1`, {
    headers: { "x-switchboard-session": "sess-1" },
  });
  try {
    client.send("hello");
    client.send(bytes(0, 1, 2, 255));
    client.send("");
    client.send(bytes());
    for (let i = 0; i < 100; i++) client.send(i % 2 ? `t${i}` : bytes(i));
    assert.equal(await client.next(), "hello");
    assert.deepEqual(asBytes(await client.next()), [0, 1, 2, 255]);
    assert.equal(await client.next(), "");
    assert.deepEqual(asBytes(await client.next()), []);
    for (let i = 0; i < 100; i++) {
      const frame = await client.next();
      if (i % 2) assert.equal(frame, `t${i}`);
      else assert.deepEqual(asBytes(frame), [i]);
    }
    assert.deepEqual(seen, ["sess-1 pooled=false"]);
    assert.equal(agent.sessionCount(), 1);
  } finally {
    await client.close();
    await agent.stop();
  }
});

Deno.test("frames that arrive before an async handler subscribes are delivered first, in order", async () => {
  const agent = await standalone(async (session) => {
    // An app still busy (say, loading state) while the client's first frames come in.
    let arrived = 0;
    (session as Session).socket.addEventListener("message", () => arrived++);
    await waitFor(() => arrived === 3, "three frames before the handler subscribes");
    session.onMessage((frame) => session.send(frame));
  });
  const client = await TestClient.open(`${agent.url}?session=late`);
  try {
    for (const text of ["a", "b", "c"]) client.send(text);
    assert.deepEqual([await client.next(), await client.next(), await client.next()], [
      "a",
      "b",
      "c",
    ]);
  } finally {
    await client.close();
    await agent.stop();
  }
});

Deno.test("an app error closes that session with 1011 and the agent keeps serving", async () => {
  const { records, logger } = memoryLogger();
  const closes: number[] = [];
  const agent = await standalone((session: AgentSession) => {
    session.onClose((code) => closes.push(code));
    session.onMessage((frame) => {
      if (frame === "boom") throw new Error("app bug");
      session.send(frame);
    });
  }, { logger });
  try {
    const bad = await TestClient.open(`${agent.url}?session=bad`);
    bad.send("boom");
    assert.equal((await bad.closed).code, 1011);
    assert.ok(records.some((r) => r.level === "error" && r.message === "session handler failed"));
    const good = await TestClient.open(`${agent.url}?session=good`);
    good.send("fine");
    assert.equal(await good.next(), "fine");
    await good.close();
    assert.deepEqual(closes, [1011, 1000]);
  } finally {
    await agent.stop();
  }
});

Deno.test("a dial whose session query and header disagree is refused with 400", async () => {
  const agent = await standalone(() => {});
  try {
    const answer = await rawUpgrade(agent.port, "/?session=a", { "x-switchboard-session": "b" });
    assert.equal(answer.status, 400);
    assert.equal((await rawUpgrade(agent.port, "/?session=has%20space")).status, 400);
  } finally {
    await agent.stop();
  }
});

Deno.test("health endpoint answers 200 with the session count; other routes answer clearly", async () => {
  const agent = await standalone((s) => s.onMessage(() => {}), { path: "/agent" });
  const client = await TestClient.open(`${agent.url}?session=h1`);
  try {
    assert.equal(agent.url, `ws://127.0.0.1:${agent.port}/agent`);
    const base = `http://127.0.0.1:${agent.port}`;
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: "ok", sessions: 1, pool: true });
    const plain = await fetch(`${base}/agent`);
    assert.equal(plain.status, 426);
    assert.equal((await plain.json()).error.code, "upgrade_required");
    const missing = await fetch(`${base}/nothing`);
    assert.equal(missing.status, 404);
    await missing.body?.cancel();
  } finally {
    await client.close();
    await agent.stop();
  }
});
