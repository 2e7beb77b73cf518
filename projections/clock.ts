import { sql } from "kysely";
import { later, type SqlTarget, upsertRows } from "./bulk.ts";

/**
 * A projection's own notion of "now": the latest `at` among the events it
 * has folded. Retention and rate windows use it instead of the wall clock,
 * so a rebuild from position 0 gives the same rows as the live fold did.
 * It only moves forward, which keeps pruning independent of batch sizes: a
 * row pruned early is below every later cutoff too.
 */
export function clockDdl(schema: string): string {
  return `CREATE TABLE ${schema}.clock (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    high_water_at timestamptz NOT NULL
  )`;
}

export async function readClock(set: SqlTarget): Promise<string | undefined> {
  const { rows } = await sql<{ high_water_at: Date | string }>`
    SELECT high_water_at FROM ${sql.id(set.schema, "clock")}`.execute(set.db);
  const value = rows[0]?.high_water_at;
  return value === undefined ? undefined : new Date(value).toISOString();
}

export async function saveClock(
  set: SqlTarget,
  before: string | undefined,
  after: string | undefined,
): Promise<void> {
  if (after === undefined || after === before) return;
  await upsertRows(set, "clock", ["singleton"], [{ singleton: true, high_water_at: after }]);
}

/** Advances a high-water mark by the `at` of each folded event. */
export function advance(clock: string | undefined, at: string): string | undefined {
  return later(clock, at);
}
