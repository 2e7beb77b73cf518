import { contextFromTraceparent, inSpan } from "../src/telemetry/trace.ts";
import type { RecordedEvent } from "../events/envelope.ts";
import type { EventStore, Subscription } from "../src/store/event-store.ts";
import { SubscriptionStoppedError } from "../src/store/subscription.ts";
import { PositionWaiters } from "../src/store/position-waiters.ts";
import { type AnyProjection, eventsFor } from "./projection.ts";
import { rebuildProjection } from "./rebuild.ts";
import {
  dropAbandonedBuilds,
  ensureControl,
  liveSet,
  lockLiveSet,
  type ProjectionSpace,
  readCheckpoint,
  writeCheckpoint,
} from "./table-sets.ts";

export interface RunnerOptions {
  store: EventStore;
  space: ProjectionSpace;
  projection: AnyProjection;
  batchSize?: number;
  pollIntervalMs?: number;
  onError?: (error: unknown) => void;
}

/** The live set was rebuilt by a newer version of this projection: this process must not write it. */
export class ProjectionVersionError extends Error {
  constructor(projection: string, live: number, mine: number) {
    super(`projection '${projection}': live tables are version ${live}, this code is ${mine}`);
    this.name = "ProjectionVersionError";
  }
}

/** Abandoned builds older than this are dropped at start (a rebuild takes seconds to minutes). */
const ABANDONED_AFTER_SECONDS = 3_600;

/**
 * Keeps one projection's live table set following the log: a store
 * subscription (catch-up, then live) with `checkpoint: "manual"`, because
 * the checkpoint is a row of the table set, written in the same transaction
 * as the batch: a crash leaves either the whole batch and its checkpoint or
 * neither, so no event is ever applied twice.
 *
 * Each batch transaction first takes the live set's control row FOR SHARE
 * (a swap waits for it, and it waits for a swap), then the checkpoint FOR
 * UPDATE, and compares that checkpoint with the position this runner last
 * applied:
 * - equal: the usual case, apply the batch;
 * - ahead: another node runs this projection too, or a swapped-in rebuild is
 *   further on: apply only the events after it, never one twice;
 * - behind: the live set was swapped for one that is behind: re-subscribe
 *   from its checkpoint so no event is missed.
 */
export class ProjectionRunner {
  readonly #options: RunnerOptions;
  #subscription: Subscription | undefined;
  /** Checkpoint of the live set after this runner's last batch. */
  #applied = 0;
  #restarting: Promise<void> | undefined;
  #stopped = false;
  /** Callers of `reached`, released as batches land. */
  readonly #waiters = new PositionWaiters();

  constructor(options: RunnerOptions) {
    this.#options = options;
  }

  get name(): string {
    return this.#options.projection.name;
  }

  /** The live set's checkpoint as of this runner's last batch. */
  get position(): number {
    return this.#applied;
  }

  /**
   * Makes sure a live set of this version exists (building one blue-green
   * from position 0 when there is none or it is another version), then follows the log.
   */
  async start(): Promise<void> {
    const { store, space, projection } = this.#options;
    await ensureControl(space);
    await dropAbandonedBuilds(space, ABANDONED_AFTER_SECONDS);
    const live = await liveSet(space, projection.name);
    if (!live || live.version !== projection.version) {
      await rebuildProjection(store, space, projection);
    }
    const current = await liveSet(space, projection.name);
    const at = await space.database.transaction((trx) => readCheckpoint(trx, current!.schema));
    this.#subscribe(at);
  }

  /** Resolves once every event committed before the call is applied. */
  async caughtUp(): Promise<void> {
    for (;;) {
      await this.#restarting;
      const subscription = this.#subscription;
      if (!subscription) throw new Error(`projection '${this.name}' is not started`);
      let stopped: unknown;
      try {
        await subscription.caughtUp();
      } catch (error) {
        if (!(error instanceof SubscriptionStoppedError) || this.#stopped) throw error;
        stopped = error;
      }
      // During a rewind the old subscription skips what it is handed, so its
      // "caught up" means nothing: wait on the subscription that replaced it.
      const replaced = this.#restarting !== undefined || this.#subscription !== subscription;
      if (replaced) continue;
      if (stopped) throw stopped;
      return;
    }
  }

  /**
   * Resolves true once the live set includes `position` (an API write's last
   * event, so the next read sees it), false after `timeoutMs`: a slow
   * projection delays an answer, it never fails a write that was recorded.
   */
  reached(position: number, timeoutMs = 2_000): Promise<boolean> {
    if (position <= this.#applied) return Promise.resolve(true);
    if (this.#stopped) return Promise.resolve(false);
    this.#options.store.notify();
    return this.#waiters.wait(position, timeoutMs);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#waiters.settleAll(false);
    await this.#restarting;
    await this.#subscription?.stop();
  }

  #subscribe(after: number): void {
    const { store, batchSize, pollIntervalMs, onError } = this.#options;
    this.#applied = after;
    this.#subscription = store.subscribe({
      name: `projection:${this.name}`,
      after,
      checkpoint: "manual",
      batchSize: batchSize ?? 2_000,
      // One transaction per ~25 ms under load instead of one per append; the lag budget is 200 ms.
      coalesceMs: 25,
      ...(pollIntervalMs !== undefined ? { pollIntervalMs } : {}),
      ...(onError ? { onError } : {}),
      handler: (batch) => this.#handle(batch),
    });
  }

  async #handle(batch: RecordedEvent[]): Promise<void> {
    if (this.#restarting || batch.length === 0) return;
    const { space, projection } = this.#options;
    const last = batch[batch.length - 1]!.position;
    // The trace goes on from the command that wrote the batch's last event into the projection.
    const parent = contextFromTraceparent(batch[batch.length - 1]!.metadata.traceparent);
    const outcome = await inSpan(`projection ${projection.name}`, parent, {
      "switchboard.projection": projection.name,
      "switchboard.events": batch.length,
      "switchboard.position": last,
    }, () =>
      space.database.transaction(async (trx) => {
        const live = await lockLiveSet(trx, space.base, projection.name, "share");
        if (!live) throw new Error(`projection '${projection.name}' has no live table set`);
        if (live.version !== projection.version) {
          throw new ProjectionVersionError(projection.name, live.version, projection.version);
        }
        const checkpoint = await readCheckpoint(trx, live.schema, true);
        if (checkpoint < this.#applied) return { rewindTo: checkpoint, applied: undefined };
        const events = eventsFor(projection, batch.filter((e) => e.position > checkpoint));
        if (events.length > 0) {
          await projection.apply({ db: trx.withSchema(live.schema), schema: live.schema }, events);
        }
        if (last > checkpoint) await writeCheckpoint(trx, live.schema, last);
        return { applied: Math.max(checkpoint, last), rewindTo: undefined };
      }));
    if (outcome.rewindTo === undefined) {
      this.#applied = outcome.applied;
      this.#waiters.passed(this.#applied);
      return;
    }
    // The subscription awaits this handler, so it can only be replaced once the handler has returned.
    const rewindTo = outcome.rewindTo;
    this.#restarting = (async () => {
      await Promise.resolve();
      await this.#subscription?.stop();
      if (!this.#stopped) this.#subscribe(rewindTo);
    })().finally(() => (this.#restarting = undefined));
  }
}
