import type { RecordedEvent } from "../events/envelope.ts";
import type { EventStore } from "../src/store/event-store.ts";
import { type AnyProjection, eventsFor } from "./projection.ts";
import { type ProjectionSpace, writeCheckpoint } from "./table-sets.ts";

export interface BuildProgress {
  projection: string;
  /** The set's checkpoint now. */
  position: number;
  /** Where this build stops. */
  target: number;
  /** Events of the log read for this build so far. */
  events: number;
}

/** A table set that nobody else writes (a rebuild, a time-travel read) and how far to bring it. */
export interface Build {
  projection: AnyProjection;
  schema: string;
  /** The set's checkpoint: events after it are applied. */
  from: number;
  /** Up to and including this position; at most the store's head when it was chosen. */
  target: number;
}

export interface CatchUpOptions {
  batchSize?: number;
  onProgress?: (progress: BuildProgress) => void;
}

export interface CatchUpResult {
  position: number;
  /** Events of the log read for this build (whatever their type). */
  events: number;
}

const DEFAULT_BATCH = 5_000;

/**
 * Brings several table sets up to their targets in one pass over the log:
 * each page is read once and applied to every set that still needs it, each
 * set in its own transaction with its checkpoint, all at once; the next page
 * is read meanwhile. Pages are read whole and filtered here rather than
 * filtered by type in the store: the events table has no type index, so a
 * filtered page scans far more rows than it returns.
 *
 * Why a checkpoint may jump to the target past the last event read: targets
 * come from headPosition(), so every event at or below one is committed and
 * visible, and a page shorter than asked for has reached beyond every target.
 */
export async function catchUp(
  store: EventStore,
  space: ProjectionSpace,
  builds: readonly Build[],
  options: CatchUpOptions = {},
): Promise<CatchUpResult[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const state = builds.map((b) => ({ ...b, position: b.from, events: 0 }));
  const pending = () => state.filter((s) => s.position < s.target);
  if (pending().length === 0) return state.map(({ position, events }) => ({ position, events }));
  const end = Math.max(...state.map((s) => s.target));
  const read = (after: number) => store.readAll({ after, limit: batchSize });

  let next: Promise<RecordedEvent[]> = read(Math.min(...pending().map((s) => s.position)));
  for (;;) {
    const page = await next;
    const last = page[page.length - 1]?.position ?? end;
    const exhausted = page.length < batchSize || last >= end;
    // Read ahead only when some set needs what comes after this page.
    const more = !exhausted && state.some((s) => s.target > last);
    if (more) next = read(last);
    try {
      await Promise.all(
        pending().map(async (build) => {
          const within = page.filter((e) =>
            e.position > build.position && e.position <= build.target
          );
          const reached = exhausted || last >= build.target ? build.target : last;
          await space.database.transaction(async (trx) => {
            const events = eventsFor(build.projection, within);
            if (events.length > 0) {
              await build.projection.apply({
                db: trx.withSchema(build.schema),
                schema: build.schema,
              }, events);
            }
            await writeCheckpoint(trx, build.schema, reached);
          });
          build.position = reached;
          build.events += within.length;
          options.onProgress?.({
            projection: build.projection.name,
            position: reached,
            target: build.target,
            events: build.events,
          });
        }),
      );
    } catch (error) {
      if (more) await next.catch(() => {}); // leave no read running behind a failure
      throw error;
    }
    if (!more) {
      return state.map(({ position, events }) => ({ position, events }));
    }
  }
}
