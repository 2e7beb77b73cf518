/**
 * Reading the log over SQL: a stream by version, the whole log by global
 * position. Readers of the whole log see only its committed prefix, so a
 * projector never passes an event that commits later with a lower position.
 */
import { type Kysely, sql } from "kysely";
import type { RecordedEvent } from "../../events/envelope.ts";
import type { EventCatalogue } from "../../events/catalogue.ts";
import type { ReadAllOptions, ReadStreamOptions, RecordedCommand } from "./event-store.ts";
import { appendResult, positiveInteger } from "./append-input.ts";
import { eventColumns, type EventRow, toNumber, toRecordedEvent } from "./rows.ts";
import { guard } from "./sql-errors.ts";
import type { StoreDatabase } from "./tables.ts";

type Db = Kysely<StoreDatabase>;

/**
 * Readers see only the committed prefix of the log:
 *   transaction_id < xmin of the statement's own snapshot.
 * Proof that no event is skipped: let E (position p, xid x) pass the filter,
 * so x < xmin: x is no longer running. Any event E' with p' < p has x' <= x
 * (append-function.ts, point 1), so x' < xmin too: E' is committed, hence in
 * this snapshot and returned first (ORDER BY position), or it was rolled back
 * and never exists. So a reader never passes an event that commits later.
 */
const committedPrefix = sql<
  boolean
>`transaction_id < (select pg_snapshot_xmin(pg_current_snapshot()))`;

export async function readStream(
  db: Db,
  catalogue: EventCatalogue,
  streamId: string,
  options: ReadStreamOptions,
): Promise<RecordedEvent[]> {
  let query = db.selectFrom("events").select(eventColumns)
    .where("stream_id", "=", streamId)
    .where("version", ">=", options.fromVersion ?? 1)
    .orderBy("version");
  if (options.limit !== undefined) query = query.limit(positiveInteger(options.limit, "limit"));
  const rows = await guard(query.execute());
  return rows.map((row) => catalogue.upcast(toRecordedEvent(row)));
}

export async function streamVersion(db: Db, streamId: string): Promise<number> {
  const row = await guard(
    db.selectFrom("events")
      .select((eb) => eb.fn.max("version").as("version"))
      .where("stream_id", "=", streamId)
      .executeTakeFirst(),
  );
  return toNumber(row?.version);
}

export async function readAll(
  db: Db,
  catalogue: EventCatalogue,
  options: ReadAllOptions,
): Promise<RecordedEvent[]> {
  const limit = positiveInteger(options.limit, "limit");
  if (options.types && options.types.length === 0) return [];
  let query = db.selectFrom("events").select(eventColumns)
    .where("position", ">", options.after ?? 0)
    .where(committedPrefix)
    .orderBy("position")
    .limit(limit);
  if (options.streamId !== undefined) query = query.where("stream_id", "=", options.streamId);
  if (options.types) query = query.where("type", "in", options.types);
  const rows: EventRow[] = await guard(query.execute());
  return rows.map((row) => catalogue.upcast(toRecordedEvent(row)));
}

export async function headPosition(db: Db): Promise<number> {
  const row = await guard(
    db.selectFrom("events")
      .select((eb) => eb.fn.max("position").as("position"))
      .where(committedPrefix)
      .executeTakeFirst(),
  );
  return toNumber(row?.position);
}

/** Highest committed position, including events still held back behind a running append. */
export async function lastCommittedPosition(db: Db): Promise<number> {
  const row = await guard(
    db.selectFrom("events")
      .select((eb) => eb.fn.max("position").as("position"))
      .executeTakeFirst(),
  );
  return toNumber(row?.position);
}

/** What an earlier append of `commandId` to the stream recorded, if it happened. */
export async function findCommand(
  db: Db,
  streamId: string,
  commandId: string,
): Promise<RecordedCommand | undefined> {
  const rows = await guard(
    db.selectFrom("events")
      .select(["version as appended_version", "position as appended_position", "type"])
      .select(sql<boolean>`true`.as("duplicate"))
      .where("stream_id", "=", streamId)
      .where("command_id", "=", commandId)
      .orderBy("version")
      .execute(),
  );
  if (rows.length === 0) return undefined;
  return { ...appendResult(streamId, rows), types: rows.map((r) => r.type) };
}
