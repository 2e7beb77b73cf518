import assert from "node:assert/strict";
import { ignoreWithout } from "../support/services.ts";
import { StoreUnavailableError } from "../../src/store/errors.ts";
import { postgresEventStore } from "../../src/store/postgres.ts";
import { eventStoreContract } from "./event-store.contract.ts";
import { postgresSpace, withAdminClient } from "./pg-space.ts";
import { counted, testCatalogue } from "./test-catalogue.ts";

eventStoreContract({
  name: "postgres",
  ignore: ignoreWithout("postgres"),
  createSpace: () => Promise.resolve(postgresSpace()),
});

Deno.test({
  name: "postgres store: nodes starting at once migrate the schema once",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const space = postgresSpace();
    try {
      const stores = await Promise.all([1, 2, 3, 4].map(() => space.open(testCatalogue)));
      try {
        await stores[0]!.append("s", [counted(1)]);
        assert.equal(await stores[3]!.streamVersion("s"), 1);
        const applied = await withAdminClient((sql) =>
          sql.unsafe(`SELECT name FROM ${space.schema}.sb_migrations ORDER BY name`)
        );
        assert.deepEqual(applied.map((r) => r.name), [
          "0001_events",
          "0002_append_batch",
          "0003_partition_fencing",
        ]);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    } finally {
      await space.drop();
    }
  },
});

Deno.test({
  name: "postgres store: an append inside a transaction that already wrote is refused",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const space = postgresSpace();
    const store = await space.open(testCatalogue);
    try {
      await withAdminClient(async (sql) => {
        await assert.rejects(
          sql.begin(async (tx) => {
            await tx.unsafe(
              `INSERT INTO ${space.schema}.checkpoints (name, position) VALUES ('x', 1)`,
            );
            await tx.unsafe(
              `SELECT * FROM ${space.schema}.sb_append('s', NULL, NULL, $1::text::jsonb)`,
              [JSON.stringify([{
                id: crypto.randomUUID(),
                type: "counter.counted",
                schemaVersion: 1,
                data: { n: 1 },
                metadata: {},
              }])],
            );
          }),
          (e: unknown) => (e as { code?: string }).code === "SB002",
        );
      });
      assert.equal(await store.streamVersion("s"), 0);
      // The refused call must not have left the append lock behind.
      assert.deepEqual((await store.append("s", [counted(1)])).versions, [1]);
    } finally {
      await store.close();
      await space.drop();
    }
  },
});

Deno.test({
  name: "postgres store: a cancelled append releases the append lock",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const space = postgresSpace();
    const store = await space.open(testCatalogue);
    try {
      await withAdminClient(async (sql) => {
        // statement_timeout cancels the append while it holds the lock (pg_sleep in a trigger).
        await sql.unsafe(`
          CREATE FUNCTION ${space.schema}.slow() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN PERFORM pg_sleep(5); RETURN NEW; END $$;
          CREATE TRIGGER slow BEFORE INSERT ON ${space.schema}.events
            FOR EACH ROW WHEN (NEW.stream_id = 'slow') EXECUTE FUNCTION ${space.schema}.slow();`);
        await assert.rejects(
          sql.begin(async (tx) => {
            await tx.unsafe(`SET LOCAL statement_timeout = 200`);
            await tx.unsafe(
              `SELECT * FROM ${space.schema}.sb_append('slow', NULL, NULL, $1::text::jsonb)`,
              [JSON.stringify([{
                id: crypto.randomUUID(),
                type: "counter.counted",
                schemaVersion: 1,
                data: { n: 1 },
                metadata: {},
              }])],
            );
          }),
          (e: unknown) => (e as { code?: string }).code === "57014",
        );
        // Same session still open: had the lock leaked, this append from another connection would hang.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const appended = await Promise.race([
          store.append("s", [counted(1)]),
          new Promise<"hung">((r) => (timer = setTimeout(() => r("hung"), 3_000))),
        ]).finally(() => clearTimeout(timer));
        assert.notEqual(appended, "hung");
      });
    } finally {
      await store.close();
      await space.drop();
    }
  },
});

Deno.test("postgres store: an unreachable database is a StoreUnavailableError", async () => {
  await assert.rejects(
    postgresEventStore({ url: "postgres://postgres@127.0.0.1:1/none", schema: "sb_unreachable" }),
    (e: unknown) => e instanceof StoreUnavailableError && /migration/.test(e.message),
  );
});
