/**
 * Two deployments on one database: one starts (migrates its store schema)
 * while the other drops schemas (a projection swap, a test cleaning up).
 * The migrator lists the tables of every schema first; a schema dropped
 * during that listing must not fail the start.
 */
import assert from "node:assert/strict";
import postgres from "postgres";
import { postgresEventStore } from "../../src/store/postgres.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../support/services.ts";

const STARTS = 12;

Deno.test({
  name: "postgres store: a start is not failed by another deployment dropping its schemas",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const url = requireUrl("postgres");
    const other = postgres(url, { max: 4, onnotice: () => {} });
    const mine: string[] = [];
    let churning = true;
    let dropped = 0;
    // The other deployment: schemas with tables appear and go as fast as the server allows.
    const churn = Promise.all([0, 1, 2, 3].map(async (lane) => {
      const prefix = uniqueName(`sb_churn${lane}`);
      for (let i = 0; churning; i++) {
        const name = `${prefix}_${i}`;
        await other.unsafe(
          `CREATE SCHEMA ${name}; CREATE TABLE ${name}.a (x int); CREATE TABLE ${name}.b (x int)`,
        );
        await other.unsafe(`DROP SCHEMA ${name} CASCADE`);
        dropped++;
      }
    }));
    try {
      for (let i = 0; i < STARTS; i++) {
        const schema = uniqueName("sb_race");
        mine.push(schema);
        const store = await postgresEventStore({ url, schema, max: 2 });
        await store.close();
      }
      assert.ok(dropped > STARTS, `the other deployment dropped ${dropped} schemas meanwhile`);
    } finally {
      churning = false;
      await churn;
      for (const schema of mine) await other.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await other.end();
    }
  },
});
