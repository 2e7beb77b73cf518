import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { putConfig } from "../support/config.ts";
import { waitFor } from "../support/time.ts";
import { startWsAgent, wsClient } from "../support/ws-peers.ts";

/** The closing handshake's regressions from issue 17, end to end through a whole node. */

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing in ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

Deno.test("close handshake: a client's 1001 on a pooled socket, before the SDK agent sent anything, is answered with the agent's 1001 (no rebound, no 1006)", async () => {
  const sb = await startNodeWithFleet(1);
  const edge = sb.t.node.edge;
  try {
    const url = sb.wsUrl("capability=echo");
    const first = wsClient(url, false);
    await first.opened;
    await waitFor(() => edge.pool.idleCount() > 0, "the agent's pool warm");
    for (let i = 0; i < 3; i++) {
      const hits = edge.pool.hits;
      const c = wsClient(url, false);
      await c.opened;
      await waitFor(() => c.control.length > 0, "session.opened");
      assert.equal(edge.pool.hits, hits + 1, "the session rides a pooled socket");
      c.ws.close(1001, "tab closed");
      const closed = await within(c.closed, 1500, "the answer to the client's close");
      assert.equal(closed.code, 1001);
      assert.deepEqual(c.control.map((f) => f.type), ["session.opened"], "no session.rebound");
    }
    first.ws.close(1000);
    await first.closed;
  } finally {
    await sb.stop();
  }
});

Deno.test("close handshake: with the pool off and control=none, a close sent before the agent dial finished is answered with the client's own code", async () => {
  const sb = await startNodeWithFleet(0);
  const admin = await sb.t.token("root", ["admin"]);
  const slow = await startWsAgent("slow", { deflate: false, delayDialMs: 400 });
  try {
    assert.equal((await putConfig(sb, (c) => void (c.upstreamPool.perAgent = 0))).status, 200);
    const res = await sb.t.call("/api/v1/agents", {
      method: "POST",
      token: admin,
      body: JSON.stringify({
        id: "slow",
        name: "slow",
        host: "127.0.0.1",
        port: slow.port,
        agentType: "slow",
        capabilities: ["slow"],
      }),
    });
    assert.equal(res.status, 201);
    await res.body?.cancel();
    await waitFor(() => sb.t.node.fleet.view.agent("slow")?.health === "healthy", "slow routable");
    for (const code of [4321, 1000, 3000]) {
      const c = wsClient(sb.wsUrl("capability=slow&control=none"), false);
      await c.opened; // no deflate offered: the 101 comes before the dial
      c.ws.close(code, "changed my mind");
      const closed = await within(c.closed, 3000, "the answer to the early close");
      assert.equal(closed.code, code);
      assert.equal(slow.sessions.length, 0, "the agent had not been reached yet");
    }
  } finally {
    await slow.kill();
    await sb.stop();
  }
});
