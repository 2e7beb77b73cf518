import { exportLog } from "./archive-export.ts";
import { messageOf, openFailed, parseToolArgs, storeSchemaOf } from "./archive-cli.ts";
import type { CommandIo } from "./replay.ts";
import { openStorage } from "./storage.ts";

export const BACKUP_USAGE =
  `usage: backup FILE [--store-schema NAME] [--database-url URL | --data-dir DIR]

Writes the whole event log, in global order, to FILE: gzip'd NDJSON with a
header line, one event envelope per line and a trailer with the event count
and a SHA-256 of the content. The log is all there is to back up: every
projection is rebuilt from it (restore does). The file is written to
FILE.tmp and renamed when complete. Prints one line: events, bytes, sha256.
Exit status: 0 written, 1 failed (nothing left under FILE), 2 bad usage.

  --store-schema  the event store's schema (default: the node's)

DATABASE_URL selects PostgreSQL (the node may keep running: the backup
holds the log up to the head it found when it started); otherwise the
embedded database under DATA_DIR (default ./data), which only one process
may open: stop the node first (a data directory in use is refused, exit 1).

With --server URL (or --context NAME) the backup is taken online instead:
the node streams it (GET /api/v1/backup, admin) from a consistent snapshot
while it serves; the file is checked in full before it is renamed to FILE.`;

/** `backup FILE`: the event log to a file (format: archive-format.ts). */
export async function backupCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseToolArgs(args, io, { name: "backup", usage: BACKUP_USAGE, positionals: 1 });
  if (typeof parsed === "number") return parsed;
  const path = parsed.positionals[0]!;
  let storage;
  try {
    storage = await openStorage(parsed.config, parsed.storage, {
      command: "cli backup",
      online: "take an online backup with `deno task cli backup FILE --server URL`",
    }, io);
  } catch (error) {
    return openFailed(io, "backup", error);
  }
  try {
    io.stderr(`backup: writing the event log of ${storage.where} to ${path}\n`);
    let shown = 0;
    const summary = await exportLog({
      store: storage.store,
      db: storage.space.database.db,
      schema: storeSchemaOf(parsed),
      path,
      onPage(events, position, upTo) {
        // A terminal gets a counter redrawn in place, at most ten times a second.
        if (!io.stderrIsTerminal || Date.now() - shown < 100) return;
        shown = Date.now();
        const percent = upTo > 0 ? Math.floor((position / upTo) * 100) : 100;
        io.stderr(`\rbackup: ${events.toLocaleString("en-US")} events (${percent}%)`);
      },
    });
    if (shown > 0) io.stderr("\n");
    io.stdout(
      `backup ${path}: ${summary.events} events up to position ${summary.upToPosition}, ` +
        `${summary.bytes} bytes, sha256 ${summary.sha256}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr(`backup: ${messageOf(error)}\n`);
    return 1;
  } finally {
    await storage.close();
  }
}
