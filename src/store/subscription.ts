import type { RecordedEvent } from "../../events/envelope.ts";
import type { ReadAllOptions, Subscription, SubscriptionOptions } from "./event-store.ts";
import { Doorbell } from "./doorbell.ts";

/** What a subscription needs from its store. */
export interface SubscriptionSource {
  /** Reads only the committed prefix of the log (see sql-event-store.ts). */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  loadCheckpoint(name: string): Promise<number>;
  saveCheckpoint(name: string, position: number): Promise<void>;
  /** Highest position committed now, even if readAll cannot return it yet. */
  lastCommittedPosition(): Promise<number>;
}

export class SubscriptionStoppedError extends Error {
  constructor(name: string) {
    super(`subscription '${name}' was stopped`);
    this.name = "SubscriptionStoppedError";
  }
}

const DEFAULT_BATCH = 500;
const DEFAULT_POLL_MS = 1_000;
const FIRST_RETRY_MS = 50;
const MAX_RETRY_MS = 5_000;

interface CatchUpWaiter {
  target: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Catch-up then live, in one loop: read the next batch after the current
 * position; hand it to the handler; advance (and store the checkpoint);
 * when there is nothing to read, sleep until woken (a local append, notify())
 * or until the poll interval passes. A failing handler gets the same batch
 * again after an exponential backoff, so events are delivered in order and a
 * batch is never skipped; every failure goes to onError.
 *
 * stop() waits for the batch in hand to finish, so a handler must not await
 * its own subscription's stop() (it would wait for itself).
 */
export class PollingSubscription implements Subscription {
  readonly name: string;
  #position = 0;
  #running = true;
  readonly #wakeups = new Doorbell();
  readonly #stopBell = new Doorbell();
  readonly #started: Promise<void>;
  #markStarted: () => void = () => {};
  readonly #loop: Promise<void>;
  #waiters: CatchUpWaiter[] = [];

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscriptionOptions,
    private readonly onStopped: (subscription: PollingSubscription) => void,
  ) {
    this.name = options.name;
    this.#started = new Promise((resolve) => (this.#markStarted = resolve));
    this.#loop = this.#run();
  }

  get position(): number {
    return this.#position;
  }

  /** Read sooner than the poll interval. */
  wake(): void {
    this.#wakeups.ring();
  }

  async caughtUp(): Promise<void> {
    const target = await this.source.lastCommittedPosition();
    await this.#started;
    if (this.#position >= target) return;
    if (!this.#running) throw new SubscriptionStoppedError(this.name);
    const reached = new Promise<void>((resolve, reject) => {
      this.#waiters.push({ target, resolve, reject });
    });
    this.wake();
    return reached;
  }

  async stop(): Promise<void> {
    if (this.#running) {
      this.#running = false;
      this.#wakeups.ring();
      this.#stopBell.ring();
    }
    await this.#loop;
    const stopped = new SubscriptionStoppedError(this.name);
    for (const waiter of this.#waiters.splice(0)) waiter.reject(stopped);
    this.onStopped(this);
  }

  async #run(): Promise<void> {
    const batchSize = this.options.batchSize ?? DEFAULT_BATCH;
    const pollMs = this.options.pollIntervalMs ?? DEFAULT_POLL_MS;
    let failures = 0;
    /**
     * Backs off after a failure. A failed read (the store down) also ends its
     * wait on a wake-up: a local append that worked, or a caller waiting to
     * catch up, means the store is back, and the backoff (up to 5 s) must not
     * hold up what waits on this subscription. A failing handler waits it out.
     */
    const retryLater = async (error: unknown, wakeable = false) => {
      this.#report(error);
      failures++;
      const ms = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
      await (wakeable ? this.#wakeups : this.#stopBell).wait(ms);
    };

    while (this.#running) {
      try {
        this.#position = this.options.after ?? await this.source.loadCheckpoint(this.name);
        break;
      } catch (error) {
        await retryLater(error);
      }
    }
    this.#markStarted();

    while (this.#running) {
      let batch: RecordedEvent[];
      try {
        batch = await this.source.readAll({ after: this.#position, limit: batchSize });
      } catch (error) {
        await retryLater(error, true);
        continue;
      }
      if (batch.length === 0) {
        failures = 0;
        this.#settleWaiters();
        await this.#wakeups.wait(pollMs);
        continue;
      }
      try {
        await this.options.handler(batch);
      } catch (error) {
        await retryLater(error);
        continue;
      }
      failures = 0;
      this.#position = batch[batch.length - 1]!.position;
      // Caught up with a short batch: let a few more events gather before the next read,
      // so a busy log costs a handler call per interval rather than one per append.
      if (batch.length < batchSize && (this.options.coalesceMs ?? 0) > 0) {
        await this.#stopBell.wait(this.options.coalesceMs!);
      }
      if ((this.options.checkpoint ?? "store") === "store") {
        // A failed save is reported, not retried: the next batch saves a later
        // position, and at worst a restart re-delivers (handlers are idempotent).
        await this.source.saveCheckpoint(this.name, this.#position).catch((e) => this.#report(e));
      }
      this.#settleWaiters();
    }
  }

  #settleWaiters(): void {
    if (this.#waiters.length === 0) return;
    const pending: CatchUpWaiter[] = [];
    for (const waiter of this.#waiters) {
      if (waiter.target <= this.#position) waiter.resolve();
      else pending.push(waiter);
    }
    this.#waiters = pending;
  }

  #report(error: unknown): void {
    try {
      if (this.options.onError) this.options.onError(error);
      else console.error(`subscription '${this.name}':`, error);
    } catch (reportError) {
      console.error(`subscription '${this.name}': onError threw`, reportError);
    }
  }
}
