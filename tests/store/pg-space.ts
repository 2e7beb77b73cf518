import postgres from "postgres";
import { postgresEventStore } from "../../src/store/postgres.ts";
import type { StoreSpace } from "./contract-support.ts";
import { requireUrl, uniqueName } from "../support/services.ts";

/** Runs `work` with a one-connection postgres.js client that is always closed. */
export async function withAdminClient<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(requireUrl("postgres"), { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

/** A fresh schema per test, dropped afterwards. */
export function postgresSpace(options: { max?: number } = {}): StoreSpace & { schema: string } {
  const schema = uniqueName("sb_test");
  return {
    schema,
    open: (catalogue) =>
      postgresEventStore({ url: requireUrl("postgres"), schema, catalogue, max: options.max ?? 4 }),
    drop: () =>
      withAdminClient(async (sql) => {
        await sql.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      }),
  };
}
