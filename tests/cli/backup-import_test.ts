import assert from "node:assert/strict";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "kysely";
import {
  pgliteProjectionDatabase,
  postgresProjectionDatabase,
  type ProjectionDatabase,
} from "../../projections/database.ts";
import { startProjections } from "../../projections/mod.ts";
import { ArchiveError } from "../../src/cli/archive-format.ts";
import { LogImporter, whyNotEmpty } from "../../src/cli/archive-import.ts";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import { postgresEventStore } from "../../src/store/postgres.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../support/services.ts";
import { pause } from "../support/time.ts";

/** An event line as a backup holds it. */
function line(position: number, version: number, data: string, commandId: string | null = null) {
  return `{"id":"${crypto.randomUUID()}","streamId":"agent-a","version":${version},` +
    `"position":${position},"type":"agent.weightChanged","schemaVersion":1,"data":${data},` +
    `"metadata":{"traceId":"t${position}","extra":[1,2]},"commandId":${
      JSON.stringify(commandId)
    },` +
    `"recordedAt":"2026-11-25T12:00:00.123456Z"}`;
}

const weightChanged = { agentId: "b", weight: 3, previous: 1, at: "2026-11-25T12:00:00.000Z" };

async function embedded() {
  const pglite = new PGlite();
  const store = await pgliteEventStore({ pglite });
  const space = { database: pgliteProjectionDatabase(pglite), base: "views" };
  return {
    pglite,
    store,
    space,
    async close() {
      await store.close();
      await space.database.close();
      await pglite.close();
    },
  };
}

Deno.test("import keeps positions (gaps too), bytes of data, time; the sequence continues after them", async () => {
  const target = await embedded();
  try {
    const importer = new LogImporter(target.space, "switchboard");
    await importer.importBatch([line(3, 1, '{"weight":1.50}', "c1"), line(7, 2, '{"weight":2}')]);
    await importer.importBatch([line(10, 3, '{"weight":1e2}')]);
    assert.deepEqual(importer.progress, { events: 3, position: 10 });

    const events = await target.store.readAll({ limit: 10 });
    assert.deepEqual(events.map((e) => [e.position, e.version]), [[3, 1], [7, 2], [10, 3]]);
    assert.deepEqual(events[0]!.metadata, { traceId: "t3", extra: [1, 2] });
    assert.equal((await target.store.findCommand("agent-a", "c1"))?.positions[0], 3);
    // The database parsed the line itself: numbers are stored as written, to the digit.
    const { rows } = await sql<{ data: string; at: string }>`
      SELECT data::text AS data, to_char(recorded_at AT TIME ZONE 'UTC', 'SS.US') AS at
      FROM switchboard.events ORDER BY position`.execute(target.space.database.db);
    assert.deepEqual(rows.map((r) => r.data), [
      '{"weight": 1.50}',
      '{"weight": 2}',
      '{"weight": 100}',
    ]);
    assert.equal(rows[0]!.at, "00.123456");

    const next = await target.store.append("agent-b", [{
      type: "agent.weightChanged",
      data: weightChanged,
    }]);
    assert.deepEqual(next.positions, [11]);
  } finally {
    await target.close();
  }
});

Deno.test("import fails instead of interleaving when another writer appends meanwhile", async () => {
  const target = await embedded();
  try {
    const importer = new LogImporter(target.space, "switchboard");
    await importer.importBatch([line(1, 1, '{"weight":1}')]);
    await target.store.append("agent-b", [{ type: "agent.weightChanged", data: weightChanged }]);
    await assert.rejects(
      importer.importBatch([line(2, 2, '{"weight":2}')]),
      (error: unknown) =>
        error instanceof ArchiveError && /another writer appended .* head is 2, the restore is at 1/
          .test(error.message),
    );
    assert.equal(await target.store.headPosition(), 2);
  } finally {
    await target.close();
  }
});

Deno.test("a store is empty for a restore when nothing in it would skip or contradict the log", async () => {
  const target = await embedded();
  try {
    const why = () => whyNotEmpty(target.space, "switchboard");
    assert.equal(await why(), undefined);
    // A node that started on the empty database: live projections at 0 are fine.
    const running = await startProjections(target.store, target.space);
    await running.stop();
    await target.store.saveCheckpoint("process-manager", 0);
    assert.equal(await why(), undefined);

    await target.store.saveCheckpoint("process-manager", 4);
    assert.equal(await why(), "subscriber 'process-manager' has a checkpoint past 0");
    await target.store.saveCheckpoint("process-manager", 0);
    await target.store.saveSnapshot({ streamId: "agent-a", version: 2, state: {} });
    assert.equal(await why(), "it holds actor snapshots");
  } finally {
    await target.close();
  }
});

/** Rows whose xid is below the previous row's in position order: a reader could skip them. */
async function xidInversions(database: ProjectionDatabase, schema: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM (
      SELECT transaction_id < lag(transaction_id) OVER (ORDER BY position) AS inverted
      FROM ${sql.id(schema, "events")}) AS s
    WHERE inverted`.execute(database.db);
  return rows[0]!.n;
}

Deno.test({
  name: "import racing an append (postgres): one of them wins, no deadlock, xids follow positions",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const url = requireUrl("postgres");
    const database = postgresProjectionDatabase({ url, max: 4 });
    const won = { import: 0, append: 0 };
    try {
      for (let round = 0; round < 8; round++) {
        const schema = uniqueName("sb_import");
        const store = await postgresEventStore({ url, schema, max: 2 });
        try {
          const importer = new LogImporter({ database, base: "unused" }, schema);
          const batch = (from: number) =>
            Array.from({ length: 200 }, (_, i) => line(from + i, from + i, '{"weight":1}'));
          await importer.importBatch(batch(1));
          // Odd rounds give the append a head start of 0-3 ms: both orders get exercised.
          const append = store.append("agent-b", [{
            type: "agent.weightChanged",
            data: weightChanged,
          }]);
          // measures real time: a head start of a few ms shuffles which one wins
          if (round % 2 === 1) await pause((round >> 1) % 4);
          const [imported, appended] = await Promise.allSettled([
            importer.importBatch(batch(201)),
            append,
          ]);
          assert.equal(appended.status, "fulfilled");
          const position = appended.status === "fulfilled" ? appended.value.positions[0] : 0;
          if (imported.status === "fulfilled") {
            won.import++;
            assert.equal(position, 401); // it waited for the batch, then came after it
          } else {
            won.append++;
            assert.match(String(imported.reason), /another writer appended .* head is 201/);
            assert.equal(position, 201);
          }
          assert.equal(await xidInversions(database, schema), 0);
        } finally {
          await store.close();
          await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(database.db);
        }
      }
      console.log(`import won ${won.import} races, the append ${won.append}`);
    } finally {
      await database.close();
    }
  },
});
