import type { EventStore } from "../src/store/event-store.ts";
import { type BuildProgress, catchUp } from "./catch-up.ts";
import { compareDigests, digestSet, type TableComparison } from "./compare.ts";
import type { AnyProjection } from "./projection.ts";
import {
  activate,
  createTableSet,
  dropTableSet,
  liveSet,
  lockLiveSet,
  type ProjectionSpace,
  readCheckpoint,
} from "./table-sets.ts";

export interface RebuildOptions {
  /** Compare the rebuilt set with the live one at the same position (replay, audits). */
  compare?: boolean;
  /** Make the rebuilt set live (default). Without it the rebuilt set is dropped. */
  swap?: boolean;
  batchSize?: number;
  onProgress?: (progress: BuildProgress) => void;
}

/** Why a comparison could not be made: no live set, another version, or a live set that would not hold still. */
export type NotCompared = "no_live_set" | "version_differs" | "live_moved";

export interface RebuildResult {
  projection: string;
  /** The checkpoint the rebuilt set reached. */
  position: number;
  /** Events of the log the rebuild read for this projection (whatever their type). */
  events: number;
  durationMs: number;
  swapped: boolean;
  comparison?: TableComparison[] | NotCompared;
}

/** Attempts to meet a moving live set at one position before giving up on comparing. */
const MEET_ATTEMPTS = 20;

/**
 * Blue-green rebuild of projections. Each new table set is built from
 * position 0 beside the live one, which keeps serving and following the log
 * meanwhile; the sets are built together, in one pass over the log
 * (catch-up.ts). Then, per projection, in one transaction holding the live
 * set's control row (the runner takes it FOR SHARE in every batch, so it
 * pauses for this short moment): if the new set is still behind the live
 * checkpoint, let go, catch up, try again; once level (or ahead),
 * optionally digest both sets at that same position, and flip the control
 * row. Readers resolve the live set per query, so they see the old complete
 * view until the commit and the new complete view after it, never a
 * half-built one. The old set is dropped after the commit. A runner that
 * finds the live checkpoint ahead of its own skips forward, behind it
 * rewinds (runner.ts).
 */
export async function rebuildProjections(
  store: EventStore,
  space: ProjectionSpace,
  projections: readonly AnyProjection[],
  options: RebuildOptions = {},
): Promise<RebuildResult[]> {
  const started = performance.now();
  const schemas: string[] = [];
  const kept = new Set<string>();
  try {
    for (const projection of projections) {
      schemas.push(await createTableSet(space, projection, "rebuild"));
    }
    // Comparing: aim at each live set's checkpoint, so both sides can meet at one position.
    const head = await store.headPosition();
    const targets = await Promise.all(projections.map(async (projection) => {
      const live = options.compare ? await liveSet(space, projection.name) : undefined;
      if (!live) return head;
      return await space.database.transaction((trx) => readCheckpoint(trx, live.schema));
    }));
    const built = await catchUp(
      store,
      space,
      projections.map((projection, i) => ({
        projection,
        schema: schemas[i]!,
        from: 0,
        target: targets[i]!,
      })),
      catchUpOptions(options),
    );
    return await Promise.all(projections.map(async (projection, i) => {
      const result = await meetAndSwap(store, space, projection, schemas[i]!, built[i]!, options);
      if (result.swapped) kept.add(schemas[i]!);
      return { ...result, durationMs: performance.now() - started };
    }));
  } finally {
    for (const schema of schemas) {
      if (!kept.has(schema)) await dropTableSet(space, schema).catch(() => {});
    }
  }
}

/** One projection's blue-green rebuild (see rebuildProjections). */
export async function rebuildProjection(
  store: EventStore,
  space: ProjectionSpace,
  projection: AnyProjection,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const [result] = await rebuildProjections(store, space, [projection], options);
  return result!;
}

function catchUpOptions(options: RebuildOptions) {
  return {
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}

async function meetAndSwap(
  store: EventStore,
  space: ProjectionSpace,
  projection: AnyProjection,
  schema: string,
  built: { position: number; events: number },
  options: RebuildOptions,
): Promise<Omit<RebuildResult, "durationMs">> {
  let { position, events } = built;
  for (let attempt = 1;; attempt++) {
    const outcome = await space.database.transaction(async (trx) => {
      const current = await lockLiveSet(trx, space.base, projection.name, "update");
      const liveAt = current ? await readCheckpoint(trx, current.schema) : 0;
      if (position < liveAt && attempt < MEET_ATTEMPTS) {
        return { behind: liveAt, comparison: undefined, previous: undefined };
      }
      let comparison: RebuildResult["comparison"];
      if (options.compare) {
        if (!current) comparison = "no_live_set";
        else if (current.version !== projection.version) comparison = "version_differs";
        else if (liveAt !== position) comparison = "live_moved";
        else {
          comparison = compareDigests(
            await digestSet(trx, current.schema),
            await digestSet(trx, schema),
          );
        }
      }
      const swap = options.swap ?? true;
      const previous = swap ? await activate(trx, space.base, projection, schema) : undefined;
      return { behind: undefined, comparison, previous };
    });
    if (outcome.behind !== undefined) {
      const [caught] = await catchUp(store, space, [{
        projection,
        schema,
        from: position,
        target: outcome.behind,
      }], catchUpOptions(options));
      position = caught!.position;
      events += caught!.events;
      continue;
    }
    if (outcome.previous) await dropTableSet(space, outcome.previous);
    return {
      projection: projection.name,
      position,
      events,
      swapped: options.swap ?? true,
      ...(outcome.comparison ? { comparison: outcome.comparison } : {}),
    };
  }
}

/** A throw-away set built up to `position`, for reading the past; dropped when `read` returns. */
export async function withSetAt<T>(
  store: EventStore,
  space: ProjectionSpace,
  projection: AnyProjection,
  position: number,
  read: (schema: string, reached: number) => Promise<T>,
): Promise<T> {
  const schema = await createTableSet(space, projection, "at");
  try {
    const target = Math.min(position, await store.headPosition());
    const [built] = await catchUp(store, space, [{ projection, schema, from: 0, target }]);
    return await read(schema, built!.position);
  } finally {
    await dropTableSet(space, schema);
  }
}
