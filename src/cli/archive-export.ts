import { type Kysely, sql } from "kysely";
import type { AnyTables } from "../../projections/database.ts";
import type { EventStore } from "../store/event-store.ts";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  headerLine,
  LineDigest,
  trailerLine,
} from "./archive-format.ts";

export interface ExportOptions extends ArchiveSource {
  path: string;
}

export interface ExportSummary {
  path: string;
  events: number;
  /** Size of the compressed file. */
  bytes: number;
  sha256: string;
  upToPosition: number;
}

interface RawEvent {
  position: number | string;
  id: string;
  stream_id: string;
  version: number | string;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  command_id: string | null;
  recorded_at: string;
}

const PAGE = 1_000;

/**
 * One event line. `data` and `metadata` arrive as the database's own jsonb
 * text and are spliced in as they are: no JSON.parse/stringify round trip
 * that could reformat a number, and no cost for it either. jsonb's text
 * form is valid JSON. Keys in the envelope's order, so files diff well.
 */
function eventLine(row: RawEvent): string {
  const s = JSON.stringify;
  return `{"id":${s(row.id)},"streamId":${s(row.stream_id)},"version":${Number(row.version)},` +
    `"position":${Number(row.position)},"type":${s(row.type)},` +
    `"schemaVersion":${row.schema_version},"data":${row.data},"metadata":${row.metadata},` +
    `"commandId":${s(row.command_id)},"recordedAt":${s(row.recorded_at)}}`;
}

/**
 * A page of raw rows after `after`, up to `upTo`, by primary key (an index
 * range scan, whatever the log's size). Raw, not through the store's
 * readAll: that one upcasts old schema versions, and a backup must hold what
 * was written. recordedAt as text with microseconds, in UTC, because a JS
 * Date would cut it to milliseconds.
 */
function page(db: Kysely<AnyTables>, schema: string, after: number, upTo: number, limit: number) {
  return sql<RawEvent>`
    SELECT position, event_id::text AS id, stream_id, version, type, schema_version,
           data::text AS data, metadata::text AS metadata, command_id,
           to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS recorded_at
    FROM ${sql.id(schema, "events")}
    WHERE position > ${after} AND position <= ${upTo}
    ORDER BY position
    LIMIT ${limit}`.execute(db);
}

/** What an archive stream needs: the store and raw SQL on its database. */
export interface ArchiveSource {
  store: EventStore;
  db: Kysely<AnyTables>;
  schema: string;
  pageSize?: number;
  /** After each page: events written so far and the position reached, out of `upTo`. */
  onPage?: (events: number, position: number, upTo: number) => void;
}

/** An archive as it is produced: its text, and its trailer's figures once the text has ended. */
export interface ArchiveText {
  upToPosition: number;
  lines: AsyncGenerator<string>;
  /** Filled when `lines` has yielded the trailer. */
  readonly result: { events: number; lastPosition: number; sha256: string };
}

/**
 * The whole log as backup text (format: archive-format.ts), page by page:
 * memory holds one page, whatever the log's size.
 *
 * Which events: every one up to the store's committed head when the backup
 * starts (headPosition: the prefix readers may see). By the store's
 * no-skip invariant every event at or below that head is committed or gone
 * for good, so the pages read later see exactly that prefix, even with a
 * node appending meanwhile: a consistent snapshot of the log up to a fixed
 * position, taken while the node serves (`GET /api/v1/backup` streams it).
 * Events appended after the start are for the next backup.
 */
export async function archiveText(source: ArchiveSource): Promise<ArchiveText> {
  const { store, db, schema } = source;
  const limit = source.pageSize ?? PAGE;
  const upTo = await store.headPosition();
  const digest = new LineDigest();
  const result = { events: 0, lastPosition: 0, sha256: "" };

  async function* lines(): AsyncGenerator<string> {
    const header = headerLine({
      record: "header",
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      createdAt: new Date().toISOString(),
      source: { kind: store.kind, schema },
      upToPosition: upTo,
    });
    digest.add(header);
    yield `${header}\n`;
    let events = 0;
    let last = 0;
    for (;;) {
      const { rows } = await page(db, schema, last, upTo, limit);
      if (rows.length === 0) break;
      const text = rows.map(eventLine);
      for (const line of text) digest.add(line);
      events += rows.length;
      last = Number(rows[rows.length - 1]!.position);
      source.onPage?.(events, last, upTo);
      yield `${text.join("\n")}\n`;
      if (rows.length < limit) break;
    }
    const sha256 = digest.hex();
    Object.assign(result, { events, lastPosition: last, sha256 });
    yield `${trailerLine({ record: "trailer", events, lastPosition: last, sha256 })}\n`;
  }
  return { upToPosition: upTo, lines: lines(), result };
}

/** Backup text as gzip'd bytes: the file's content, or an HTTP body. */
export function gzipped(lines: AsyncIterable<string>): ReadableStream<Uint8Array> {
  return ReadableStream.from(lines)
    .pipeThrough(new TextEncoderStream())
    .pipeThrough(new CompressionStream("gzip"));
}

/**
 * Writes the whole log to `path` as a backup (archiveText). The file is
 * written to `path.tmp`, synced, then renamed over `path`: a crash or an
 * error leaves the previous backup (if any) untouched and never a
 * half-written file under the real name.
 */
export async function exportLog(options: ExportOptions): Promise<ExportSummary> {
  const archive = await archiveText(options);
  const bytes = await writeFileAtomically(options.path, gzipped(archive.lines));
  const { events, sha256 } = archive.result;
  return { path: options.path, events, bytes, sha256, upToPosition: archive.upToPosition };
}

/** Writes a stream to `path.tmp` (0600), syncs, renames over `path`; the bytes written. */
export async function writeFileAtomically(
  path: string,
  content: ReadableStream<Uint8Array>,
): Promise<number> {
  const tmp = `${path}.tmp`;
  // 0600: a backup holds every event, principals and all.
  const file = await Deno.open(tmp, { write: true, create: true, truncate: true, mode: 0o600 });
  let bytes = 0;
  try {
    for await (const chunk of content) {
      await writeAll(file, chunk);
      bytes += chunk.length;
    }
    await file.sync();
  } catch (error) {
    file.close();
    await Deno.remove(tmp).catch(() => {});
    throw error;
  }
  file.close();
  await Deno.rename(tmp, path);
  return bytes;
}

async function writeAll(file: Deno.FsFile, bytes: Uint8Array): Promise<void> {
  while (bytes.length > 0) bytes = bytes.subarray(await file.write(bytes));
}
