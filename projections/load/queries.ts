import { sql } from "kysely";
import { readClock } from "../clock.ts";
import type { ReadSet } from "../projection.ts";
import { bucketStart } from "./fold.ts";
import { type Histogram, merge, quantile } from "./histogram.ts";
import { measuredFigures } from "./figures.ts";
import { emptyMeasured, type Measured, mergeMeasured } from "./measured.ts";
import type { LoadScope, LoadTables, Resolution } from "./tables.ts";
import type { LoadFigures, LoadPoint, LoadReport } from "./view.ts";

export { figureSeries, MAX_SERIES_BUCKETS, recentFigures } from "./recent.ts";

export const WINDOW_SECONDS = 60;

/** A bucket's (or a window's) sums, merged. */
export interface Totals {
  reports: number;
  frames: number;
  bytes: number;
  errors: number;
  p50: Histogram;
  p99: Histogram;
  measured: Measured;
}

type StoredBucket = LoadTables["buckets"];

export function add(totals: Totals | undefined, b: StoredBucket): Totals {
  const t = totals ??
    { reports: 0, frames: 0, bytes: 0, errors: 0, p50: {}, p99: {}, measured: emptyMeasured() };
  t.reports += Number(b.reports);
  t.frames += Number(b.frames_in) + Number(b.frames_out);
  t.bytes += Number(b.bytes_in) + Number(b.bytes_out);
  t.errors += Number(b.errors);
  merge(t.p50, b.latency_p50);
  merge(t.p99, b.latency_p99);
  mergeMeasured(t.measured, b.measured);
  return t;
}

function rates(t: Totals | undefined, seconds: number) {
  const measured = measuredFigures(t?.measured ?? emptyMeasured(), seconds);
  return {
    ...measured,
    framesPerSecond: (t?.frames ?? 0) / seconds,
    bytesPerSecond: (t?.bytes ?? 0) / seconds,
    frameErrorRate: t && t.frames + t.errors > 0 ? t.errors / (t.frames + t.errors) : 0,
    // Aliases of the measured relay latency; traffic reports' own figures where nothing was measured.
    latencyP50Ms: measured.relayLatencyMs.p50 ?? (t ? quantile(t.p50, 0.5) : null),
    latencyP99Ms: measured.relayLatencyMs.p99 ?? (t ? quantile(t.p99, 0.99) : null),
    reports: t?.reports ?? 0,
  };
}

/** Live sessions per agent, per capability, or for the fleet (none per node: sessions move). */
async function liveSessions(set: ReadSet<LoadTables>, scope: LoadScope) {
  if (scope === "node") return new Map<string, number>();
  const column = scope === "capability"
    ? sql.ref("capability")
    : scope === "agent"
    ? sql.ref("agent_id")
    : sql.lit("*");
  const { rows } = await sql<{ key: string; sessions: number }>`
    SELECT ${column} AS key, count(*) AS sessions FROM ${sql.id(set.schema, "live_sessions")}
    WHERE agent_id IS NOT NULL GROUP BY 1`.execute(set.db);
  return new Map(rows.map((r) => [r.key, Number(r.sessions)]));
}

/**
 * Figures per key of `scope` over the last minute of the events' clock:
 * the six 10 s buckets ending with the one holding the latest event.
 */
export async function loadReport(
  set: ReadSet<LoadTables>,
  scope: LoadScope,
  key?: string,
): Promise<LoadReport> {
  const asOf = await readClock(set);
  const totals = new Map<string, Totals>();
  if (asOf !== undefined) {
    const from = Date.parse(bucketStart(asOf, 10)) - (WINDOW_SECONDS - 10) * 1000;
    let select = set.db.selectFrom("buckets").selectAll()
      .where("resolution", "=", 10).where("scope", "=", scope)
      .where("bucket_start", ">=", new Date(from).toISOString());
    if (key !== undefined) select = select.where("key", "=", key);
    for (const b of await select.execute()) totals.set(b.key, add(totals.get(b.key), b));
  }
  const live = await liveSessions(set, scope);
  const keys = [...new Set([...totals.keys(), ...live.keys()])]
    .filter((k) => key === undefined || k === key).sort();
  const figures: LoadFigures[] = keys.map((k) => ({
    scope,
    key: k,
    liveSessions: live.get(k) ?? 0,
    ...rates(totals.get(k), WINDOW_SECONDS),
  }));
  return { windowSeconds: WINDOW_SECONDS, asOf: asOf ?? null, figures };
}

export interface SeriesQuery {
  scope: LoadScope;
  key: string;
  resolution: Resolution;
  /** Newest buckets first, at most this many. */
  limit: number;
  /** Only buckets starting before this time (the previous page's last start). */
  before?: string;
}

/** A time series of one key, newest bucket first. */
export async function loadSeries(set: ReadSet<LoadTables>, q: SeriesQuery): Promise<LoadPoint[]> {
  let select = set.db.selectFrom("buckets").selectAll()
    .where("resolution", "=", q.resolution).where("scope", "=", q.scope).where("key", "=", q.key)
    .orderBy("bucket_start", "desc").limit(q.limit);
  if (q.before !== undefined) select = select.where("bucket_start", "<", q.before);
  const rows = await select.execute();
  return rows.map((b) => ({
    start: new Date(b.bucket_start).toISOString(),
    seconds: q.resolution,
    ...rates(add(undefined, b), q.resolution),
  }));
}
