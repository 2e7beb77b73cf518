import assert from "node:assert/strict";
import { allProjections, startProjections } from "../../projections/mod.ts";
import { createReadModels } from "../../projections/read-models.ts";
import { eachBackend } from "./backends.ts";
import { Driver } from "./driver.ts";

eachBackend(
  "monitoring: fleet figures and routing decisions per strategy, in the metrics summary",
  async ({ store, space }) => {
    const fleet = new Driver(store);
    await fleet.register("a1", 0);
    await fleet.register("a2", 0);
    await fleet.openRouted("s1", "a1", 1);
    await fleet.openRouted("s2", "a2", 1);
    await fleet.openRouted("s3", "a1", 2);
    await fleet.send("session", "s1", "rebind", {
      agentId: "a2",
      reason: "agent failed",
      decision: { strategy: "least-connections", candidates: [], reason: "fewest" },
    }, 3);
    await fleet.traffic("s2", 4, { errors: 1 });
    await fleet.send("session", "s3", "close", { reason: "done" }, 5);

    const running = await startProjections(store, space, { projections: allProjections });
    try {
      await running.caughtUp();
      const summary = await createReadModels(store, space).metricsSummary();
      assert.equal(summary.connections, 2);
      assert.equal(summary.sessions.live, 2);
      assert.deepEqual(summary.agents, { total: 2, byStatus: { healthy: 2 } });
      assert.deepEqual(summary.sessionsPerAgent, [{ agentId: "a2", sessions: 2 }]);
      assert.deepEqual(summary.routing, [
        { strategy: "round-robin", routed: 3, rebound: 0, share: 0.75 },
        { strategy: "least-connections", routed: 0, rebound: 1, share: 0.25 },
      ]);
      assert.equal(summary.totals["events.session.opened"], 3);
      assert.equal(summary.totals["sessions.failovers"], 1);
      assert.equal(summary.totals["traffic.frames"], 30);
      assert.equal(summary.framesPerSecond, 30 / 60);
      // errorRate counts sessions (the edge's figures), not frames: a traffic error is not in it.
      assert.equal(summary.errorRate, 0);
      assert.equal(summary.totals["traffic.errors"], 1);
      const head = await store.headPosition();
      assert.deepEqual(summary.positions, {
        registry: head,
        sessions: head,
        load: head,
        monitoring: head,
      });
    } finally {
      await running.stop();
    }
  },
);
