import type { AppendedRow, AppendPayloadEvent } from "./append-input.ts";

/** One append waiting for its round trip. */
export interface QueuedAppend {
  streamId: string;
  /** sb_append's `expected`: null = any, 0 = must not exist, n = must be at n. */
  expected: number | null;
  commandId: string | null;
  events: AppendPayloadEvent[];
  /** The writer's partition claim, checked before anything is written; null: unfenced. */
  fence?: { partition: number; epoch: number } | null;
}

/** What the database said about one append of a batch. */
export type BatchOutcome =
  | { kind: "rows"; rows: AppendedRow[] }
  /** The stream was not at the expected version; nothing was written for this append. */
  | { kind: "conflict"; actual: number };

export interface AppendBatcherOptions {
  /** Sends one append on its own (sb_append): a lone append, or a retry after a failed batch. */
  one(append: QueuedAppend): Promise<AppendedRow[]>;
  /** Sends several appends, each to a different stream, in one round trip (sb_append_batch). */
  many(appends: QueuedAppend[]): Promise<BatchOutcome[]>;
  /**
   * Whether a failed batch certainly wrote nothing and may be retried entry by
   * entry (the server refused the statement). A lost connection is not: the
   * commit may have happened, so each entry gets the error instead.
   */
  refusedByServer(error: unknown): boolean;
  /** Round trips in flight at once; appends arriving meanwhile queue and go together. */
  maxInFlight: number;
  /** Most appends in one round trip. */
  maxBatch?: number;
}

interface Waiting {
  append: QueuedAppend;
  resolve(outcome: BatchOutcome): void;
  reject(error: unknown): void;
}

/**
 * Group commit for appends. An append goes out at once while fewer than
 * `maxInFlight` round trips are under way; otherwise it waits, and when a
 * round trip returns, everything waiting goes out in one (one statement, one
 * commit, one write and one wake-up of the server instead of one each).
 * Nothing is held back for a timer: a quiet store answers as fast as before,
 * a busy one does less work per append. An append to a stream waits while
 * another append to that stream is in a round trip, so each stream's
 * appends reach the database one at a time, in the order they were made,
 * and a batch never holds a stream twice.
 * A batch the server refuses as a whole for something one entry did (a
 * reused event id, say) wrote nothing and is retried entry by entry, so
 * only that entry sees the error.
 */
export class AppendBatcher {
  #waiting: Waiting[] = [];
  /** Streams with an append in a round trip now: their next append waits for it. */
  readonly #busyStreams = new Set<string>();
  #inFlight = 0;
  #roundTrips = 0;
  #appends = 0;

  constructor(private readonly options: AppendBatcherOptions) {}

  /** Round trips and appends so far (how well batching works under the current load). */
  get stats(): { roundTrips: number; appends: number } {
    return { roundTrips: this.#roundTrips, appends: this.#appends };
  }

  append(append: QueuedAppend): Promise<BatchOutcome> {
    const { promise, resolve, reject } = Promise.withResolvers<BatchOutcome>();
    this.#waiting.push({ append, resolve, reject });
    this.#pump();
    return promise;
  }

  #pump(): void {
    while (this.#inFlight < this.options.maxInFlight && this.#waiting.length > 0) {
      const batch = this.#take();
      if (batch.length === 0) return; // everything waiting is behind a stream in flight
      void this.#send(batch);
    }
  }

  /** The oldest waiting appends, at most one per stream and none to a busy stream, in order. */
  #take(): Waiting[] {
    const max = this.options.maxBatch ?? 64;
    const taken: Waiting[] = [];
    const left: Waiting[] = [];
    for (const waiting of this.#waiting) {
      const stream = waiting.append.streamId;
      if (taken.length < max && !this.#busyStreams.has(stream)) {
        this.#busyStreams.add(stream);
        taken.push(waiting);
      } else left.push(waiting);
    }
    this.#waiting = left;
    return taken;
  }

  async #send(batch: Waiting[]): Promise<void> {
    this.#inFlight++;
    this.#roundTrips++;
    this.#appends += batch.length;
    try {
      if (batch.length === 1) {
        await this.#sendOne(batch[0]!);
        return;
      }
      let outcomes: BatchOutcome[];
      try {
        outcomes = await this.options.many(batch.map((w) => w.append));
      } catch (error) {
        if (!this.options.refusedByServer(error)) {
          for (const w of batch) w.reject(error);
          return;
        }
        // One by one: the culprit gets its own error, the others their rows.
        await Promise.all(batch.map((w) => this.#sendOne(w)));
        return;
      }
      batch.forEach((w, i) => w.resolve(outcomes[i]!));
    } finally {
      for (const w of batch) this.#busyStreams.delete(w.append.streamId);
      this.#inFlight--;
      this.#pump();
    }
  }

  async #sendOne(waiting: Waiting): Promise<void> {
    try {
      waiting.resolve({ kind: "rows", rows: await this.options.one(waiting.append) });
    } catch (error) {
      waiting.reject(error);
    }
  }
}
