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
  /** Events applied so far by this build. */
  events: number;
}

export interface CatchUpOptions {
  /** The set's checkpoint: events after it are applied. */
  from: number;
  /** Apply events up to and including this position; must not exceed the store's head. */
  target: number;
  batchSize?: number;
  onProgress?: (progress: BuildProgress) => void;
}

export interface CatchUpResult {
  position: number;
  events: number;
}

const DEFAULT_BATCH = 5_000;

/**
 * Brings a table set that nobody else writes (a rebuild, a time-travel read)
 * from `from` to `target`. It reads only the projection's own event types,
 * which is most of a rebuild's speed, and reads the next page while the
 * current one is applied. Each page is one transaction with the checkpoint.
 *
 * Why the checkpoint may jump to `target` past the last event read: `target`
 * comes from headPosition(), so every event at or below it is committed and
 * visible; a page shorter than asked for therefore holds every relevant
 * event up to `target`, and the ones in between are not this projection's.
 */
export async function catchUp(
  store: EventStore,
  space: ProjectionSpace,
  projection: AnyProjection,
  schema: string,
  options: CatchUpOptions,
): Promise<CatchUpResult> {
  const { from, target } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  if (target <= from) return { position: from, events: 0 };
  const read = (after: number) =>
    store.readAll({ after, limit: batchSize, types: [...projection.eventTypes] });

  let position = from;
  let events = 0;
  let next: Promise<RecordedEvent[]> = read(position);
  for (;;) {
    const page = await next;
    const within = page.filter((event) => event.position <= target);
    const done = within.length < batchSize;
    const end = done ? target : within[within.length - 1]!.position;
    if (!done) next = read(end);
    try {
      await space.database.transaction(async (trx) => {
        const batch = eventsFor(projection, within);
        if (batch.length > 0) await projection.apply({ db: trx.withSchema(schema), schema }, batch);
        await writeCheckpoint(trx, schema, end);
      });
    } catch (error) {
      if (!done) await next.catch(() => {}); // leave no read running behind a failure
      throw error;
    }
    position = end;
    events += within.length;
    options.onProgress?.({ projection: projection.name, position, target, events });
    if (done) return { position, events };
  }
}
