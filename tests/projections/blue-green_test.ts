import assert from "node:assert/strict";
import { sql } from "kysely";
import { catchUp } from "../../projections/catch-up.ts";
import { monitoringProjection } from "../../projections/monitoring/mod.ts";
import { rebuildProjection } from "../../projections/rebuild.ts";
import { ProjectionRunner } from "../../projections/runner.ts";
import { activate, createTableSet, liveSet } from "../../projections/table-sets.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import { waitFor } from "../support/time.ts";
import { eachBackend } from "./backends.ts";
import { countedEvents, heartbeats, logSize, signal } from "./fixtures.ts";

/** The store, with reads held at the second page until released: a rebuild frozen half-way. */
function pausedAfterFirstPage(store: EventStore) {
  const reached = signal();
  const release = signal();
  let reads = 0;
  const readAll: EventStore["readAll"] = async (options) => {
    if (++reads === 2) {
      reached.resolve();
      await release.promise;
    }
    return await store.readAll(options);
  };
  // A proxy, not a subclass: the store keeps private fields its own methods must see.
  const paused = new Proxy(store, {
    get(target, property) {
      if (property === "readAll") return readAll;
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { store: paused, reached: reached.promise, release: () => release.resolve() };
}

eachBackend(
  "blue-green: readers see the old complete view during a rebuild, then the new one",
  async ({ store, space }) => {
    await heartbeats(store, 400);
    const runner = new ProjectionRunner({ store, space, projection: monitoringProjection });
    await runner.start();
    try {
      // Damage the live view, so old and new can be told apart.
      const old = (await liveSet(space, "monitoring"))!;
      await space.database.transaction((trx) =>
        sql`UPDATE ${sql.id(old.schema, "counters")} SET value = 1000000 WHERE name = 'events'`
          .execute(trx)
      );
      const paused = pausedAfterFirstPage(store);
      const rebuild = rebuildProjection(paused.store, space, monitoringProjection, {
        batchSize: 100,
      });
      await paused.reached;

      // Half-built beside the live one: readers still get the old set, whole.
      assert.equal(await countedEvents(space), 1_000_000);
      assert.equal((await liveSet(space, "monitoring"))!.schema, old.schema);
      // The live runner keeps following meanwhile.
      await heartbeats(store, 50, 400);
      await runner.caughtUp();
      assert.equal(await countedEvents(space), 1_000_050);

      paused.release();
      const result = await rebuild;
      assert.equal(result.swapped, true);
      const swapped = (await liveSet(space, "monitoring"))!;
      assert.notEqual(swapped.schema, old.schema);
      assert.equal(await countedEvents(space), await logSize(store), "the new view, complete");

      // The runner follows the new set from where the rebuild left it.
      await heartbeats(store, 30, 450);
      await runner.caughtUp();
      assert.equal(await countedEvents(space), await logSize(store));
      const { rows } = await sql<{ n: number }>`
      SELECT count(*) AS n FROM pg_namespace WHERE nspname = ${old.schema}`
        .execute(space.database.db);
      assert.equal(Number(rows[0]!.n), 0, "the old set is dropped");
    } finally {
      await runner.stop();
    }
  },
);

eachBackend(
  "blue-green: a runner rewinds when the live set is swapped for one that is behind",
  async ({ store, space }) => {
    await heartbeats(store, 100);
    const runner = new ProjectionRunner({ store, space, projection: monitoringProjection });
    await runner.start();
    try {
      const behind = await createTableSet(space, monitoringProjection, "rebuild");
      await catchUp(store, space, [{
        projection: monitoringProjection,
        schema: behind,
        from: 0,
        target: 40,
      }]);
      await space.database.transaction((trx) =>
        activate(trx, space.base, monitoringProjection, behind)
      );
      await heartbeats(store, 20, 100);
      await runner.caughtUp();
      assert.equal(await countedEvents(space), await logSize(store));
    } finally {
      await runner.stop();
    }
  },
);

eachBackend(
  "versioned DDL: a new version rebuilds its own set; the old code stops writing",
  async ({ store, space }) => {
    await heartbeats(store, 50);
    const errors: unknown[] = [];
    const v1 = new ProjectionRunner({
      store,
      space,
      projection: monitoringProjection,
      onError: (e) => errors.push(e),
      pollIntervalMs: 20,
    });
    await v1.start();
    const v2 = new ProjectionRunner({
      store,
      space,
      projection: { ...monitoringProjection, version: 2 },
    });
    await v2.start();
    try {
      assert.equal((await liveSet(space, "monitoring"))!.version, 2);
      await heartbeats(store, 10, 50);
      await v2.caughtUp();
      assert.equal(await countedEvents(space), await logSize(store));
      await waitFor(() => errors.length > 0, "v1 to notice it is no longer live");
      assert.match(String(errors[0]), /live tables are version 2, this code is 1/);
    } finally {
      await Promise.all([v1.stop(), v2.stop()]);
    }
  },
);
