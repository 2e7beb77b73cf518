import { sql } from "kysely";
import { liveSet, type ProjectionSpace, readCheckpoint } from "../../projections/table-sets.ts";
import { allProjections } from "../../projections/mod.ts";
import { appendLockKeys } from "../store/append-function.ts";
import { ArchiveError } from "./archive-format.ts";

/**
 * Why the target cannot take a restore, or undefined when it is empty.
 * Empty means: no event, no actor snapshot (it would describe another
 * history), no subscriber checkpoint past 0 and no live projection past 0
 * (either would skip the restored events as "already handled"). A node
 * that started once on an empty database leaves only zeros: that is empty.
 * Reads only: a refused restore writes nothing.
 */
export async function whyNotEmpty(
  space: ProjectionSpace,
  schema: string,
): Promise<string | undefined> {
  const db = space.database.db;
  const { rows } = await sql<
    { head: number | null; snapshots: boolean; checkpoint: string | null }
  >`
    SELECT (SELECT max(position) FROM ${sql.id(schema, "events")}) AS head,
           EXISTS (SELECT 1 FROM ${sql.id(schema, "snapshots")}) AS snapshots,
           (SELECT name FROM ${sql.id(schema, "checkpoints")} WHERE position > 0 LIMIT 1)
             AS checkpoint`.execute(db);
  const found = rows[0]!;
  if (found.head !== null) return `it holds events (up to position ${Number(found.head)})`;
  if (found.snapshots) return "it holds actor snapshots";
  if (found.checkpoint !== null) return `subscriber '${found.checkpoint}' has a checkpoint past 0`;
  const control = await sql<{ found: string | null }>`
    SELECT to_regclass(${`${space.base}.table_sets`})::text AS found`.execute(db);
  if (control.rows[0]?.found === null) return undefined;
  for (const projection of allProjections) {
    const live = await liveSet(space, projection.name);
    if (!live) continue;
    const at = await space.database.transaction((trx) => readCheckpoint(trx, live.schema));
    if (at > 0) return `projection '${projection.name}' is at position ${at}`;
  }
  return undefined;
}

/**
 * Writes event lines into an empty store with their original positions,
 * one transaction per batch, and keeps the store's invariants:
 *
 * Positions: kept exactly, not renumbered. Projections record positions
 * (registry versions, session cursors, every table set's checkpoint), so
 * only the same positions give the same projection content hashes, and an
 * API cursor an operator saved stays valid. After each batch the position
 * sequence is moved to at least the batch's last position (never back), so
 * the next sb_append continues after the restored log.
 *
 * No-skip (readers return rows with transaction_id < their snapshot's xmin,
 * which is exact only while position order implies xid order, see
 * append-function.ts): each batch first takes the store's global append
 * lock, as sb_append does, then an EXCLUSIVE lock on the events table,
 * which waits for any transaction that inserted rows to end and keeps new
 * ones out until commit (readers' ACCESS SHARE is not blocked). This batch's
 * xid is assigned by its first insert, after both locks, so it is above the
 * xid of every committed event and below that of any later append; its
 * positions are above every earlier one (the table's max is checked under
 * the lock) and below any later one (the sequence). So p1 < p2 => x1 <= x2
 * holds across restored and appended events, and a reader running during
 * the restore sees a growing prefix of the restored log, never a hole.
 * The restore is meant to run with the node stopped; these locks make it
 * safe anyway, and the head check makes any other writer fail the restore
 * instead of interleaving with it.
 */
export class LogImporter {
  readonly #space: ProjectionSpace;
  readonly #schema: string;
  readonly #lockKey: string;
  #last = 0;
  #events = 0;

  constructor(space: ProjectionSpace, schema: string) {
    this.#space = space;
    this.#schema = schema;
    // As text: not every driver binds a bigint parameter.
    this.#lockKey = appendLockKeys(schema).global.toString();
  }

  /** Events imported so far, and the last position. */
  get progress(): { events: number; position: number } {
    return { events: this.#events, position: this.#last };
  }

  async importBatch(lines: string[]): Promise<void> {
    const events = sql.id(this.#schema, "events");
    const table = `${this.#schema}.events`;
    // The lines were checked (archive-scan.ts); the database parses them itself, so
    // numbers in data and metadata are stored as the source stored them.
    const json = `[${lines.join(",")}]`;
    const done = await this.#space.database.transaction(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${this.#lockKey}::bigint)`.execute(trx);
      await sql`LOCK TABLE ${events} IN EXCLUSIVE MODE`.execute(trx);
      const { rows: [head] } = await sql<{ position: number | string | null }>`
        SELECT max(position) AS position FROM ${events}`.execute(trx);
      const at = Number(head?.position ?? 0);
      if (at !== this.#last) {
        throw new ArchiveError(
          `another writer appended to the target during the restore (its head is ${at}, ` +
            `the restore is at ${this.#last}): stop every node before restoring`,
        );
      }
      const { rows: [inserted] } = await sql<{ n: number | string; last: number | string }>`
        WITH inserted AS (
          INSERT INTO ${events} (position, event_id, stream_id, version, type, schema_version,
                                 data, metadata, command_id, recorded_at)
          SELECT (e->>'position')::bigint, (e->>'id')::uuid, e->>'streamId',
                 (e->>'version')::bigint, e->>'type', (e->>'schemaVersion')::int,
                 e->'data', e->'metadata', e->>'commandId', (e->>'recordedAt')::timestamptz
          FROM jsonb_array_elements(${json}::text::jsonb) AS e
          RETURNING position
        )
        SELECT count(*) AS n, max(position) AS last FROM inserted`.execute(trx);
      const last = Number(inserted!.last);
      // setval is not transactional: if this transaction failed after it, the
      // sequence would only be ahead, which leaves a gap (positions may have gaps).
      await sql`
        SELECT setval(pg_get_serial_sequence(${table}, 'position'),
          greatest(${last}::bigint, coalesce(pg_sequence_last_value(
            pg_get_serial_sequence(${table}, 'position')::regclass), 0)))`.execute(trx);
      return { n: Number(inserted!.n), last };
    });
    this.#events += done.n;
    this.#last = done.last;
  }
}
