import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { TestClient } from "../support/ws-client.ts";

Deno.test("drain: an agent stopped with SIGTERM drains; at the deadline its sessions move to another agent and keep relaying", async () => {
  const sb = await startNodeWithFleet(2);
  const clients: TestClient[] = [];
  try {
    for (let i = 0; i < 6; i++) clients.push(new TestClient(sb.wsUrl("capability=echo")));
    const opened = await Promise.all(clients.map((c) => c.opened));
    const leaving = sb.fleet.agents[0]!;
    const onLeaving = clients.filter((_, i) => opened[i]!.agentId === leaving.name);
    assert.ok(onLeaving.length > 0);

    leaving.kill("SIGTERM"); // the SDK drains (5 s), announcing a 3 s deadline
    await Promise.all(
      onLeaving.map((c) =>
        c.until(
          () => c.control.some((f) => f.type === "session.rebound"),
          "session.rebound",
          15_000,
        )
      ),
    );
    for (const c of onLeaving) {
      const rebound = c.control.find((f) => f.type === "session.rebound")!;
      assert.notEqual(rebound.agentId, leaving.name);
      // The client learns why it moved: the planned reason, not the socket error it caused.
      assert.equal(rebound.reason, "agent drained past its deadline");
      c.ws.send("still mine");
      await c.until(() => c.frames.includes("still mine"), "an echo from the new agent");
    }
    await leaving.status;
    // A planned move is no failure: the drained agent was never ejected for it.
    const history = await sb.t.node.store.readStream(`agent-${leaving.name}`);
    assert.ok(history.some((e) => e.type === "agent.drained"));
    assert.ok(
      !history.some((e) =>
        e.type === "agent.healthChanged" && (e.data as { to: string }).to === "unhealthy"
      ),
      "the drained agent was not reported as failed",
    );
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await sb.stop();
  }
});
