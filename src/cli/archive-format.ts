/**
 * The backup file: gzip'd NDJSON, one JSON object per line, "\n" after each.
 *
 *   line 1        header   {"record":"header","format":"switchboard-backup","version":1,...}
 *   lines 2..n+1  events   one full envelope per line, in global order
 *   last line     trailer  {"record":"trailer","events":n,"lastPosition":p,"sha256":"..."}
 *
 * The checksum is the SHA-256 of every byte before the trailer (the header
 * line and the event lines, newlines included), so a flipped byte anywhere
 * but in the trailer is caught by the hash, and a flipped byte in the trailer
 * by its own schema or the hash it no longer matches. The count and last
 * position live in the trailer because the writer streams: it knows them
 * only at the end, and a file cut short has no trailer at all.
 *
 * The file comes from outside (disks, object stores, operators), so every
 * line is checked with zod before anything is written anywhere.
 */
import { createHash, type Hash } from "node:crypto";
import { z } from "zod";

export const ARCHIVE_FORMAT = "switchboard-backup";
export const ARCHIVE_VERSION = 1;

/** A problem with a backup file or its target, said in one line: the commands print it and exit 1. */
export class ArchiveError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ArchiveError";
  }
}

const position = z.number().int().nonnegative();

export const ArchiveHeader = z.strictObject({
  record: z.literal("header"),
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  source: z.strictObject({
    kind: z.enum(["postgres", "pglite"]),
    /** The store schema the log was read from (the restore may use another). */
    schema: z.string().min(1),
  }),
  /** The committed head when the backup started: every event up to it is in the file. */
  upToPosition: position,
});
export type ArchiveHeader = z.infer<typeof ArchiveHeader>;

/**
 * One event as it stands in the store, not upcast: `schemaVersion` and `data`
 * are what was written, so a restore stores the same bytes the source holds.
 * `commandId` is the store's command column (idempotency lookups use it; it
 * is not always in the metadata), so a retried command after a restore is
 * still recognised as a duplicate.
 */
export const ArchiveEvent = z.strictObject({
  id: z.guid(),
  streamId: z.string().min(1),
  version: z.number().int().positive(),
  position: z.number().int().positive(),
  type: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  data: z.unknown(),
  metadata: z.record(z.string(), z.unknown()),
  commandId: z.string().min(1).nullable(),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type ArchiveEvent = z.infer<typeof ArchiveEvent>;

export const ArchiveTrailer = z.strictObject({
  record: z.literal("trailer"),
  events: z.number().int().nonnegative(),
  /** The last event's position (0 for an empty log). */
  lastPosition: position,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "expected 64 lowercase hex digits"),
});
export type ArchiveTrailer = z.infer<typeof ArchiveTrailer>;

/** One line for people out of a zod error: the first issue, with its field. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join(".") || "(line)"}: ${issue.message}`;
}

/** The running SHA-256 over the lines before the trailer, each hashed with its newline. */
export class LineDigest {
  readonly #hash: Hash = createHash("sha256");
  add(line: string): void {
    this.#hash.update(line, "utf8");
    this.#hash.update("\n");
  }
  hex(): string {
    return this.#hash.digest("hex");
  }
}

/** Checked on the way out too: a writer bug must not produce a file every reader refuses. */
export function headerLine(header: ArchiveHeader): string {
  return JSON.stringify(ArchiveHeader.parse(header));
}

export function trailerLine(trailer: ArchiveTrailer): string {
  return JSON.stringify(ArchiveTrailer.parse(trailer));
}
