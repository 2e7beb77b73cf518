import { sql, type Transaction } from "kysely";
import { assertSchemaName } from "../src/store/tables.ts";
import type { AnyTables, ProjectionDatabase } from "./database.ts";
import type { AnyProjection } from "./projection.ts";

/**
 * Table sets. Each projection's tables live in a schema of their own, a
 * "table set" named `<base>_<projection>_<random>`, with a one-row
 * `checkpoint` table beside them: the checkpoint travels with the rows it
 * describes, so swapping sets swaps both at once. The control table
 * `<base>.table_sets` says which set is live per projection; flipping that
 * row is the blue-green swap. `<base>.builds` lists sets still being built
 * (rebuilds, time-travel reads), so ones abandoned by a crash can be dropped.
 */

/** Where projections keep their control tables and table sets. */
export interface ProjectionSpace {
  readonly database: ProjectionDatabase;
  /** Control schema, and the prefix of every table set's schema. */
  readonly base: string;
}

export const DEFAULT_PROJECTION_SCHEMA = "switchboard_views";

export interface LiveSet {
  schema: string;
  version: number;
}

type Trx = Transaction<AnyTables>;

export function assertBase(base: string): string {
  assertSchemaName(base);
  if (base.length > 40) throw new Error(`projection schema '${base}' exceeds 40 characters`);
  return base;
}

/** Creates the control schema and tables once; concurrent starters wait on one lock. */
export async function ensureControl(space: ProjectionSpace): Promise<void> {
  const base = assertBase(space.base);
  await space.database.transaction(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`switchboard.views:${base}`}))`.execute(trx);
    await sql.raw(`CREATE SCHEMA IF NOT EXISTS ${base}`).execute(trx);
    await sql.raw(`
      CREATE TABLE IF NOT EXISTS ${base}.table_sets (
        projection text PRIMARY KEY,
        schema text NOT NULL UNIQUE,
        version integer NOT NULL,
        activated_at timestamptz NOT NULL DEFAULT now()
      )`).execute(trx);
    await sql.raw(`
      CREATE TABLE IF NOT EXISTS ${base}.builds (
        schema text PRIMARY KEY,
        projection text NOT NULL,
        purpose text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now()
      )`).execute(trx);
  });
}

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return [...bytes].map((b) => b.toString(36).padStart(2, "0")).join("").slice(0, 8);
}

/** A fresh, empty table set at checkpoint 0, registered as a build until activated or dropped. */
export async function createTableSet(
  space: ProjectionSpace,
  projection: AnyProjection,
  purpose: "live" | "rebuild" | "at",
): Promise<string> {
  const schema = assertSchemaName(`${space.base}_${projection.name}_${randomSuffix()}`);
  await space.database.transaction(async (trx) => {
    await sql`INSERT INTO ${sql.id(space.base, "builds")} (schema, projection, purpose)
      VALUES (${schema}, ${projection.name}, ${purpose})`.execute(trx);
    await sql.raw(`CREATE SCHEMA ${schema}`).execute(trx);
    // One row; the check keeps it one.
    await sql.raw(`
      CREATE TABLE ${schema}.checkpoint (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        position bigint NOT NULL CHECK (position >= 0)
      )`).execute(trx);
    await sql.raw(`INSERT INTO ${schema}.checkpoint (position) VALUES (0)`).execute(trx);
    for (const statement of projection.ddl(schema)) await sql.raw(statement).execute(trx);
  });
  return schema;
}

export async function dropTableSet(space: ProjectionSpace, schema: string): Promise<void> {
  assertSchemaName(schema);
  await space.database.transaction(async (trx) => {
    await sql.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).execute(trx);
    await sql`DELETE FROM ${sql.id(space.base, "builds")} WHERE schema = ${schema}`.execute(trx);
  });
}

/**
 * Drops sets whose build started longer ago than `olderThanSeconds` and never
 * finished: what a crash during a rebuild or a time-travel read leaves behind.
 */
export async function dropAbandonedBuilds(
  space: ProjectionSpace,
  olderThanSeconds: number,
): Promise<string[]> {
  const { rows } = await sql<{ schema: string }>`
    SELECT schema FROM ${sql.id(space.base, "builds")}
    WHERE started_at < now() - make_interval(secs => ${olderThanSeconds})`
    .execute(space.database.db);
  for (const { schema } of rows) await dropTableSet(space, schema);
  return rows.map((r) => r.schema);
}

/** The live set, read without a lock (readers). */
export async function liveSet(
  space: ProjectionSpace,
  projection: string,
): Promise<LiveSet | undefined> {
  const { rows } = await sql<LiveSet>`
    SELECT schema, version FROM ${sql.id(space.base, "table_sets")}
    WHERE projection = ${projection}`.execute(space.database.db);
  return rows[0];
}

/**
 * The live set, locked for the rest of `trx`: `share` by the runner (many
 * batches may hold it, a swap waits for them), `update` by a swap.
 */
export async function lockLiveSet(
  trx: Trx,
  base: string,
  projection: string,
  mode: "share" | "update",
): Promise<LiveSet | undefined> {
  const { rows } = await sql<LiveSet>`
    SELECT schema, version FROM ${sql.id(base, "table_sets")}
    WHERE projection = ${projection}
    FOR ${mode === "share" ? sql`SHARE` : sql`UPDATE`}`.execute(trx);
  return rows[0];
}

/** Makes `schema` the live set of `projection` inside `trx`; returns the set it replaced. */
export async function activate(
  trx: Trx,
  base: string,
  projection: AnyProjection,
  schema: string,
): Promise<string | undefined> {
  const previous = await lockLiveSet(trx, base, projection.name, "update");
  await sql`
    INSERT INTO ${sql.id(base, "table_sets")} (projection, schema, version)
    VALUES (${projection.name}, ${schema}, ${projection.version})
    ON CONFLICT (projection) DO UPDATE
      SET schema = excluded.schema, version = excluded.version, activated_at = now()`
    .execute(trx);
  await sql`DELETE FROM ${sql.id(base, "builds")} WHERE schema = ${schema}`.execute(trx);
  return previous?.schema;
}

export async function readCheckpoint(
  trx: Trx,
  schema: string,
  lock = false,
): Promise<number> {
  const { rows } = await sql<{ position: number | string }>`
    SELECT position FROM ${sql.id(schema, "checkpoint")}
    ${lock ? sql`FOR UPDATE` : sql``}`.execute(trx);
  return Number(rows[0]?.position ?? 0);
}

export async function writeCheckpoint(trx: Trx, schema: string, position: number): Promise<void> {
  await sql`UPDATE ${sql.id(schema, "checkpoint")} SET position = ${position}`.execute(trx);
}
