import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { pgliteProjectionDatabase } from "../../projections/database.ts";
import { startProjections } from "../../projections/mod.ts";
import type { ProjectionSpace } from "../../projections/table-sets.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import { simulate } from "../actors/simulation.ts";
import { requireUrl } from "../support/services.ts";
export { cli } from "./run-cli.ts";

/**
 * A log the real actors produced (registrations, heartbeats, sweeps,
 * drains, routed opens, failovers, traffic, closes: tests/actors/simulation.ts),
 * appended in the simulation's order, one append per run of events of one
 * stream, each with a command id and metadata of the kinds the runtime
 * writes (correlation, trace, principal) plus a key of no known kind, which
 * the store keeps and a restore must keep too.
 */
export async function realisticLog(store: EventStore, commands = 1_500): Promise<number> {
  const { host } = simulate({ seed: 20261207, commands, agents: 10, sessions: 200 });
  const log = host.log;
  let appended = 0;
  for (let i = 0, run = 0; i < log.length; run++) {
    let j = i + 1;
    while (j < log.length && log[j]!.streamId === log[i]!.streamId) j++;
    const metadata = {
      correlationId: `corr-${run % 37}`,
      traceId: `trace-${run}`,
      ...(run % 5 === 0 ? { principal: { sub: "ops", roles: ["operator"], ip: "10.0.0.9" } } : {}),
      note: { run, unicode: "é→✓" },
    };
    await store.append(log[i]!.streamId, log.slice(i, j).map((e) => ({ ...e.event, metadata })), {
      commandId: `sim-${run}`,
    });
    appended += j - i;
    i = j;
  }
  return appended;
}

/** Projections run over the log until caught up, then stop: what a stopped node leaves. */
export async function projectLog(store: EventStore, space: ProjectionSpace): Promise<void> {
  const running = await startProjections(store, space);
  await running.caughtUp();
  await running.stop();
}

/** An embedded node's data directory (`DATA_DIR`), filled with a log and its projections. */
export async function embeddedDeployment(dataDir: string, commands?: number): Promise<number> {
  await Deno.mkdir(dataDir, { recursive: true });
  const pglite = new PGlite(`${dataDir}/pglite`);
  try {
    const store = await pgliteEventStore({ pglite });
    const database = pgliteProjectionDatabase(pglite);
    const events = await realisticLog(store, commands);
    await projectLog(store, { database, base: "switchboard_views" });
    await store.close();
    await database.close();
    return events;
  } finally {
    await pglite.close();
  }
}

/** The PostgreSQL schemas a test made: the store's, the views' control and every table set. */
export async function dropSchemas(...prefixes: string[]): Promise<void> {
  const sql = postgres(requireUrl("postgres"), { max: 1, onnotice: () => {} });
  try {
    for (const prefix of prefixes) {
      const rows = await sql`SELECT nspname FROM pg_namespace
        WHERE nspname = ${prefix} OR nspname LIKE ${prefix + "\\_%"}`;
      for (const { nspname } of rows) await sql.unsafe(`DROP SCHEMA ${nspname} CASCADE`);
    }
  } finally {
    await sql.end();
  }
}

/** Decompressed lines of a backup file. */
export async function backupLines(path: string): Promise<string[]> {
  const text = await new Response(
    (await Deno.open(path)).readable.pipeThrough(new DecompressionStream("gzip")),
  ).text();
  return text.split("\n").slice(0, -1);
}

/** Writes `lines` as a backup file (for files damaged on purpose). */
export async function writeBackup(path: string, lines: string[]): Promise<void> {
  const gzip = ReadableStream.from([lines.map((l) => `${l}\n`).join("")])
    .pipeThrough(new TextEncoderStream())
    .pipeThrough(new CompressionStream("gzip"));
  await Deno.writeFile(path, gzip);
}
