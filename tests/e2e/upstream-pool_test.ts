import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { waitFor } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";

/**
 * The edge's upstream pool with real agent processes: sessions after the
 * first ride pre-dialled sockets (the attach frame never reaches the
 * client), and a SIGKILLed agent's idle sockets are dropped without any
 * session noticing.
 */
Deno.test("upstream pool: sessions ride pre-dialled sockets, relay in order, and a killed agent's idle sockets go quietly", async () => {
  const sb = await startNodeWithFleet(2);
  const edge = sb.t.node.edge;
  const clients: TestClient[] = [];
  const agentOf = new Map<TestClient, string>();
  const open = async (n: number) => {
    const batch = Array.from({ length: n }, () => new TestClient(sb.wsUrl("capability=echo")));
    clients.push(...batch);
    const opened = await Promise.all(batch.map((c) => c.opened));
    batch.forEach((c, i) => agentOf.set(c, opened[i]!.agentId!));
    return opened;
  };
  try {
    // The SDK's agents say they take pre-dialled sockets when they register.
    for (const { name } of sb.fleet.agents) {
      assert.equal(sb.t.node.fleet.view.agent(name)?.spec?.pooling, true);
    }
    // The first session per agent is dialled directly and warms that agent's pool.
    await open(2);
    assert.equal(edge.pool.hits, 0);
    const perAgent = sb.t.node.config.current().upstreamPool.perAgent;
    await waitFor(() => edge.pool.idleCount() === 2 * perAgent, "both agents' pools warm");

    await open(6);
    assert.equal(edge.pool.hits, 6, "every later open took a warm socket");
    await Promise.all(clients.map(async (c, s) => {
      for (let i = 0; i < 50; i++) c.ws.send(i % 2 ? new Uint8Array([s, i]) : `s${s}-${i}`);
      await c.until(() => c.frames.length >= 50, `session ${s} echoes`, 10_000);
      const expected = Array.from(
        { length: 50 },
        (_, i) => i % 2 ? new Uint8Array([s, i]) : `s${s}-${i}`,
      );
      assert.deepEqual(c.frames, expected, "no attach frame, nothing lost, in order");
    }));

    // Kill one agent: its idle sockets see EOF and leave the pool; nobody else notices.
    const victim = sb.fleet.agents[0]!;
    const survivors = clients.filter((c) => agentOf.get(c) !== victim.name);
    await waitFor(() => edge.pool.idleCount(victim.name) === perAgent, "victim's pool warm");
    victim.kill("SIGKILL");
    await victim.status;
    await waitFor(() => edge.pool.idleCount(victim.name) === 0, "victim's idle sockets dropped");
    // New opens go to the survivor, over its pool, and work.
    const later = await open(4);
    for (const o of later) assert.notEqual(o.agentId, victim.name);
    const fresh = clients.slice(-4);
    await Promise.all(fresh.map(async (c) => {
      c.ws.send("after the kill");
      await c.until(() => c.frames.includes("after the kill"), "echo after the kill", 10_000);
    }));
    for (const c of survivors) {
      assert.equal(c.control.filter((f) => f.type === "session.rebound").length, 0);
    }
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await sb.stop();
  }
});
