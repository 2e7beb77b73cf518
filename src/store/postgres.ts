import { Kysely } from "kysely";
import type postgres from "postgres";
import { catalogue as domainCatalogue } from "../../events/mod.ts";
import type { EventCatalogue } from "../../events/catalogue.ts";
import type { EventStore } from "./event-store.ts";
import { migrateStore } from "./migrations.ts";
import { PostgresJsDialect } from "./postgres-dialect.ts";
import { postgresClient } from "./postgres-client.ts";
import { SqlEventStore } from "./sql-event-store.ts";
import { assertSchemaName, type StoreDatabase } from "./tables.ts";
import { StoreHealth, type StoreHealthOptions } from "./store-health.ts";

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
  return (await openPostgres(options)).store;
}

/**
 * The event store plus what the node knows of its database's health, kept
 * by the store's own queries (see store-health.ts). Close the health after
 * the store.
 */
export async function postgresEventStoreWithHealth(
  options: PostgresEventStoreOptions & { health?: Omit<StoreHealthOptions, "probe"> },
): Promise<{ store: EventStore; health: StoreHealth }> {
  let health: StoreHealth | undefined;
  const opened = await openPostgres(options, (client) => {
    health = new StoreHealth({
      ...options.health,
      probe: async () => void await client`select 1`,
    });
    return health;
  });
  return { store: opened.store, health: health! };
}

async function openPostgres(
  options: PostgresEventStoreOptions,
  observe?: (client: postgres.Sql) => StoreHealth,
): Promise<{ store: EventStore }> {
  const schema = assertSchemaName(options.schema ?? "switchboard");
  const client = postgresClient(options.url, {
    max: options.max ?? 10,
    applicationName: "switchboard-store",
  });
  const health = observe?.(client);
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresJsDialect(client, health) });
  try {
    await migrateStore(db as unknown as Kysely<unknown>, schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const store = new SqlEventStore({
    kind: "postgres",
    db,
    ownsDatabase: true,
    schema,
    catalogue: options.catalogue ?? domainCatalogue,
  });
  return { store };
}
