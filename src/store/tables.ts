import type { ColumnType, Generated, RawBuilder } from "kysely";

/**
 * The store's tables as Kysely sees them. int8 columns come back as strings
 * from postgres.js and as numbers from PGlite, so both are allowed on read and
 * converted with `Number()` (positions and versions stay below 2^53).
 */
type Int8 = ColumnType<string | number, number, number>;
/** jsonb is written through `jsonb()` in rows.ts, never as a bare JS value. */
type Jsonb<T> = ColumnType<T, RawBuilder<unknown>, RawBuilder<unknown>>;

export interface EventsTable {
  position: ColumnType<string | number, never, never>;
  transaction_id: ColumnType<string, never, never>;
  event_id: string;
  stream_id: string;
  version: Int8;
  type: string;
  schema_version: number;
  data: Jsonb<unknown>;
  metadata: Jsonb<Record<string, unknown>>;
  command_id: string | null;
  recorded_at: Generated<Date | string>;
}

export interface CheckpointsTable {
  name: string;
  position: Int8;
  updated_at: Generated<Date | string>;
}

export interface SnapshotsTable {
  stream_id: string;
  version: Int8;
  state: Jsonb<unknown>;
  saved_at: Generated<Date | string>;
}

export interface StoreDatabase {
  events: EventsTable;
  checkpoints: CheckpointsTable;
  snapshots: SnapshotsTable;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The schema name is spliced into DDL and into the append function's body, so
 * it must be a plain lowercase identifier (no quoting games, no case folding
 * surprises, within PostgreSQL's 63-byte limit).
 */
export function assertSchemaName(schema: string): string {
  if (!IDENTIFIER.test(schema) || schema.startsWith("pg_")) {
    throw new Error(
      `invalid store schema name '${schema}': expected 1-63 characters of a-z 0-9 _, ` +
        `not starting with a digit or 'pg_'`,
    );
  }
  return schema;
}
