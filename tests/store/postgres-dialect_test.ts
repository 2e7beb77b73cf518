import assert from "node:assert/strict";
import { Kysely, sql } from "kysely";
import { PostgresJsDialect } from "../../src/store/postgres-dialect.ts";
import { postgresClient } from "../../src/store/postgres-client.ts";
import { ignoreWithout, requireUrl } from "../support/services.ts";

/**
 * postgres.js writes to a reserved connection without looking whether the
 * server closed it, and throws outside any promise when it has: the process
 * exits. A transaction whose connection dies must end in a rejected promise,
 * and the pool must go on serving.
 */

function database() {
  const client = postgresClient(requireUrl("postgres"), {
    max: 2,
    applicationName: "dialect-test",
  });
  return new Kysely<Record<string, never>>({ dialect: new PostgresJsDialect(client) });
}

Deno.test({
  name:
    "postgres dialect: a transaction whose connection the server ends rejects, nothing throws outside it, and the pool serves the next queries",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const db = database();
    try {
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          await sql`select 1`.execute(trx);
          await sql`select pg_terminate_backend(pg_backend_pid())`.execute(trx);
        }),
      );
      for (let i = 0; i < 10; i++) {
        const { rows } = await sql<{ n: number }>`select ${i}::int as n`.execute(db);
        assert.equal(rows[0]!.n, i);
      }
    } finally {
      await db.destroy();
    }
  },
});

Deno.test({
  name:
    "postgres dialect: a pooled connection ended by the server fails its query at most, and the next ones reconnect",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const db = database();
    try {
      await sql`select pg_terminate_backend(pg_backend_pid())`.execute(db).catch(() => {});
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => sql`select ${i}::int as n`.execute(db)),
      );
      assert.ok(results.filter((r) => r.status === "fulfilled").length >= 9);
      const { rows } = await sql<{ n: number }>`select 42::int as n`.execute(db);
      assert.equal(rows[0]!.n, 42);
    } finally {
      await db.destroy();
    }
  },
});
