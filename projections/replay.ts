import { z } from "zod";
import type { EventStore } from "../src/store/event-store.ts";
import type { BuildProgress } from "./catch-up.ts";
import type { AnyProjection } from "./projection.ts";
import { rebuildProjections } from "./rebuild.ts";
import { ensureControl, type ProjectionSpace } from "./table-sets.ts";

const Digest = z.object({ rows: z.number().int().min(0), hash: z.string() });

/** What a replay reports per projection (and POST /projections/rebuild answers). */
export const ProjectionReplay = z.object({
  projection: z.string(),
  /** Position the rebuilt set reached (the live one's, when compared). */
  position: z.number().int().min(0),
  events: z.number().int().min(0),
  durationMs: z.number().min(0),
  swapped: z.boolean(),
  identical: z.boolean(),
  /** Per table: rows and content hash, live vs rebuilt; or why there was nothing to compare. */
  comparison: z.union([
    z.array(z.object({
      table: z.string(),
      live: Digest.optional(),
      rebuilt: Digest.optional(),
      identical: z.boolean(),
    })),
    z.enum(["no_live_set", "version_differs", "live_moved"]),
  ]).optional(),
});
export type ProjectionReplay = z.infer<typeof ProjectionReplay>;

export const ReplayReport = z.object({
  /** Every projection was compared and every table matched. */
  identical: z.boolean(),
  /** Events of the log replayed (read once, applied to every projection). */
  events: z.number().int().min(0),
  durationMs: z.number().min(0),
  eventsPerSecond: z.number().min(0),
  projections: z.array(ProjectionReplay),
});
export type ReplayReport = z.infer<typeof ReplayReport>;

export interface ReplayOptions {
  /** Compare each rebuilt set with the live one at the same position (default true). */
  compare?: boolean;
  /** Make the rebuilt sets live (default true); without it they are dropped after comparing. */
  swap?: boolean;
  batchSize?: number;
  onProgress?: (progress: BuildProgress) => void;
}

/**
 * Rebuilds every projection from position 0 in one pass over the log (each
 * a blue-green rebuild, see rebuild.ts), and reports whether each rebuilt set
 * equals the live one: row counts and a content hash per table, at one
 * position. Events per second: the log's events over the whole replay's
 * wall time, every projection and the comparison included.
 */
export async function rebuildAll(
  store: EventStore,
  space: ProjectionSpace,
  projections: readonly AnyProjection[],
  options: ReplayOptions = {},
): Promise<ReplayReport> {
  const started = performance.now();
  await ensureControl(space);
  const results = await rebuildProjections(store, space, projections, {
    compare: options.compare ?? true,
    swap: options.swap ?? true,
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const durationMs = performance.now() - started;
  // One pass over the log feeds every set: the most any set read is the log's size.
  const events = Math.max(0, ...results.map((r) => r.events));
  const reports = results.map((r) => ({
    ...r,
    identical: Array.isArray(r.comparison) && r.comparison.every((t) => t.identical),
  }));
  return {
    identical: options.compare === false ? false : reports.every((r) => r.identical),
    events,
    durationMs,
    eventsPerSecond: durationMs > 0 ? events / (durationMs / 1000) : 0,
    projections: reports,
  };
}
