import { type QueryExecutorProvider, type RawBuilder, sql } from "kysely";

/**
 * Batch writes for projections. A batch is folded in memory and written
 * with one statement per table: the rows travel as one jsonb parameter and
 * `jsonb_populate_recordset` turns them into the table's row type. One
 * parameter whatever the row count (no 65,535-parameter limit, one parse),
 * which is what lets a rebuild apply tens of thousands of events a second.
 */

/** Where raw statements go: any table set's transaction, whatever its table types. */
export interface SqlTarget {
  readonly db: QueryExecutorProvider;
  readonly schema: string;
}

/** A row as it is written: every column of the table, by name (missing ones would be NULL). */
export type Row = object;

/**
 * The rows as a set of the table's records. jsonb rather than json: measured
 * faster here (jsonb columns take the parsed values as they are), and
 * jsonb's normalised key order keeps row digests independent of the order
 * in which a fold happened to set an object's keys.
 */
export function recordsOf(target: RawBuilder<unknown>, rows: readonly Row[]): RawBuilder<unknown> {
  return sql`jsonb_populate_recordset(null::${target}, ${JSON.stringify(rows)}::text::jsonb)`;
}

/** Inserts `rows`, replacing every column of a row whose key already exists. */
export async function upsertRows(
  set: SqlTarget,
  table: string,
  key: readonly string[],
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const updates = columns.filter((c) => !key.includes(c));
  const target = sql.id(set.schema, table);
  const list = sql.join(columns.map((c) => sql.id(c)));
  const onConflict = updates.length === 0
    ? sql`DO NOTHING`
    : sql`DO UPDATE SET ${sql.join(updates.map((c) => sql`${sql.id(c)} = excluded.${sql.id(c)}`))}`;
  await sql`
    INSERT INTO ${target} (${list})
    SELECT ${list} FROM ${recordsOf(target, rows)}
    ON CONFLICT (${sql.join(key.map((c) => sql.id(c)))}) ${onConflict}`.execute(set.db);
}

/** Inserts `rows` that are known to be new. */
export async function insertRows(
  set: SqlTarget,
  table: string,
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const target = sql.id(set.schema, table);
  const list = sql.join(Object.keys(rows[0]!).map((c) => sql.id(c)));
  await sql`
    INSERT INTO ${target} (${list})
    SELECT ${list} FROM ${recordsOf(target, rows)}`
    .execute(set.db);
}

/** `column IN (values)` with the values as one jsonb parameter. */
export function inList(column: string, values: Iterable<string>): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} IN (SELECT jsonb_array_elements_text(${
    JSON.stringify([...values])
  }::text::jsonb))`;
}

export async function deleteKeys(
  set: SqlTarget,
  table: string,
  column: string,
  keys: Iterable<string>,
): Promise<void> {
  const list = [...keys];
  if (list.length === 0) return;
  await sql`DELETE FROM ${sql.id(set.schema, table)} WHERE ${inList(column, list)}`
    .execute(set.db);
}

/** ISO text of a timestamp column, whichever driver read it. */
export function iso(value: Date | string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === "string" ? new Date(value).toISOString() : value.toISOString();
}

/** The later of two ISO timestamps (either may be absent). */
export function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
