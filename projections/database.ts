import type { PGlite } from "@electric-sql/pglite";
import { Kysely, PGliteDialect, type Transaction } from "kysely";
import { PostgresJsDialect } from "../src/store/postgres-dialect.ts";
import { postgresClient } from "../src/store/postgres-client.ts";

/** Tables as the framework sees them: names only; each projection brings its own types. */
export type AnyTables = Record<string, Record<string, unknown>>;

/**
 * Where projections live: the same database as the event store (PostgreSQL,
 * or the one embedded PGlite), through a Kysely of their own.
 */
export interface ProjectionDatabase {
  readonly kind: "postgres" | "pglite";
  /** For reads outside a transaction. */
  readonly db: Kysely<AnyTables>;
  transaction<T>(work: (trx: Transaction<AnyTables>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface PostgresProjectionOptions {
  url: string;
  /** Pool size: each runner holds one connection per batch, readers share the rest. */
  max?: number;
}

/** int8 as a JS number, like PGlite returns it: positions and counters stay below 2^53. */
const int8AsNumber = {
  to: 20,
  from: [20],
  serialize: (value: number | bigint | string) => String(value),
  parse: (value: string) => Number(value),
};

export function postgresProjectionDatabase(options: PostgresProjectionOptions): ProjectionDatabase {
  const client = postgresClient(options.url, {
    max: options.max ?? 8,
    applicationName: "switchboard-projections",
    types: { int8: int8AsNumber },
  });
  const db = new Kysely<AnyTables>({ dialect: new PostgresJsDialect(client) });
  return {
    kind: "postgres",
    db,
    transaction: (work) => db.transaction().execute(work),
    close: () => db.destroy(),
  };
}

/**
 * Projections on a PGlite shared with the store. Kysely's PGlite driver has
 * one connection per Kysely: a query issued while that Kysely is inside a
 * transaction runs inside it, and two transactions at once would trample
 * each other. So transactions get their own Kysely, one at a time (a
 * promise chain), and plain reads another one, whose queries PGlite itself
 * holds back until any open transaction ends. Neither Kysely is ever
 * destroyed: that would close the PGlite, which its owner closes.
 */
export function pgliteProjectionDatabase(pglite: PGlite): ProjectionDatabase {
  const reader = new Kysely<AnyTables>({ dialect: new PGliteDialect({ pglite }) });
  const writer = new Kysely<AnyTables>({ dialect: new PGliteDialect({ pglite }) });
  let tail: Promise<unknown> = Promise.resolve();
  return {
    kind: "pglite",
    db: reader,
    transaction<T>(work: (trx: Transaction<AnyTables>) => Promise<T>): Promise<T> {
      const run = tail.then(() => writer.transaction().execute(work));
      tail = run.catch(() => {});
      return run;
    },
    close: () => tail.then(() => {}),
  };
}
