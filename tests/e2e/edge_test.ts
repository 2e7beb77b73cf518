import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { TestClient } from "../support/ws-client.ts";
import { waitFor } from "../support/time.ts";
import { plainAgent, registerRelayAgent } from "../support/relay-agents.ts";
import { dialWebSocket } from "../../src/edge/tunnel/handshake.ts";
import { encodeFrame, OP_TEXT } from "../../src/edge/tunnel/frames.ts";
import { FrameReader, writeAll } from "../edge/tunnel/support.ts";

const FRAMES = 100;

/** Frame i of a session: text for even i, binary for odd i. */
function frame(session: number, i: number): string | Uint8Array {
  if (i % 2 === 0) return `s${session}-f${i}`;
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setUint32(0, session);
  new DataView(bytes.buffer).setUint32(4, i);
  return bytes;
}

Deno.test("edge: 200 concurrent sessions over 3 agents echo 100 frames each, in order; round robin spreads them 66-67", async () => {
  const sb = await startNodeWithFleet(3);
  const clients: TestClient[] = [];
  try {
    for (let s = 0; s < 200; s++) clients.push(new TestClient(sb.wsUrl("capability=echo")));
    const opened = await Promise.all(clients.map((c) => c.opened));
    const perAgent = new Map<string, number>();
    for (const o of opened) perAgent.set(o.agentId, (perAgent.get(o.agentId) ?? 0) + 1);
    assert.equal(perAgent.size, 3, `agents used: ${[...perAgent.keys()]}`);
    for (const [agent, n] of perAgent) {
      assert.ok(n === 66 || n === 67, `${agent} got ${n} sessions`);
    }

    await Promise.all(clients.map(async (client, s) => {
      for (let i = 0; i < FRAMES; i++) client.ws.send(frame(s, i));
      await client.until(() => client.frames.length >= FRAMES, `session ${s} echoes`, 30_000);
      assert.deepEqual(client.frames, Array.from({ length: FRAMES }, (_, i) => frame(s, i)));
    }));
    assert.equal(sb.t.node.edge.sessionCount, 200);
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await sb.stop();
  }
});

Deno.test("edge: a SIGKILLed agent's sessions are rebound to the others and lose no frame sent after the kill", async () => {
  const sb = await startNodeWithFleet(3);
  const clients: TestClient[] = [];
  try {
    for (let s = 0; s < 30; s++) clients.push(new TestClient(sb.wsUrl("capability=echo")));
    const opened = await Promise.all(clients.map((c) => c.opened));
    // Warm up: every session relays once before the crash.
    await Promise.all(clients.map(async (c, s) => {
      c.ws.send(`warm-${s}`);
      await c.until(() => c.frames.length >= 1, "warm-up echo");
    }));
    const victim = sb.fleet.agents[0]!;
    const onVictim = clients.filter((_, s) => opened[s]!.agentId === victim.name);
    assert.ok(onVictim.length >= 9, `${onVictim.length} sessions on the victim`);

    const killedAt = performance.now();
    victim.kill("SIGKILL");
    await victim.status;
    // Frames sent right after the kill: they must reach an agent, in order.
    const after = 20;
    for (const c of onVictim) for (let i = 0; i < after; i++) c.ws.send(`after-${i}`);

    const reboundMs: number[] = [];
    await Promise.all(onVictim.map(async (c) => {
      await c.until(
        () => c.control.some((f) => f.type === "session.rebound"),
        "session.rebound",
        10_000,
      );
      reboundMs.push(performance.now() - killedAt);
      await c.until(
        () =>
          c.frames.filter((f) => typeof f === "string" && f.startsWith("after-")).length >= after,
        "frames sent after the kill",
        10_000,
      );
      const echoed = c.frames.filter((f) => typeof f === "string" && f.startsWith("after-"));
      assert.deepEqual(echoed, Array.from({ length: after }, (_, i) => `after-${i}`));
      const rebound = c.control.find((f) => f.type === "session.rebound")!;
      assert.notEqual(rebound.agentId, victim.name);
    }));
    reboundMs.sort((a, b) => a - b);
    const p99 = reboundMs[Math.min(reboundMs.length - 1, Math.floor(reboundMs.length * 0.99))]!;
    console.log(
      JSON.stringify({
        figure: "kill_to_rebound_ms",
        sessions: reboundMs.length,
        p50: Math.round(reboundMs[Math.floor(reboundMs.length / 2)]!),
        p99: Math.round(p99),
      }),
    );
    // The others never noticed.
    for (const c of clients.filter((c) => !onVictim.includes(c))) {
      assert.equal(c.control.filter((f) => f.type === "session.rebound").length, 0);
    }
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await sb.stop();
  }
});

Deno.test("edge: a client that drops and resumes within the grace keeps its session and agent", async () => {
  const sb = await startNodeWithFleet(2);
  try {
    const first = new TestClient(sb.wsUrl("capability=echo"));
    const opened = await first.opened;
    first.ws.send("before");
    await first.until(() => first.frames.length === 1, "echo before the drop");
    // A client-side end (a close frame or a dropped connection) keeps the session resumable.
    await first.close(4100, "network blip");

    const second = new TestClient(
      sb.wsUrl(
        `session=${opened.sessionId}&resume_token=${encodeURIComponent(opened.resumeToken!)}`,
      ),
    );
    const resumed = await second.opened;
    assert.equal(resumed.sessionId, opened.sessionId);
    assert.equal(resumed.agentId, opened.agentId);
    assert.notEqual(resumed.resumeToken, opened.resumeToken, "a fresh resume token");
    second.ws.send("after");
    await second.until(() => second.frames.length === 1, "echo after resuming");
    assert.deepEqual(second.frames, ["after"]);
    await second.close(4100, "again");

    // The first token works until the client used the one its resume handed out (the reply
    // might have been lost); once it has, the first token no longer works.
    const third = new TestClient(
      sb.wsUrl(
        `session=${opened.sessionId}&resume_token=${encodeURIComponent(resumed.resumeToken!)}`,
      ),
    );
    assert.equal((await third.opened).sessionId, opened.sessionId);
    await third.close(4100, "once more");
    const replay = new TestClient(
      sb.wsUrl(
        `session=${opened.sessionId}&resume_token=${encodeURIComponent(opened.resumeToken!)}`,
      ),
    );
    const closed = await replay.closed;
    assert.equal(closed.code, 4004);
  } finally {
    await sb.stop();
  }
});

Deno.test("edge: bad input ends with the contract's close code and the edge keeps serving", async () => {
  const sb = await startNodeWithFleet(1, {});
  const base = sb.t.url.replace("http", "ws");
  const expectClose = async (url: string, code: number, reason: RegExp) => {
    const c = new TestClient(url);
    const e = await c.closed;
    assert.equal(e.code, code, `${url}: ${e.reason}`);
    assert.match(e.reason, reason);
  };
  try {
    const healthy = new TestClient(sb.wsUrl("capability=echo"));
    await healthy.opened;
    await expectClose(`${base}/ws?capability=echo`, 4001, /missing bearer token/);
    await expectClose(`${base}/ws?capability=echo&access_token=not.a.token`, 4001, /invalid/);
    await expectClose(sb.wsUrl("capability=nothing-here"), 4013, /nothing-here/);
    await expectClose(sb.wsUrl("capability=Bad!!"), 4400, /capability/);
    await expectClose(sb.wsUrl("session=abc"), 4400, /resume_token/);
    await expectClose(sb.wsUrl("session=abc&resume_token=0123456789abcdefghij"), 4004, /session/);
    const agentToken = await sb.t.token("echo-1", ["agent"]);
    await expectClose(`${base}/ws?capability=echo&access_token=${agentToken}`, 4003, /client/);

    const big = new TestClient(sb.wsUrl("capability=echo"));
    await big.opened;
    big.ws.send(new Uint8Array((1 << 20) + 1));
    const e = await big.closed;
    assert.equal(e.code, 4009);

    healthy.ws.send("still here");
    await healthy.until(() => healthy.frames.length === 1, "the healthy session still relays");
    await healthy.close();
  } finally {
    await sb.stop();
  }
});

Deno.test("edge: a client text message that is not UTF-8 ends its session with 1007; the agent is not taken for dead", async () => {
  const sb = await startNodeWithFleet(1, {});
  try {
    const { conn, leftover } = await dialWebSocket(sb.wsUrl("capability=echo"));
    const reader = new FrameReader(conn, leftover);
    const opened = JSON.parse(new TextDecoder().decode((await reader.next())!.payload));
    assert.equal(opened.type, "session.opened");
    await writeAll(
      conn,
      encodeFrame(OP_TEXT, new Uint8Array([0x6f, 0x6b, 0xe2, 0x28]), { mask: true }),
    );
    const close = (await reader.next())!;
    assert.equal(close.opcode, 0x8, "a close frame, not a session.rebound");
    assert.equal((close.payload[0]! << 8) | close.payload[1]!, 1007);
    conn.close();
    // The agent (an SDK process, which drops a socket on bad UTF-8) never saw the frame.
    const agent = sb.t.node.fleet.view.agents().find((a) => a.agentId === "echo-1");
    assert.equal(agent?.health, "healthy");
    const next = new TestClient(sb.wsUrl("capability=echo"));
    assert.equal((await next.opened).agentId, "echo-1");
    next.ws.send("h\u00e9llo");
    await next.until(() => next.frames.length === 1, "the next session relays");
    assert.equal(next.frames[0], "h\u00e9llo");
    await next.close();
  } finally {
    await sb.stop();
  }
});

Deno.test("edge: an agent that accepts TCP but never answers the handshake is ejected and the session goes elsewhere", async () => {
  const sb = await startNodeWithFleet(1);
  const silent = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const held: Deno.Conn[] = [];
  const accepting = (async () => {
    for await (const conn of silent) held.push(conn);
  })();
  try {
    const admin = await sb.t.token("root", ["admin"]);
    const res = await sb.t.call("/api/v1/agents", {
      method: "POST",
      token: admin,
      body: JSON.stringify({
        id: "mute",
        name: "mute",
        host: "127.0.0.1",
        port: (silent.addr as Deno.NetAddr).port,
        agentType: "echo",
        capabilities: ["echo"],
        weight: 1000,
      }),
    });
    assert.equal(res.status, 201);
    await res.body?.cancel();
    // Round robin alternates between the two: within two opens, one lands on the mute agent first.
    for (let i = 0; i < 2; i++) {
      const c = new TestClient(sb.wsUrl("capability=echo"));
      const opened = await c.opened;
      assert.equal(opened.agentId, "echo-1");
      c.ws.send("ok");
      await c.until(() => c.frames.length === 1, "echo from the working agent");
      await c.close();
    }
    assert.equal(sb.t.node.fleet.view.agent("mute")?.health, "unhealthy");
  } finally {
    silent.close();
    for (const c of held) c.close();
    await accepting.catch(() => {});
    await sb.stop();
  }
});

Deno.test("edge: a resume on the same edge while the old connection still looks alive replaces it; the old one's end leaves the session alone", async () => {
  const sb = await startNodeWithFleet(1, {});
  try {
    const first = new TestClient(sb.wsUrl("capability=echo"));
    const opened = await first.opened;
    const second = new TestClient(
      sb.wsUrl(
        `session=${opened.sessionId}&resume_token=${encodeURIComponent(opened.resumeToken!)}`,
      ),
    );
    assert.equal((await second.opened).sessionId, opened.sessionId);
    // The old connection is closed by the edge, not left relaying beside the new one.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const old = await Promise.race([
      first.closed,
      new Promise<never>((_, reject) =>
        timer = setTimeout(() => reject(new Error("the old connection was left open")), 5000)
      ),
    ]).finally(() => clearTimeout(timer));
    assert.equal(old.code, 1000);
    assert.match(old.reason, /resumed on another connection/);
    second.ws.send("on the new connection");
    await second.until(() => second.frames.length === 1, "the resumed connection relays");
    assert.equal(sb.t.node.edge.sessionCount, 1, "the edge still tracks the resumed connection");
    const admin = await sb.t.token("root", ["admin"]);
    const statusOf = async () => {
      const res = await sb.t.call(`/api/v1/sessions/${opened.sessionId}`, { token: admin });
      return (await res.json()).status;
    };
    // The read model may lag the resume; a detach by the old connection's end would show here.
    await waitFor(async () => await statusOf() === "active", "the session active after the resume");
    await second.close();
    await waitFor(() => sb.t.node.edge.sessionCount === 0, "the edge to let the session go");
    await waitFor(async () => await statusOf() === "detached", "detached once the new one ends");
    // The log holds one detach since the resume: the new connection's, none from the old one.
    const history = await sb.t.node.store.readStream(`session-${opened.sessionId}`);
    const sinceResume = history.slice(history.findLastIndex((e) => e.type === "session.resumed"));
    assert.equal(sinceResume.filter((e) => e.type === "session.detached").length, 1);
  } finally {
    await sb.stop();
  }
});

Deno.test("edge: an agent drained while a session's dial to it was in flight does not keep the session", async () => {
  const sb = await startNodeWithFleet(1, {});
  let dialled!: () => void;
  const slowDialled = new Promise<void>((r) => dialled = r);
  // Two plain WebSocket agents for capability "relay": "slow" answers its handshake when told.
  let answer!: () => void;
  const fast = plainAgent();
  const slow = plainAgent(new Promise((r) => answer = r), () => dialled());
  try {
    const admin = await sb.t.token("root", ["admin"]);
    await registerRelayAgent(sb, admin, "fast", fast);
    await registerRelayAgent(sb, admin, "slow", slow);
    // Open until a session is routed to "slow"; drain "slow" while its handshake is pending.
    const clients: TestClient[] = [];
    let onSlow: TestClient | undefined;
    for (let i = 0; i < 4 && !onSlow; i++) {
      const c = new TestClient(sb.wsUrl("capability=relay"));
      clients.push(c);
      const routed = await Promise.race([
        c.opened.then(() => "fast" as const),
        slowDialled.then(() => "slow" as const),
      ]);
      if (routed === "slow") onSlow = c;
    }
    assert.ok(onSlow, "round robin reached the slow agent");
    const drain = await sb.t.call("/api/v1/agents/slow/drain", {
      method: "POST",
      token: admin,
      body: JSON.stringify({ deadlineSeconds: 600 }),
    });
    assert.equal(drain.status, 202);
    await drain.body?.cancel();
    await waitFor(() => sb.t.node.fleet.view.agent("slow")?.draining === true, "slow draining");
    answer();
    assert.equal((await onSlow.opened).agentId, "slow");
    // The session moves to the agent still in the fleet, and relays there.
    await onSlow.until(
      () => onSlow!.control.some((f) => f.type === "session.rebound" && f.agentId === "fast"),
      "rebound to fast",
    );
    onSlow.ws.send("after the move");
    await onSlow.until(() => onSlow!.frames.includes("after the move"), "an echo from fast");
    for (const c of clients) await c.close();
  } finally {
    answer();
    await fast.shutdown();
    await slow.shutdown();
    await sb.stop();
  }
});

Deno.test("edge: a client that leaves before its session opened leaves a closed session, not a resumable one", async () => {
  const sb = await startNodeWithFleet(1, {});
  // An agent that answers its handshake only once the client is gone.
  let answer!: () => void;
  const slow = plainAgent(new Promise((r) => answer = r));
  try {
    const admin = await sb.t.token("root", ["admin"]);
    await registerRelayAgent(sb, admin, "slow", slow);
    const listed = async (status: string) => {
      const res = await sb.t.call(`/api/v1/sessions?status=${status}&limit=100`, { token: admin });
      return (await res.json()).items as { id: string }[];
    };
    const ws = new WebSocket(sb.wsUrl("capability=relay"));
    const closed = new Promise<CloseEvent>((r) => ws.onclose = r);
    ws.onopen = () => ws.close(1000, "changed my mind");
    ws.onmessage = () => {};
    await closed;
    answer();
    await waitFor(async () => (await listed("closed")).length === 1, "its session closed");
    assert.deepEqual(await listed("detached"), [], "nothing left to resume");
  } finally {
    answer();
    await slow.shutdown();
    await sb.stop();
  }
});
