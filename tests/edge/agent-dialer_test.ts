import assert from "node:assert/strict";
import { RuntimeConfig } from "../../actors/config/runtime-config.ts";
import { AgentDialer } from "../../src/edge/agent-dialer.ts";
import type { AgentTarget } from "../../src/edge/session-control.ts";
import { POOL_SUBPROTOCOL } from "../../src/edge/upstream-pool.ts";
import { ConfigView } from "../../src/runtime/config-view.ts";
import { POOL_SUBJECT } from "../../src/security/agent-trust.ts";
import { createLogger } from "../../src/telemetry/log.ts";
import { switchboardMetrics } from "../../src/telemetry/metrics.ts";
import { waitFor } from "../support/time.ts";

/** The text of one short masked frame (what the edge sends an agent). */
function maskedText(frame: Uint8Array): string {
  assert.equal(frame[0], 0x81, "a final text frame");
  const length = frame[1]! & 0x7f;
  assert.ok(frame[1]! & 0x80 && length < 126, "short and masked");
  const mask = frame.subarray(2, 6);
  const payload = frame.subarray(6, 6 + length).map((b, i) => b ^ mask[i % 4]!);
  return new TextDecoder().decode(payload);
}

interface Seen {
  url: URL;
  session: string | null;
  authorization: string | null;
  protocol: string | null;
}

/** A WebSocket agent that accepts every dial and remembers how it was dialled. */
function agent() {
  const seen: Seen[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
    const protocol = req.headers.get("sec-websocket-protocol");
    seen.push({
      url: new URL(req.url),
      session: req.headers.get("x-switchboard-session"),
      authorization: req.headers.get("authorization"),
      protocol,
    });
    const { socket, response } = Deno.upgradeWebSocket(
      req,
      protocol ? { protocol: POOL_SUBPROTOCOL } : {},
    );
    socket.onerror = () => {};
    return response;
  });
  const target = (agentId: string): AgentTarget => ({
    agentId,
    host: "127.0.0.1",
    port: server.addr.port,
    path: "/agent",
  });
  return { seen, server, target };
}

function dialer(
  target: (agentId: string) => AgentTarget,
  perAgent: number,
  pooling: boolean,
) {
  const signed: string[] = [];
  const d = new AgentDialer({
    config: new ConfigView(RuntimeConfig.parse({ upstreamPool: { perAgent } })),
    poolTarget: (agentId) => pooling ? target(agentId) : undefined,
    metrics: switchboardMetrics(),
    dialToken: (subject, agentId) => {
      signed.push(`${subject}@${agentId}`);
      return Promise.resolve(`token-${subject}`);
    },
    dialTimeoutMs: 2000,
    log: createLogger("error", "test"),
  });
  return { d, signed };
}

Deno.test("agent dialer: a dial names the session in the query and a header, signed for it", async () => {
  const a = agent();
  const { d, signed } = dialer(a.target, 0, false);
  try {
    const upstream = await d.dial("s-1", a.target("a1"));
    upstream.conn.close();
    assert.equal(a.seen.length, 1);
    assert.equal(a.seen[0]!.url.pathname, "/agent");
    assert.equal(a.seen[0]!.url.searchParams.get("session"), "s-1");
    assert.equal(a.seen[0]!.session, "s-1");
    assert.equal(a.seen[0]!.authorization, "Bearer token-s-1");
    assert.equal(a.seen[0]!.protocol, null);
    assert.deepEqual(signed, ["s-1@a1"]);
    assert.equal(upstream.handover.preamble, undefined);
  } finally {
    d.pool.close();
    await a.server.shutdown();
  }
});

Deno.test("agent dialer: a pooling agent's warm socket is taken and attached by its first frame", async () => {
  const a = agent();
  const { d, signed } = dialer(a.target, 1, true);
  try {
    // The first dial misses the pool (and fills it).
    (await d.dial("s-1", a.target("a1"))).conn.close();
    await waitFor(() => d.pool.idleCount("a1") === 1, "a warm socket");
    const pooled = a.seen.find((s) => s.url.searchParams.get("pool") === "1")!;
    assert.equal(pooled.protocol, POOL_SUBPROTOCOL);
    assert.equal(pooled.session, null);
    assert.equal(pooled.authorization, `Bearer token-${POOL_SUBJECT}`);
    const warm = await d.dial("s-2", a.target("a1"));
    warm.conn.close();
    assert.equal(d.pool.hits, 1);
    const attach = maskedText(warm.handover.preamble!);
    assert.deepEqual(JSON.parse(attach), { type: "switchboard.attach", sessionId: "s-2" });
    // Pooled dials share one token while it is fresh.
    await waitFor(() => d.pool.idleCount("a1") === 1, "refilled");
    assert.equal(signed.filter((s) => s.startsWith(POOL_SUBJECT)).length, 1);
  } finally {
    d.pool.close();
    await a.server.shutdown();
  }
});

Deno.test("agent dialer: an agent that does not answer fails the dial within its timeout", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const held: Deno.Conn[] = [];
  void (async () => {
    for await (const conn of listener) held.push(conn); // accepts, never answers
  })();
  const target = (agentId: string): AgentTarget => ({
    agentId,
    host: "127.0.0.1",
    port: (listener.addr as Deno.NetAddr).port,
    path: "/",
  });
  const d = new AgentDialer({
    config: new ConfigView(RuntimeConfig.parse({ upstreamPool: { perAgent: 0 } })),
    poolTarget: () => undefined,
    metrics: switchboardMetrics(),
    dialTimeoutMs: 200,
  });
  try {
    await assert.rejects(d.dial("s-1", target("a1")));
  } finally {
    d.pool.close();
    listener.close();
    for (const conn of held) conn.close();
  }
});
