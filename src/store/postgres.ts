import { Kysely } from "kysely";
import postgres from "postgres";
import { catalogue as domainCatalogue } from "../../events/mod.ts";
import type { EventCatalogue } from "../../events/catalogue.ts";
import type { EventStore } from "./event-store.ts";
import { migrateStore } from "./migrations.ts";
import { PostgresJsDialect } from "./postgres-dialect.ts";
import { SqlEventStore } from "./sql-event-store.ts";
import { assertSchemaName, type StoreDatabase } from "./tables.ts";

export interface PostgresEventStoreOptions {
  url: string;
  /** Defaults to `switchboard`. Created and migrated on open. */
  schema?: string;
  catalogue?: EventCatalogue;
  /** Pool size. Appends hold a connection for one round trip, so a small pool goes far. */
  max?: number;
}

/** The cluster event store: PostgreSQL through postgres.js. Migrates the schema before returning. */
export async function postgresEventStore(options: PostgresEventStoreOptions): Promise<EventStore> {
  const schema = assertSchemaName(options.schema ?? "switchboard");
  const client = postgres(options.url, {
    max: options.max ?? 10,
    // Notices (e.g. "schema already exists, skipping") are not failures.
    onnotice: () => {},
    // Connections idle this long are closed, so a quiet node holds none.
    idle_timeout: 60,
    connection: { application_name: "switchboard-store" },
  });
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresJsDialect(client) });
  try {
    await migrateStore(db as unknown as Kysely<unknown>, schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new SqlEventStore({
    kind: "postgres",
    db,
    ownsDatabase: true,
    schema,
    catalogue: options.catalogue ?? domainCatalogue,
  });
}
