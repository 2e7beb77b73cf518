import assert from "node:assert/strict";
import { monitoringProjection } from "../../projections/monitoring/mod.ts";
import { ProjectionRunner } from "../../projections/runner.ts";
import { eachBackend } from "./backends.ts";
import { countedEvents, heartbeats } from "./fixtures.ts";

eachBackend(
  "reached: an API write's position is readable once it resolves; never-written positions time out, a stop releases waiters",
  async ({ store, space }) => {
    await heartbeats(store, 10);
    // A poll this slow means only the runner's nudge to the store gets the batch in promptly.
    const runner = new ProjectionRunner({
      store,
      space,
      projection: monitoringProjection,
      pollIntervalMs: 60_000,
    });
    await runner.start();
    try {
      await runner.caughtUp();
      const before = await countedEvents(space);
      assert.equal(await runner.reached(runner.position), true, "already there");
      // Five writes, as API calls would make them; the last one's position is what a route waits for.
      let last = 0;
      for (let i = 0; i < 5; i++) {
        const { positions } = await store.append("agent-a1", [{
          type: "agent.heartbeatReceived",
          data: {
            agentId: "a1",
            cpu: i,
            at: new Date(Date.UTC(2026, 11, 6, 12, 0, i)).toISOString(),
          },
        }]);
        last = positions.at(-1)!;
      }
      assert.equal(await runner.reached(last, 10_000), true);
      assert.equal(
        await countedEvents(space),
        before + 5,
        "the read after `reached` sees the writes",
      );

      assert.equal(await runner.reached(last + 1_000, 50), false, "a position nobody wrote");
      const waiting = runner.reached(last + 1_000, 60_000);
      await runner.stop();
      assert.equal(await waiting, false, "stopping answers the waiters instead of holding them");
      assert.equal(
        await runner.reached(last + 1_000, 60_000),
        false,
        "a stopped runner waits for nothing",
      );
    } finally {
      await runner.stop();
    }
  },
);
