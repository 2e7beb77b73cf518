/**
 * An append's round trip: one append through sb_append, or a group of
 * them, each judged on its own, through sb_append_batch (append-function.ts;
 * the grouping is append-batcher.ts).
 */
import { type Kysely, sql } from "kysely";
import type { AppendedRow } from "./append-input.ts";
import type { BatchOutcome, QueuedAppend } from "./append-batcher.ts";
import type { StoreDatabase } from "./tables.ts";

type Db = Kysely<StoreDatabase>;

/** A row of sb_append_batch. */
interface BatchRow extends AppendedRow {
  entry: number;
  actual_version: string | number | null;
}

export async function appendOne(
  db: Db,
  schema: string,
  append: QueuedAppend,
): Promise<AppendedRow[]> {
  const result = await sql<AppendedRow>`
    select appended_version, appended_position, duplicate
    from ${sql.id(schema)}.sb_append(
      ${append.streamId}, ${append.expected}, ${append.commandId},
      ${JSON.stringify(append.events)}::text::jsonb,
      ${append.fence ? JSON.stringify(append.fence) : null}::text::jsonb
    )`.execute(db);
  return result.rows;
}

export async function appendMany(
  db: Db,
  schema: string,
  appends: QueuedAppend[],
): Promise<BatchOutcome[]> {
  const batch = appends.map((a) => ({
    stream: a.streamId,
    expected: a.expected,
    commandId: a.commandId,
    events: a.events,
    ...(a.fence ? { fence: a.fence } : {}),
  }));
  const result = await sql<BatchRow>`
    select entry, appended_version, appended_position, duplicate, actual_version
    from ${sql.id(schema)}.sb_append_batch(${JSON.stringify(batch)}::text::jsonb)`
    .execute(db);
  const rows: AppendedRow[][] = appends.map(() => []);
  const outcomes: (BatchOutcome | undefined)[] = appends.map(() => undefined);
  for (const row of result.rows) {
    const i = Number(row.entry) - 1;
    if (row.actual_version !== null) {
      outcomes[i] = { kind: "conflict", actual: Number(row.actual_version) };
    } else rows[i]!.push(row);
  }
  return outcomes.map((o, i) => o ?? { kind: "rows", rows: rows[i]! });
}

/** Claims the partition's next epoch (sb_claim_partition in append-function.ts). */
export async function claimPartition(db: Db, schema: string, partition: number): Promise<number> {
  const result = await sql<{ epoch: string | number }>`
    select ${sql.id(schema)}.sb_claim_partition(${partition}::integer) as epoch`.execute(db);
  return Number(result.rows[0]!.epoch);
}
