import { PGlite } from "@electric-sql/pglite";
import { Kysely, PGliteDialect } from "kysely";
import { catalogue as domainCatalogue } from "../../events/mod.ts";
import type { EventCatalogue } from "../../events/catalogue.ts";
import type { EventStore } from "./event-store.ts";
import { migrateStore } from "./migrations.ts";
import { SqlEventStore } from "./sql-event-store.ts";
import { assertSchemaName, type StoreDatabase } from "./tables.ts";

export interface PgliteEventStoreOptions {
  /** Directory for the database files (e.g. `./data/pglite`); undefined keeps it in memory. */
  dataDir?: string;
  /**
   * An open PGlite to share (e.g. with projections, since one data directory
   * admits one PGlite). The store then leaves it open on close; `dataDir` is ignored.
   */
  pglite?: PGlite;
  /** Defaults to `switchboard`. */
  schema?: string;
  catalogue?: EventCatalogue;
}

/**
 * The embedded event store: PostgreSQL compiled to WebAssembly, in process.
 * Same SQL as the PostgreSQL adapter (the append function is plpgsql, which
 * PGlite ships). PGlite has a single connection, so writers are serial and
 * the committed-prefix read is trivially exact; the same code still runs.
 */
export async function pgliteEventStore(options: PgliteEventStoreOptions = {}): Promise<EventStore> {
  const schema = assertSchemaName(options.schema ?? "switchboard");
  const shared = options.pglite;
  let pglite: PGlite;
  if (shared) pglite = shared;
  else if (options.dataDir === undefined) pglite = new PGlite();
  else {
    await Deno.mkdir(options.dataDir, { recursive: true });
    pglite = new PGlite(options.dataDir);
  }
  const db = new Kysely<StoreDatabase>({ dialect: new PGliteDialect({ pglite }) });
  try {
    await migrateStore(db as unknown as Kysely<unknown>, schema);
  } catch (error) {
    if (!shared) await db.destroy();
    throw error;
  }
  return new SqlEventStore({
    kind: "pglite",
    db,
    // Kysely's PGlite driver closes the instance on destroy: only when we opened it.
    ownsDatabase: !shared,
    schema,
    catalogue: options.catalogue ?? domainCatalogue,
  });
}
