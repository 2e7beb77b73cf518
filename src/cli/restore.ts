import { allProjections, rebuildAll } from "../../projections/mod.ts";
import {
  messageOf,
  openFailed,
  parseToolArgs,
  storeSchemaOf,
  type ToolArgs,
} from "./archive-cli.ts";
import { ArchiveError, type ArchiveTrailer } from "./archive-format.ts";
import {
  compareHashes,
  describeHashes,
  ProjectionHashes,
  projectionHashes,
} from "./archive-hashes.ts";
import { LogImporter, whyNotEmpty } from "./archive-import.ts";
import { scanArchive } from "./archive-scan.ts";
import { progressBar } from "./progress.ts";
import type { CommandIo } from "./replay.ts";
import { openStorage, type Storage } from "./storage.ts";

export const RESTORE_USAGE =
  `usage: restore FILE [--verify-against HASHES.json] [--json] [--store-schema NAME]
                [--views-schema NAME] [--database-url URL | --data-dir DIR]

Imports a backup (see backup) into an empty store: checks the whole file
first (count, positions, SHA-256; a damaged or cut file is refused and
nothing is written), refuses a store that is not empty, imports every event
with its id, stream, version, position, metadata, command id and time, then
rebuilds every projection from position 0, checks that a fresh rebuild is
identical, and prints the projections' content hashes.
Exit status: 0 restored and identical, 1 refused, failed or different,
2 bad usage.

  --verify-against  the output of \`hashes --json\` on the backup's source:
                    the restored projections must match it
  --json            print the result as JSON on stdout
  --store-schema    the event store's schema (default: the node's)
  --views-schema    the projections' schema (default: the node's)

DATABASE_URL selects PostgreSQL; otherwise the embedded database under
DATA_DIR (default ./data), created if missing. Stop every node first: a
data directory in use is refused (exit 1).`;

/** What a restore works with once the file has passed its check. */
interface RestoreJob {
  path: string;
  file: Deno.FsFile;
  trailer: ArchiveTrailer;
  args: ToolArgs;
  /** The source's `hashes --json`, when given. */
  expected: ProjectionHashes | undefined;
  io: CommandIo;
}

function fail(io: CommandIo, message: string): number {
  io.stderr(`restore: ${message}\n`);
  return 1;
}

async function readExpected(path: string): Promise<ProjectionHashes> {
  try {
    return ProjectionHashes.parse(JSON.parse(await Deno.readTextFile(path)));
  } catch (error) {
    const why = messageOf(error).split("\n")[0];
    throw new ArchiveError(`cannot use ${path} as expected hashes (hashes --json output): ${why}`);
  }
}

/** `restore FILE`: exit 0 when the log was imported and the projections check out. */
export async function restoreCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseToolArgs(args, io, {
    name: "restore",
    usage: RESTORE_USAGE,
    booleans: ["--json"],
    values: ["--verify-against"],
    positionals: 1,
  });
  if (typeof parsed === "number") return parsed;
  const path = parsed.positionals[0]!;
  let file: Deno.FsFile;
  try {
    file = await Deno.open(path, { read: true });
  } catch (error) {
    return fail(io, `cannot open ${path}: ${messageOf(error)}`);
  }
  try {
    const against = parsed.values.get("--verify-against");
    let job: RestoreJob;
    try {
      const expected = against === undefined ? undefined : await readExpected(against);
      // Pass 1: the whole file is checked before the target is even opened.
      const { trailer } = await scanArchive(file, path);
      job = { path, file, trailer, args: parsed, expected, io };
    } catch (error) {
      return fail(io, messageOf(error));
    }
    io.stderr(
      `restore: ${path} checked: ${job.trailer.events} events, sha256 ${job.trailer.sha256}\n`,
    );
    let storage: Storage;
    try {
      // An embedded target may be new: the restore is how a data directory is born.
      if (!parsed.config.databaseUrl) {
        await Deno.mkdir(`${parsed.config.dataDir}/pglite`, { recursive: true });
      }
      storage = await openStorage(parsed.config, parsed.storage, { command: "cli restore" }, io);
    } catch (error) {
      return openFailed(io, "restore", error);
    }
    try {
      return await restoreInto(job, storage);
    } catch (error) {
      return fail(io, messageOf(error));
    } finally {
      await storage.close();
    }
  } finally {
    file.close();
  }
}

async function restoreInto(job: RestoreJob, storage: Storage): Promise<number> {
  const { io, trailer } = job;
  const schema = storeSchemaOf(job.args);
  const busy = await whyNotEmpty(storage.space, schema);
  if (busy) {
    return fail(
      io,
      `the target store ${storage.where} (schema ${schema}) is not empty: ${busy}; ` +
        `restore only into an empty store`,
    );
  }

  // Pass 2: import, batch by batch, re-checking the same open file as it goes.
  const started = performance.now();
  const importer = new LogImporter(storage.space, schema);
  try {
    await scanArchive(job.file, job.path, { onBatch: (lines) => importer.importBatch(lines) });
  } catch (error) {
    const { events } = importer.progress;
    const partial = events > 0
      ? `; the target holds a partial log: empty it (schema ${schema}) before trying again`
      : "";
    return fail(io, `import failed after ${events} events: ${messageOf(error)}${partial}`);
  }
  const importMs = performance.now() - started;
  io.stderr(`restore: imported ${trailer.events} events into ${storage.where}\n`);

  // Rebuild without comparing, so that every set is built up to the head
  // whatever an empty leftover live set says; then a fresh rebuild compared with it.
  const bar = progressBar({ write: io.stderr, isTerminal: io.stderrIsTerminal }, "rebuild");
  await rebuildAll(storage.store, storage.space, allProjections, {
    compare: false,
    onProgress: bar.update,
  });
  bar.done();
  const check = await rebuildAll(storage.store, storage.space, allProjections, { swap: false });
  const hashes = await projectionHashes(storage.space);
  const differences = job.expected ? compareHashes(job.expected, hashes) : [];
  const ok = check.identical && differences.length === 0;

  if (job.args.flags.has("--json")) {
    io.stdout(`${
      JSON.stringify({
        events: trailer.events,
        lastPosition: trailer.lastPosition,
        sha256: trailer.sha256,
        importMs: Math.round(importMs),
        freshRebuildIdentical: check.identical,
        hashes,
        ...(job.expected ? { matchesExpected: differences.length === 0, differences } : {}),
        identical: ok,
      })
    }\n`);
    return ok ? 0 : 1;
  }
  const seconds = (importMs / 1000).toFixed(2);
  const out = [
    `restored ${trailer.events} events from ${job.path} into ${storage.where} in ${seconds} s ` +
    `(positions kept: last ${trailer.lastPosition})\n`,
    `projections rebuilt from position 0; a fresh rebuild is ${
      check.identical ? "identical" : "DIFFERENT"
    }\n`,
    describeHashes(hashes),
  ];
  if (job.expected) {
    out.push(
      differences.length === 0
        ? "matches the expected hashes\n"
        : `DIFFERS from the expected hashes:\n${differences.map((d) => `  ${d}\n`).join("")}`,
    );
  }
  out.push(ok ? "result: identical\n" : "result: DIFFERENT\n");
  io.stdout(out.join(""));
  return ok ? 0 : 1;
}
