import { type Kysely, sql } from "kysely";
import { type Migration, type MigrationProvider, Migrator } from "kysely/migration";
import {
  appendBatchFunctionSql,
  appendFunctionSql,
  claimPartitionFunctionSql,
} from "./append-function.ts";
import { StoreUnavailableError } from "./errors.ts";
import { scopedToSchema } from "./scoped-introspection.ts";

/**
 * Versioned store migrations, kept in code so that a binary and its schema
 * travel together. Each is keyed by a sortable name; Kysely's Migrator records
 * applied ones in `<schema>.sb_migrations` and runs pending ones in a
 * transaction under an advisory lock, so two nodes starting at once apply each
 * migration exactly once (the loser waits, then finds nothing to do).
 * Never edit an applied migration: add a new one.
 */
function storeMigrations(schema: string): Record<string, Migration> {
  const s = sql.id(schema);
  return {
    "0001_events": {
      async up(db: Kysely<unknown>) {
        // position: global order. transaction_id: the writer's xid, assigned in
        // sb_append's lock so that readers can compute the committed prefix.
        await sql`
          CREATE TABLE ${s}.events (
            position bigserial PRIMARY KEY,
            transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
            event_id uuid NOT NULL,
            stream_id text NOT NULL,
            version bigint NOT NULL CHECK (version > 0),
            type text NOT NULL,
            schema_version integer NOT NULL CHECK (schema_version > 0),
            data jsonb NOT NULL,
            metadata jsonb NOT NULL,
            command_id text,
            recorded_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT events_stream_version_key UNIQUE (stream_id, version),
            CONSTRAINT events_event_id_key UNIQUE (event_id)
          )`.execute(db);
        await sql`
          CREATE INDEX events_stream_command_idx ON ${s}.events (stream_id, command_id)
          WHERE command_id IS NOT NULL`.execute(db);
        await sql`
          CREATE TABLE ${s}.checkpoints (
            name text PRIMARY KEY,
            position bigint NOT NULL CHECK (position >= 0),
            updated_at timestamptz NOT NULL DEFAULT now()
          )`.execute(db);
        await sql`
          CREATE TABLE ${s}.snapshots (
            stream_id text PRIMARY KEY,
            version bigint NOT NULL CHECK (version > 0),
            state jsonb NOT NULL,
            saved_at timestamptz NOT NULL DEFAULT now()
          )`.execute(db);
        await sql.raw(appendFunctionSql(schema)).execute(db);
      },
    },
    "0002_append_batch": {
      async up(db: Kysely<unknown>) {
        await sql.raw(appendBatchFunctionSql(schema)).execute(db);
      },
    },
    "0003_partition_fencing": {
      async up(db: Kysely<unknown>) {
        await sql`
          CREATE TABLE ${s}.partition_epochs (
            partition integer PRIMARY KEY,
            epoch bigint NOT NULL CHECK (epoch > 0),
            claimed_at timestamptz NOT NULL DEFAULT now()
          )`.execute(db);
        // sb_append gained its fence argument: the old signature would be an ambiguous overload.
        await sql`DROP FUNCTION IF EXISTS ${s}.sb_append(text, bigint, text, jsonb)`.execute(db);
        await sql.raw(appendFunctionSql(schema)).execute(db);
        await sql.raw(appendBatchFunctionSql(schema)).execute(db);
        await sql.raw(claimPartitionFunctionSql(schema)).execute(db);
      },
    },
  };
}

class InCodeMigrations implements MigrationProvider {
  constructor(private readonly schema: string) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(storeMigrations(this.schema));
  }
}

/** Brings the schema up to date; creates it if needed. */
export async function migrateStore(db: Kysely<unknown>, schema: string): Promise<void> {
  const migrator = new Migrator({
    db: scopedToSchema(db, schema),
    provider: new InCodeMigrations(schema),
    migrationTableSchema: schema,
    migrationTableName: "sb_migrations",
    migrationLockTableName: "sb_migrations_lock",
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new StoreUnavailableError(
      `event store migration ${failed ?? ""} failed in schema '${schema}': ${String(error)}`,
      { cause: error },
    );
  }
}
