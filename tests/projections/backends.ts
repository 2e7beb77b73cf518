import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import {
  pgliteProjectionDatabase,
  postgresProjectionDatabase,
} from "../../projections/database.ts";
import type { ProjectionSpace } from "../../projections/table-sets.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import { postgresEventStore } from "../../src/store/postgres.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../support/services.ts";

/** A store and a projection space on one database, and how to take both down. */
export interface Backend {
  kind: "pglite" | "postgres";
  store: EventStore;
  space: ProjectionSpace;
  /** The event store's schema, for tools pointed at the same log. */
  storeSchema: string;
  /** Opens a second store on the same log (another process or node, say). */
  reopenStore(): Promise<EventStore>;
  close(): Promise<void>;
}

/** Embedded mode: one in-memory PGlite for the store and the projections. */
export async function pgliteBackend(): Promise<Backend> {
  const pglite = new PGlite();
  const store = await pgliteEventStore({ pglite });
  const database = pgliteProjectionDatabase(pglite);
  return {
    kind: "pglite",
    store,
    space: { database, base: "views" },
    storeSchema: "switchboard",
    reopenStore: () => pgliteEventStore({ pglite }),
    async close() {
      await store.close();
      await database.close();
      await pglite.close();
    },
  };
}

/** PostgreSQL: a fresh store schema and view-schema prefix, all dropped on close. */
export async function postgresBackend(): Promise<Backend> {
  const url = requireUrl("postgres");
  const schema = uniqueName("sb_store");
  const base = uniqueName("sbv");
  const store = await postgresEventStore({ url, schema, max: 8 });
  const database = postgresProjectionDatabase({ url, max: 8 });
  const opened: EventStore[] = [store];
  return {
    kind: "postgres",
    store,
    space: { database, base },
    storeSchema: schema,
    async reopenStore() {
      const again = await postgresEventStore({ url, schema, max: 4 });
      opened.push(again);
      return again;
    },
    async close() {
      await Promise.all(opened.map((s) => s.close()));
      await database.close();
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        const rows = await sql`SELECT nspname FROM pg_namespace
          WHERE nspname = ${schema} OR nspname = ${base} OR nspname LIKE ${base + "\\_%"}`;
        for (const { nspname } of rows) await sql.unsafe(`DROP SCHEMA ${nspname} CASCADE`);
      } finally {
        await sql.end();
      }
    },
  };
}

/** Registers `fn` once per backend: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function eachBackend(name: string, fn: (backend: Backend) => Promise<void>): void {
  const variants = [
    { kind: "pglite", open: pgliteBackend, ignore: false },
    { kind: "postgres", open: postgresBackend, ignore: ignoreWithout("postgres") },
  ] as const;
  for (const { kind, open, ignore } of variants) {
    Deno.test({
      name: `${name} (${kind})`,
      ignore,
      async fn() {
        const backend = await open();
        try {
          await fn(backend);
        } finally {
          await backend.close();
        }
      },
    });
  }
}
