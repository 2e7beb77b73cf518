import { allProjections, rebuildAll, type ReplayReport } from "../../projections/mod.ts";
import { ConfigError, loadConfig } from "../config/config.ts";
import { openFailed } from "./archive-cli.ts";
import { progressBar } from "./progress.ts";
import { openStorage, type StorageOptions } from "./storage.ts";

/** Where a command reads its settings and writes its output: the process, or a test. */
export interface CommandIo {
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  stderrIsTerminal: boolean;
  /** Whether stdout is a terminal: tables get colour there (never with NO_COLOR). */
  stdoutIsTerminal?: boolean;
  /** Aborted on Ctrl-C: `--watch` and `--follow` stop, the rest ignore it. */
  signal?: AbortSignal;
}

export const REPLAY_USAGE =
  `usage: replay [--verify-only] [--json] [--store-schema NAME] [--views-schema NAME]
                [--database-url URL | --data-dir DIR]

Rebuilds every projection from position 0 of the event log, compares each
rebuilt table with the live one (row count and content hash, at the same log
position), prints whether they are identical and swaps the rebuilt tables in.
Exit status: 0 identical, 1 different (or nothing to compare, or the data
directory in use), 2 bad usage.

  --verify-only   compare, then drop the rebuilt tables instead of swapping them in
  --json          print the report as JSON on stdout
  --store-schema  the event store's schema (default: the node's)
  --views-schema  the projections' schema (default: the node's)

DATABASE_URL selects PostgreSQL; otherwise the embedded database under
DATA_DIR (default ./data) is used, which only one process may open: stop the
node first (a data directory in use is refused, exit 1), or rebuild online
with POST /api/v1/projections/rebuild.`;

interface ReplayArgs {
  swap: boolean;
  json: boolean;
  storage: StorageOptions;
  /** What is left for the config parser (--database-url, --data-dir, ...). */
  rest: string[];
}

function parseArgs(args: string[]): ReplayArgs {
  const parsed: ReplayArgs = { swap: true, json: false, storage: {}, rest: [] };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split("=", 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new ConfigError(`option ${flag} needs a value`);
      return v;
    };
    if (flag === "--verify-only") parsed.swap = false;
    else if (flag === "--json") parsed.json = true;
    else if (flag === "--store-schema") parsed.storage.storeSchema = value();
    else if (flag === "--views-schema") parsed.storage.viewsSchema = value();
    else parsed.rest.push(args[i]!);
  }
  return parsed;
}

/** `replay`: exit status 0 when every rebuilt projection equals the live one. */
export async function replayCommand(args: string[], io: CommandIo): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`${REPLAY_USAGE}\n`);
    return 0;
  }
  let options: ReplayArgs;
  let config;
  try {
    options = parseArgs(args);
    config = loadConfig(io.env, options.rest);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`replay: ${error.message}\n\n${REPLAY_USAGE}\n`);
    return 2;
  }
  let storage;
  try {
    storage = await openStorage(config, options.storage, {
      command: options.swap ? "cli replay" : "cli replay --verify-only",
      online: "rebuild online with `POST /api/v1/projections/rebuild`",
    }, io);
  } catch (error) {
    return openFailed(io, "replay", error);
  }
  try {
    io.stderr(`replay: rebuilding ${allProjections.length} projections from ${storage.where}\n`);
    const bar = progressBar({ write: io.stderr, isTerminal: io.stderrIsTerminal }, "replay");
    const report = await rebuildAll(storage.store, storage.space, allProjections, {
      swap: options.swap,
      onProgress: bar.update,
    });
    bar.done();
    io.stdout(options.json ? `${JSON.stringify(report)}\n` : describe(report, options.swap));
    return report.identical ? 0 : 1;
  } finally {
    await storage.close();
  }
}

/** The report for people: one line per table, then the verdict. */
export function describe(report: ReplayReport, swapped: boolean): string {
  const out: string[] = [];
  const rate = Math.round(report.eventsPerSecond).toLocaleString("en-US");
  out.push(
    `replayed ${report.events.toLocaleString("en-US")} events in ${
      (report.durationMs / 1000).toFixed(2)
    } s (${rate} events/s)`,
  );
  for (const p of report.projections) {
    out.push(
      `${p.projection} at position ${p.position}: ${p.identical ? "identical" : "DIFFERENT"}`,
    );
    if (!Array.isArray(p.comparison)) {
      out.push(`  not compared: ${p.comparison ?? "comparison off"}`);
      continue;
    }
    for (const t of p.comparison) {
      const side = (d?: { rows: number; hash: string }) =>
        d ? `${d.rows} rows ${d.hash.slice(0, 12)}` : "missing";
      out.push(
        t.identical
          ? `  ${t.table.padEnd(18)} ${side(t.live)}  identical`
          : `  ${t.table.padEnd(18)} live ${side(t.live)} / rebuilt ${side(t.rebuilt)}  DIFFERENT`,
      );
    }
  }
  out.push(report.identical ? "result: identical" : "result: DIFFERENT");
  out.push(swapped ? "the rebuilt tables are now live" : "the rebuilt tables were dropped");
  return `${out.join("\n")}\n`;
}
