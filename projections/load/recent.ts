import { readClock } from "../clock.ts";
import type { ReadSet } from "../projection.ts";
import { bucketStart } from "./fold.ts";
import { emptyMeasured, type Measured, mergeMeasured } from "./measured.ts";
import { alertFigures } from "./figures.ts";
import { type LoadTables, type Resolution, retentionOf } from "./tables.ts";
import type { RecentFigures } from "./view.ts";

/**
 * What alert rules read (brief: alert ⇄ measure): the edge's figures for the
 * fleet, per agent and per capability, over a window or per bucket.
 */

type Scoped = { fleet: Measured; agent: Map<string, Measured>; capability: Map<string, Measured> };

const scoped = (): Scoped => ({ fleet: emptyMeasured(), agent: new Map(), capability: new Map() });

function fold(into: Scoped, row: { scope: string; key: string; measured: Measured }): void {
  if (row.scope === "fleet") return void mergeMeasured(into.fleet, row.measured);
  const map = row.scope === "agent"
    ? into.agent
    : row.scope === "capability"
    ? into.capability
    : undefined;
  if (!map) return;
  let m = map.get(row.key);
  if (!m) map.set(row.key, m = emptyMeasured());
  mergeMeasured(m, row.measured);
}

function figuresOf(s: Scoped, seconds: number): RecentFigures {
  const each = (map: Map<string, Measured>) =>
    Object.fromEntries(
      [...map].sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, m]) => [k, alertFigures(m, seconds)]),
    );
  return {
    fleet: alertFigures(s.fleet, seconds),
    byAgent: each(s.agent),
    byCapability: each(s.capability),
  };
}

async function rowsBetween(
  set: ReadSet<LoadTables>,
  resolution: Resolution,
  from: string,
  to: string,
) {
  const rows = await set.db.selectFrom("buckets")
    .select(["scope", "key", "bucket_start", "measured"])
    .where("resolution", "=", resolution).where("scope", "in", ["fleet", "agent", "capability"])
    .where("bucket_start", ">=", from).where("bucket_start", "<", to)
    .execute();
  return rows.map((r) => ({ ...r, bucket_start: new Date(r.bucket_start).toISOString() }));
}

/** The finest resolution still holding `seconds` of history. */
const resolutionFor = (seconds: number): Resolution => (seconds <= retentionOf(10) ? 10 : 60);

/**
 * Figures over the `windowSeconds` ending at `at` (default: the latest
 * event time the load model has seen): whole buckets, the last one being the
 * bucket holding `at`, so the window is rounded up to the bucket width.
 * Rates are per second of the rounded window.
 */
export async function recentFigures(
  set: ReadSet<LoadTables>,
  options: { windowSeconds: number; at?: string },
): Promise<RecentFigures> {
  const at = options.at ?? await readClock(set);
  const resolution = resolutionFor(options.windowSeconds);
  const buckets = Math.max(1, Math.ceil(options.windowSeconds / resolution));
  const s = scoped();
  if (at !== undefined) {
    const last = Date.parse(bucketStart(at, resolution));
    const from = new Date(last - (buckets - 1) * resolution * 1000).toISOString();
    const to = new Date(last + resolution * 1000).toISOString();
    for (const row of await rowsBetween(set, resolution, from, to)) fold(s, row);
  }
  return figuresOf(s, buckets * resolution);
}

/** At most this many buckets in one series: 24 h of 10 s buckets. */
export const MAX_SERIES_BUCKETS = 8_640;

/**
 * One entry per bucket of `resolution` from the one holding `from` up to
 * (not including) `to`, oldest first, empty buckets included (all counts 0,
 * latencies null): what a rule dry-run walks over.
 */
export async function figureSeries(
  set: ReadSet<LoadTables>,
  options: { from: string; to: string; resolution: Resolution },
): Promise<Array<{ at: string } & RecentFigures>> {
  const { resolution } = options;
  const width = resolution * 1000;
  const first = Date.parse(bucketStart(options.from, resolution));
  const end = Date.parse(options.to);
  if (!(end > first)) return [];
  const count = Math.min(MAX_SERIES_BUCKETS, Math.ceil((end - first) / width));
  const byStart = new Map<string, Scoped>();
  const from = new Date(first).toISOString();
  const to = new Date(first + count * width).toISOString();
  for (const row of await rowsBetween(set, resolution, from, to)) {
    let s = byStart.get(row.bucket_start);
    if (!s) byStart.set(row.bucket_start, s = scoped());
    fold(s, row);
  }
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(first + i * width).toISOString();
    return { at: start, ...figuresOf(byStart.get(start) ?? scoped(), resolution) };
  });
}
