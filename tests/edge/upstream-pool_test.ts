import assert from "node:assert/strict";
import { startAgent } from "../../src/agent/sdk.ts";
import type { Agent, AgentSession } from "../../src/agent/types.ts";
import { createLogger } from "../../src/telemetry/log.ts";
import type { AgentTarget } from "../../src/edge/session-control.ts";
import { dialWebSocket } from "../../src/edge/tunnel/handshake.ts";
import { encodeText } from "../../src/edge/tunnel/frames.ts";
import { POOL_SUBPROTOCOL, type PoolSettings, UpstreamPool } from "../../src/edge/upstream-pool.ts";
import { pause, waitFor } from "../support/time.ts";

const quiet = createLogger("error", "test");

/** A standalone SDK agent (real sockets) that echoes and remembers the session ids it served. */
async function echoAgent(pool = true): Promise<{ agent: Agent; sessions: AgentSession[] }> {
  const sessions: AgentSession[] = [];
  const agent = await startAgent({
    name: "pool-echo",
    agentType: "echo",
    capabilities: ["echo"],
    pool,
    logger: quiet,
    onSession: (s) => {
      sessions.push(s);
      s.onMessage((frame) => s.send(frame));
    },
  });
  return { agent, sessions };
}

function targetOf(agent: Agent, agentId = "a1"): AgentTarget {
  return { agentId, host: "127.0.0.1", port: agent.port, path: "/" };
}

/** Pooled dials started, and those that have succeeded or failed. */
interface Dials {
  n: number;
  ended: number;
}

function poolFor(
  agent: Agent,
  settings: PoolSettings = { perAgent: 3, maxIdleSeconds: 30 },
  extra: { eligible?: () => boolean; now?: () => number; dials?: Dials } = {},
) {
  return new UpstreamPool({
    settings: () => settings,
    target: (id) => (extra.eligible?.() ?? true) ? targetOf(agent, id) : undefined,
    dial: (t) => {
      if (extra.dials) extra.dials.n++;
      return dialWebSocket(`ws://${t.host}:${t.port}${t.path}?pool=1`, {
        protocols: [POOL_SUBPROTOCOL],
        timeoutMs: 2000,
      }).finally(() => {
        if (extra.dials) extra.dials.ended++;
      });
    },
    log: quiet,
    ...(extra.now ? { now: extra.now } : {}),
  });
}

/** The text of one short unmasked frame from `conn`, `first` being bytes already read. */
async function readShortText(conn: Deno.Conn, first: Uint8Array): Promise<string> {
  let bytes = first;
  const buf = new Uint8Array(4096);
  while (bytes.length < 2 || bytes.length < 2 + (bytes[1]! & 0x7f)) {
    const n = await conn.read(buf);
    if (n === null) throw new Error("EOF before a whole frame");
    bytes = new Uint8Array([...bytes, ...buf.subarray(0, n)]);
  }
  assert.equal(bytes[0], 0x81, "a final text frame");
  return new TextDecoder().decode(bytes.subarray(2, 2 + (bytes[1]! & 0x7f)));
}

Deno.test("upstream pool: first take misses and fills; a taken socket attaches with its first frame and relays", async () => {
  const { agent, sessions } = await echoAgent();
  const pool = poolFor(agent);
  try {
    assert.equal(pool.take("a1"), undefined);
    await waitFor(() => pool.idleCount("a1") === 3, "three idle sockets");
    const taken = pool.take("a1");
    assert.ok(taken, "a warm socket");
    assert.equal(pool.hits, 1);
    assert.equal(pool.misses, 1);
    // Refilled behind the take.
    await waitFor(() => pool.idleCount("a1") === 3, "refilled to three");

    // The edge's side of the protocol: the attach frame, then the session's own frames.
    const attach = JSON.stringify({ type: "switchboard.attach", sessionId: "s-pooled-1" });
    await taken.conn.write(encodeText(attach, true));
    await taken.conn.write(encodeText("hello", true));
    const n = await taken.firstRead.read;
    assert.ok(n !== null && n > 0, "the pending read carries the echo");
    const echoed = await readShortText(taken.conn, taken.firstRead.buf.subarray(0, n));
    assert.equal(echoed, "hello", "the app never sees the attach frame, only the session's frames");
    assert.equal(sessions.length, 1);
    assert.equal(sessions[0]!.id, "s-pooled-1");
    assert.equal(sessions[0]!.pooled, true);
    taken.conn.close();
  } finally {
    pool.close();
    await agent.stop({ drainTimeoutMs: 500 });
  }
});

Deno.test("upstream pool: a draining agent closes its idle sockets and the pool drops them at once", async () => {
  const { agent } = await echoAgent();
  const dials: Dials = { n: 0, ended: 0 };
  const pool = poolFor(agent, { perAgent: 2, maxIdleSeconds: 30 }, { dials });
  try {
    pool.take("a1");
    await waitFor(() => pool.idleCount("a1") === 2, "two idle sockets");
    const stopped = agent.stop({ drainTimeoutMs: 500 });
    // The agent says 1001 on each idle socket; the pending reads see it.
    await waitFor(() => pool.idleCount("a1") === 0, "idle sockets dropped");
    await stopped;
    // A dead agent: takes miss and the refill fails quietly (no throw, nothing idle).
    const before = dials.n;
    assert.equal(pool.take("a1"), undefined);
    await waitFor(() => dials.n > before && dials.ended === dials.n, "the refill's dials to fail");
    assert.equal(pool.idleCount("a1"), 0);
  } finally {
    pool.close();
  }
});

Deno.test("upstream pool: an agent that does not pool is dialled per session, and not hammered", async () => {
  const { agent } = await echoAgent(false);
  const dials: Dials = { n: 0, ended: 0 };
  let now = Date.now();
  const pool = poolFor(agent, { perAgent: 3, maxIdleSeconds: 30 }, { dials, now: () => now });
  try {
    assert.equal(pool.take("a1"), undefined);
    await waitFor(() => dials.n === 3, "three pooled dials tried");
    await waitFor(() => dials.ended === 3, "their 400 pool_unsupported answers");
    for (let i = 0; i < 5; i++) assert.equal(pool.take("a1"), undefined);
    pool.sweep();
    assert.equal(dials.n, 3, "backed off: no new pooled dials");
    assert.equal(pool.idleCount(), 0);
    // Its 400 pool_unsupported is an answer, not a failure: minutes, not the 30 s backoff cap.
    now += 60_000;
    pool.take("a1");
    pool.sweep();
    assert.equal(dials.n, 3, "a minute later, still no pooled dials");
    now += 5 * 60_000;
    pool.take("a1");
    await waitFor(() => dials.n === 6, "asked again after five minutes");
  } finally {
    pool.close();
    await agent.stop({ drainTimeoutMs: 500 });
  }
});

Deno.test("upstream pool: a WebSocket server that ignores ?pool=1 is noticed (no pool header) and its socket closed", async () => {
  let accepted = 0;
  let closed = 0;
  // Not the SDK: a plain server that upgrades anything, as a hand-written agent might.
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (req) => {
    const { socket, response } = Deno.upgradeWebSocket(req);
    accepted++;
    socket.onclose = () => closed++;
    return response;
  });
  const dials = { n: 0 };
  const pool = new UpstreamPool({
    settings: () => ({ perAgent: 2, maxIdleSeconds: 30 }),
    target: (agentId) => ({ agentId, host: "127.0.0.1", port: server.addr.port, path: "/" }),
    dial: (t) => {
      dials.n++;
      return dialWebSocket(`ws://${t.host}:${t.port}/?pool=1`, { protocols: [POOL_SUBPROTOCOL] });
    },
    log: quiet,
  });
  try {
    pool.take("plain");
    await waitFor(() => accepted === 2 && closed === 2, "both pooled dials accepted, then closed");
    assert.equal(pool.idleCount(), 0);
    pool.take("plain");
    pool.sweep();
    assert.equal(dials.n, 2, "no more pooled dials to it for a while");
  } finally {
    pool.close();
    await server.shutdown();
  }
});

Deno.test("upstream pool: old sockets are recycled, unused agents let go, ineligible agents never served", async () => {
  const { agent } = await echoAgent();
  let now = 1_000_000;
  let eligible = true;
  const dials: Dials = { n: 0, ended: 0 };
  const pool = poolFor(agent, { perAgent: 2, maxIdleSeconds: 10 }, {
    now: () => now,
    eligible: () => eligible,
    dials,
  });
  try {
    pool.take("a1");
    await waitFor(() => pool.idleCount("a1") === 2, "two idle sockets");
    now += 5_000;
    pool.take("a1"); // used again: the pool stays wanted
    await waitFor(() => pool.idleCount("a1") === 2, "refilled");
    const before = dials.n;
    now += 6_000; // the first one is past maxIdleSeconds, the refill is not
    pool.sweep();
    await waitFor(() => pool.idleCount("a1") === 2 && dials.n === before + 1, "one recycled");

    eligible = false; // ejected, say
    assert.equal(pool.take("a1"), undefined, "an ineligible agent gets no pooled socket");
    assert.equal(pool.idleCount("a1"), 0);

    eligible = true;
    pool.take("a1");
    await waitFor(() => pool.idleCount("a1") === 2, "warm again");
    now += 60_000; // nobody routed here for a minute
    pool.sweep();
    assert.equal(pool.idleCount("a1"), 0, "an unused agent's sockets are let go");
    const after = dials.n;
    pool.sweep();
    assert.equal(dials.n, after, "and not redialled");
  } finally {
    pool.close();
    await agent.stop({ drainTimeoutMs: 500 });
  }
});

Deno.test("upstream pool: an agent's idle pings are answered, so its idle sockets stay pooled", async () => {
  // Deno pings a socket idle for half its idleTimeout and closes it if no pong comes.
  let accepted = 0;
  let closed = 0;
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (req) => {
    const { socket, response } = Deno.upgradeWebSocket(req, {
      protocol: POOL_SUBPROTOCOL,
      idleTimeout: 1,
    });
    response.headers.set("x-switchboard-pool", "1");
    accepted++;
    socket.onclose = () => closed++;
    return response;
  });
  const pool = new UpstreamPool({
    settings: () => ({ perAgent: 2, maxIdleSeconds: 30 }),
    target: (agentId) => ({ agentId, host: "127.0.0.1", port: server.addr.port, path: "/" }),
    dial: (t) =>
      dialWebSocket(`ws://${t.host}:${t.port}/?pool=1`, { protocols: [POOL_SUBPROTOCOL] }),
    log: quiet,
  });
  try {
    pool.take("pinger");
    await waitFor(() => pool.idleCount("pinger") === 2, "two idle sockets");
    // Four idle timeouts: unanswered, every socket would have been closed (and redialled).
    await pause(4000); // measures real time: Deno's own idle-ping timer
    assert.equal(closed, 0, "no socket closed by the agent");
    assert.equal(accepted, 2, "no redials");
    assert.equal(pool.idleCount("pinger"), 2);
  } finally {
    pool.close();
    await server.shutdown();
  }
});
