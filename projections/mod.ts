/**
 * Read models: each projection folds events into PostgreSQL tables (PGlite
 * when embedded) and answers queries on them. The framework around them:
 * projection.ts (the contract), table-sets.ts (where tables live, the
 * checkpoint beside them, the blue-green switch), runner.ts (following the
 * log), rebuild.ts (blue-green rebuilds, time travel), replay.ts (rebuild
 * everything and compare), read-models.ts (what the API reads).
 */
import type { EventStore } from "../src/store/event-store.ts";
import { alertsProjection } from "./alerts/mod.ts";
import { loadProjection } from "./load/mod.ts";
import { monitoringProjection } from "./monitoring/mod.ts";
import type { AnyProjection } from "./projection.ts";
import { registryProjection } from "./registry/mod.ts";
import { rebuildAll, type ReplayOptions, type ReplayReport } from "./replay.ts";
import { ProjectionRunner } from "./runner.ts";
import { sessionsProjection } from "./sessions/mod.ts";
import type { ProjectionSpace } from "./table-sets.ts";

export * from "./database.ts";
export * from "./projection.ts";
export * from "./page.ts";
export * from "./read-models.ts";
export * from "./replay.ts";
export * from "./summary.ts";
export { ProjectionRunner, ProjectionVersionError } from "./runner.ts";
export { rebuildProjection, rebuildProjections, type RebuildResult, withSetAt } from "./rebuild.ts";
export type { BuildProgress } from "./catch-up.ts";
export { DEFAULT_PROJECTION_SCHEMA, type ProjectionSpace } from "./table-sets.ts";
export {
  alertsProjection,
  loadProjection,
  monitoringProjection,
  registryProjection,
  sessionsProjection,
};

/** Every read model Switchboard keeps. */
export const allProjections: readonly AnyProjection[] = [
  registryProjection,
  sessionsProjection,
  loadProjection,
  monitoringProjection,
  alertsProjection,
];

export interface RunningProjections {
  readonly runners: readonly ProjectionRunner[];
  /** Resolves once every projection has applied every event committed before the call. */
  caughtUp(): Promise<void>;
  /** True once every projection includes `position`; false if one took over `timeoutMs`. */
  reached(position: number, timeoutMs?: number): Promise<boolean>;
  stop(): Promise<void>;
}

export interface StartOptions {
  projections?: readonly AnyProjection[];
  onError?: (projection: string, error: unknown) => void;
  pollIntervalMs?: number;
}

/** Starts a runner per projection (each builds its live set first if it has none). */
export async function startProjections(
  store: EventStore,
  space: ProjectionSpace,
  options: StartOptions = {},
): Promise<RunningProjections> {
  const runners = (options.projections ?? allProjections).map((projection) =>
    new ProjectionRunner({
      store,
      space,
      projection,
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
      ...(options.onError
        ? { onError: (error: unknown) => options.onError!(projection.name, error) }
        : {}),
    })
  );
  const started = await Promise.allSettled(runners.map((r) => r.start()));
  const failed = started.find((s) => s.status === "rejected");
  if (failed) {
    await Promise.all(runners.map((r) => r.stop()));
    throw (failed as PromiseRejectedResult).reason;
  }
  return {
    runners,
    caughtUp: async () => void await Promise.all(runners.map((r) => r.caughtUp())),
    reached: async (position, timeoutMs) =>
      (await Promise.all(runners.map((r) => r.reached(position, timeoutMs)))).every(Boolean),
    stop: async () => void await Promise.all(runners.map((r) => r.stop())),
  };
}

/**
 * What `POST /api/v1/projections/rebuild` calls: every projection rebuilt
 * from position 0, compared with the live one, and swapped in.
 */
export function replayProjections(
  store: EventStore,
  space: ProjectionSpace,
  options: ReplayOptions = {},
): Promise<ReplayReport> {
  return rebuildAll(store, space, allProjections, options);
}
