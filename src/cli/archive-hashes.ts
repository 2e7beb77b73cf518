import { createHash } from "node:crypto";
import { sql } from "kysely";
import { z } from "zod";
import { allProjections } from "../../projections/mod.ts";
import { digestSet } from "../../projections/compare.ts";
import { type ProjectionSpace, readCheckpoint } from "../../projections/table-sets.ts";
import { messageOf, openFailed, parseToolArgs } from "./archive-cli.ts";
import type { CommandIo } from "./replay.ts";
import { openStorage } from "./storage.ts";

const TableHash = z.strictObject({
  table: z.string(),
  rows: z.number().int().nonnegative(),
  hash: z.string(),
});

/** What `hashes --json` prints and `restore --verify-against` reads (from outside: checked). */
export const ProjectionHashes = z.strictObject({
  projections: z.array(z.strictObject({
    projection: z.string(),
    /** null: the store has no live set for this projection. */
    version: z.number().int().positive().nullable(),
    position: z.number().int().nonnegative().nullable(),
    tables: z.array(TableHash),
  })),
  /** SHA-256 over all of the above: one string to compare between two stores. */
  fingerprint: z.string(),
});
export type ProjectionHashes = z.infer<typeof ProjectionHashes>;

export const HASHES_USAGE =
  `usage: hashes [--json] [--views-schema NAME] [--database-url URL | --data-dir DIR]

Prints the content hash (rows and digest per table) of every live
projection, its version and log position, and one fingerprint over all of
them. Two stores holding the same log give the same output: run it on a
backup's source and on the restored store to check the restore.

  --json          print as JSON (what restore --verify-against reads)
  --views-schema  the projections' schema (default: the node's)

DATABASE_URL selects PostgreSQL; otherwise the embedded database under
DATA_DIR (default ./data), which only one process may open: stop the node
first (a data directory in use is refused, exit 1).`;

function fingerprint(projections: ProjectionHashes["projections"]): string {
  const hash = createHash("sha256");
  for (const p of projections) {
    hash.update(`${p.projection} v${p.version ?? "-"} @${p.position ?? "-"}\n`);
    for (const t of p.tables) hash.update(`${t.table} ${t.rows} ${t.hash}\n`);
  }
  return hash.digest("hex");
}

/**
 * The digests of every live projection, read in one REPEATABLE READ
 * transaction (one snapshot for the control table, each checkpoint and
 * each table), with the session time zone pinned to UTC: rows are digested
 * through their text form, and timestamptz text depends on the time zone,
 * so two servers configured differently would otherwise disagree on equal
 * content. Table-set schema names (random) are not part of the digests.
 */
export async function projectionHashes(space: ProjectionSpace): Promise<ProjectionHashes> {
  const projections = await space.database.transaction(async (trx) => {
    await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`.execute(trx);
    await sql`SET LOCAL TimeZone = 'UTC'`.execute(trx);
    const control = await sql<{ found: string | null }>`
      SELECT to_regclass(${`${space.base}.table_sets`})::text AS found`.execute(trx);
    const { rows: live } = control.rows[0]?.found == null ? { rows: [] } : await sql<
      { projection: string; schema: string; version: number }
    >`SELECT projection, schema, version FROM ${sql.id(space.base, "table_sets")}`.execute(trx);
    const out: ProjectionHashes["projections"] = [];
    for (const projection of allProjections) {
      const set = live.find((l) => l.projection === projection.name);
      if (!set) {
        out.push({ projection: projection.name, version: null, position: null, tables: [] });
        continue;
      }
      const digests = await digestSet(trx, set.schema);
      out.push({
        projection: projection.name,
        version: Number(set.version),
        position: await readCheckpoint(trx, set.schema),
        tables: [...digests].sort(([a], [b]) => a.localeCompare(b))
          .map(([table, d]) => ({ table, rows: d.rows, hash: d.hash })),
      });
    }
    return out;
  });
  return { projections, fingerprint: fingerprint(projections) };
}

/** Where `actual` differs from `expected`, one line each; empty when they are the same. */
export function compareHashes(expected: ProjectionHashes, actual: ProjectionHashes): string[] {
  if (expected.fingerprint === actual.fingerprint) return [];
  const differences: string[] = [];
  const names = new Set([...expected.projections, ...actual.projections].map((p) => p.projection));
  for (const name of [...names].sort()) {
    const a = expected.projections.find((p) => p.projection === name);
    const b = actual.projections.find((p) => p.projection === name);
    if (!a?.version || !b?.version) {
      if (a?.version !== b?.version) differences.push(`${name}: live on one side only`);
      continue;
    }
    if (a.version !== b.version) differences.push(`${name}: version ${a.version} vs ${b.version}`);
    if (a.position !== b.position) {
      differences.push(`${name}: at position ${a.position} vs ${b.position}`);
    }
    const tables = new Set([...a.tables, ...b.tables].map((t) => t.table));
    for (const table of [...tables].sort()) {
      const x = a.tables.find((t) => t.table === table);
      const y = b.tables.find((t) => t.table === table);
      if (x?.rows !== y?.rows || x?.hash !== y?.hash) {
        const side = (t?: { rows: number; hash: string }) =>
          t ? `${t.rows} rows ${t.hash.slice(0, 12)}` : "missing";
        differences.push(`${name}.${table}: ${side(x)} vs ${side(y)}`);
      }
    }
  }
  return differences.length > 0 ? differences : ["fingerprints differ"];
}

/** The hashes for people: a line per projection, one per table, then the fingerprint. */
export function describeHashes(hashes: ProjectionHashes): string {
  const out: string[] = [];
  for (const p of hashes.projections) {
    if (p.version === null) {
      out.push(`${p.projection}: no live set`);
      continue;
    }
    out.push(`${p.projection} v${p.version} at position ${p.position}`);
    for (const t of p.tables) {
      out.push(`  ${t.table.padEnd(18)} ${String(t.rows).padStart(8)} rows  ${t.hash}`);
    }
  }
  out.push(`fingerprint ${hashes.fingerprint}`);
  return `${out.join("\n")}\n`;
}

/** `hashes`: exit 0 after printing; 1 when the database cannot be read. */
export async function hashesCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseToolArgs(args, io, {
    name: "hashes",
    usage: HASHES_USAGE,
    booleans: ["--json"],
    positionals: 0,
  });
  if (typeof parsed === "number") return parsed;
  let storage;
  try {
    storage = await openStorage(parsed.config, parsed.storage, { command: "cli hashes" }, io);
  } catch (error) {
    return openFailed(io, "hashes", error);
  }
  try {
    const hashes = await projectionHashes(storage.space);
    io.stdout(parsed.flags.has("--json") ? `${JSON.stringify(hashes)}\n` : describeHashes(hashes));
    return 0;
  } catch (error) {
    io.stderr(`hashes: ${messageOf(error)}\n`);
    return 1;
  } finally {
    await storage.close();
  }
}
