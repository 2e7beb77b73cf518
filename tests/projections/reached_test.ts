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
      assert.equal(await runner.reached(runner.position), true, "already there");
      await heartbeats(store, 5, 10);
      const head = await store.headPosition();
      assert.equal(await runner.reached(head, 10_000), true);
      assert.equal(await countedEvents(space), head, "the read after `reached` sees the write");

      assert.equal(await runner.reached(head + 1_000, 50), false, "a position nobody wrote");
      const waiting = runner.reached(head + 1_000, 60_000);
      await runner.stop();
      assert.equal(await waiting, false, "stopping answers the waiters instead of holding them");
      assert.equal(
        await runner.reached(head + 1_000, 60_000),
        false,
        "a stopped runner waits for nothing",
      );
    } finally {
      await runner.stop();
    }
  },
);
