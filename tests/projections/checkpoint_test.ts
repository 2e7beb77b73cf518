import assert from "node:assert/strict";
import { sql } from "kysely";
import { monitoringProjection } from "../../projections/monitoring/mod.ts";
import type { AnyProjection } from "../../projections/projection.ts";
import { ProjectionRunner } from "../../projections/runner.ts";
import { liveSet } from "../../projections/table-sets.ts";
import { eachBackend } from "./backends.ts";
import { countedEvents, heartbeats, logSize, signal } from "./fixtures.ts";

eachBackend(
  "checkpoint: a batch that dies half-applied leaves nothing; a restart counts every event once",
  async (backend) => {
    const { store, space } = backend;
    await heartbeats(store, 298);
    const total = await logSize(store);
    let armed = false;
    let batches = 0;
    const crashed = signal();
    // Same name and version: it writes the live monitoring set. Its third batch writes, then dies.
    const dying: AnyProjection = {
      ...monitoringProjection,
      async apply(set, events) {
        await monitoringProjection.apply(set, events);
        if (armed && ++batches >= 3) throw new Error("killed mid-batch");
      },
    };
    const first = new ProjectionRunner({
      store,
      space,
      projection: dying,
      batchSize: 50,
      onError: () => crashed.resolve(),
    });
    // Start builds the set from the log first; only the live part goes through the dying apply.
    await first.start();
    const built = await countedEvents(space);
    assert.equal(built, total, "the initial build counted every event once");
    armed = true;

    await heartbeats(store, 200, 298);
    await crashed.promise;
    await first.stop();
    const live = (await liveSet(space, "monitoring"))!;
    const checkpoint = await space.database.transaction(async (trx) =>
      Number(
        (await sql<{ position: number }>`SELECT position FROM ${sql.id(live.schema, "checkpoint")}`
          .execute(trx)).rows[0]!.position,
      )
    );
    const upToCheckpoint = (await store.readAll({ after: 0, limit: 10_000 }))
      .filter((e) => e.position <= checkpoint).length;
    assert.equal(
      await countedEvents(space),
      upToCheckpoint,
      "counted exactly the events up to the checkpoint",
    );
    assert.ok(upToCheckpoint > total, "live batches committed before the crash");
    assert.ok(upToCheckpoint < total + 200, "the dying batch and all after it did not");

    const second = new ProjectionRunner({
      store,
      space,
      projection: monitoringProjection,
      batchSize: 50,
    });
    await second.start();
    try {
      await second.caughtUp();
      assert.equal(await countedEvents(space), await logSize(store));
    } finally {
      await second.stop();
    }
  },
);

eachBackend(
  "checkpoint: two runners of one projection (two nodes) never count an event twice",
  async (backend) => {
    const { store, space } = backend;
    await heartbeats(store, 100);
    const other = await backend.reopenStore();
    const a = new ProjectionRunner({
      store,
      space,
      projection: monitoringProjection,
      batchSize: 7,
    });
    const b = new ProjectionRunner({
      store: other,
      space,
      projection: monitoringProjection,
      batchSize: 13,
    });
    await a.start();
    await b.start();
    try {
      await Promise.all([heartbeats(store, 150, 100), heartbeats(other, 150, 250)]);
      await Promise.all([a.caughtUp(), b.caughtUp()]);
      assert.equal(await countedEvents(space), await logSize(store));
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  },
);
