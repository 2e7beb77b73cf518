import type { Kysely } from "kysely";
import type { NewEvent, RecordedEvent } from "../../events/envelope.ts";
import type { EventCatalogue } from "../../events/catalogue.ts";
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedVersion,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedCommand,
  Snapshot,
  Subscription,
  SubscriptionOptions,
} from "./event-store.ts";
import { appendResult, expectedVersionParameter, prepareAppend } from "./append-input.ts";
import { ConcurrencyError, FencedError, StoreUnavailableError } from "./errors.ts";
import { FENCED } from "./append-function.ts";
import { appendFailure, isUnavailable, serverError, unavailableOr } from "./sql-errors.ts";
import { AppendBatcher } from "./append-batcher.ts";
import { appendMany, appendOne, claimPartition } from "./sql-append.ts";
import * as reads from "./sql-reads.ts";
import * as saved from "./sql-saved-state.ts";
import { PollingSubscription } from "./subscription.ts";
import { assertSchemaName, type StoreDatabase } from "./tables.ts";

export interface SqlEventStoreConfig {
  kind: EventStore["kind"];
  /** A migrated database (see migrations.ts). */
  db: Kysely<StoreDatabase>;
  /** Whether close() destroys `db` (false when the connection is shared with others). */
  ownsDatabase: boolean;
  schema: string;
  catalogue: EventCatalogue;
  /** Append round trips in flight at once (append-batcher.ts); default 4. */
  appendsInFlight?: number;
}

/**
 * The event store over SQL, shared by the PostgreSQL and PGlite adapters:
 * the SQL is the same, only the Kysely dialect differs.
 */
export class SqlEventStore implements EventStore {
  readonly kind: EventStore["kind"];
  readonly #db: Kysely<StoreDatabase>;
  readonly #schema: string;
  readonly #catalogue: EventCatalogue;
  readonly #ownsDatabase: boolean;
  readonly #subscriptions = new Set<PollingSubscription>();
  readonly #batcher: AppendBatcher;
  #closed: Promise<void> | undefined;

  constructor(config: SqlEventStoreConfig) {
    this.kind = config.kind;
    this.#schema = assertSchemaName(config.schema);
    this.#db = config.db.withSchema(this.#schema);
    this.#catalogue = config.catalogue;
    this.#ownsDatabase = config.ownsDatabase;
    this.#batcher = new AppendBatcher({
      one: (append) => appendOne(this.#db, this.#schema, append),
      many: (appends) => appendMany(this.#db, this.#schema, appends),
      refusedByServer: (error) => serverError(error) !== undefined && !isUnavailable(error),
      maxInFlight: config.appendsInFlight ?? 4,
    });
  }

  async append(
    streamId: string,
    events: NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (typeof streamId !== "string" || streamId.length === 0) {
      throw new TypeError("stream id must be a non-empty string");
    }
    const expected = expectedVersionParameter(options.expectedVersion);
    // Validate everything before touching the database: a bad event writes nothing.
    const payload = prepareAppend(this.#catalogue, events, options.commandId);
    if (payload.length === 0) return this.#emptyAppend(streamId, options.expectedVersion);

    const outcome = await this.#batcher.append({
      streamId,
      expected,
      commandId: options.commandId ?? null,
      events: payload,
      fence: options.fence ?? null,
    }).catch((error) => {
      const server = serverError(error);
      if (server?.code === FENCED && options.fence) {
        const { partition, epoch } = options.fence;
        throw new FencedError(streamId, partition, epoch, Number(server.detail) || undefined);
      }
      const failure = appendFailure(error, streamId, options.expectedVersion ?? "any", payload);
      if (!failure) throw unavailableOr(error);
      return failure;
    });
    if (outcome instanceof Error || outcome.kind === "conflict") {
      const failure = outcome instanceof Error
        ? outcome
        : new ConcurrencyError(streamId, options.expectedVersion ?? "any", outcome.actual);
      // The conflicting writer may have been this very command (a retry that raced
      // its first attempt): then its result is ours.
      if (failure instanceof ConcurrencyError && options.commandId) {
        const earlier = await this.findCommand(streamId, options.commandId);
        if (earlier) return earlier;
      }
      throw failure;
    }
    const result = appendResult(streamId, outcome.rows);
    if (!result.duplicate) this.#wakeSubscribers();
    return result;
  }

  /** Appends so far and the round trips they took (group commit at work). */
  get appendStats(): { roundTrips: number; appends: number } {
    return this.#batcher.stats;
  }

  async claimPartition(partition: number): Promise<number> {
    try {
      return await claimPartition(this.#db, this.#schema, partition);
    } catch (error) {
      throw unavailableOr(error);
    }
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return reads.readStream(this.#db, this.#catalogue, streamId, options);
  }

  streamVersion(streamId: string): Promise<number> {
    return reads.streamVersion(this.#db, streamId);
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return reads.readAll(this.#db, this.#catalogue, options);
  }

  headPosition(): Promise<number> {
    return reads.headPosition(this.#db);
  }

  subscribe(options: SubscriptionOptions): Subscription {
    if (this.#closed) throw new StoreUnavailableError("the event store is closed");
    const subscription = new PollingSubscription(
      {
        readAll: (o) => this.readAll(o),
        loadCheckpoint: (name) => this.loadCheckpoint(name),
        saveCheckpoint: (name, position) => this.saveCheckpoint(name, position),
        lastCommittedPosition: () => reads.lastCommittedPosition(this.#db),
      },
      options,
      (s) => this.#subscriptions.delete(s),
    );
    this.#subscriptions.add(subscription);
    return subscription;
  }

  loadCheckpoint(name: string): Promise<number> {
    return saved.loadCheckpoint(this.#db, name);
  }

  saveCheckpoint(name: string, position: number): Promise<void> {
    return saved.saveCheckpoint(this.#db, name, position);
  }

  saveSnapshot(snapshot: Snapshot): Promise<void> {
    return saved.saveSnapshot(this.#db, snapshot);
  }

  loadSnapshot<S = unknown>(streamId: string): Promise<Snapshot<S> | undefined> {
    return saved.loadSnapshot<S>(this.#db, streamId);
  }

  notify(): void {
    this.#wakeSubscribers();
  }

  close(): Promise<void> {
    this.#closed ??= (async () => {
      await Promise.all([...this.#subscriptions].map((s) => s.stop()));
      if (this.#ownsDatabase) await this.#db.destroy();
    })();
    return this.#closed;
  }

  #wakeSubscribers(): void {
    for (const subscription of this.#subscriptions) subscription.wake();
  }

  async #emptyAppend(streamId: string, expected: ExpectedVersion | undefined) {
    const current = await this.streamVersion(streamId);
    const wanted = expected === "no_stream" ? 0 : expected;
    if (typeof wanted === "number" && wanted !== current) {
      throw new ConcurrencyError(streamId, expected!, current);
    }
    return {
      streamId,
      nextExpectedVersion: current,
      versions: [],
      positions: [],
      duplicate: false,
    };
  }

  findCommand(streamId: string, commandId: string): Promise<RecordedCommand | undefined> {
    return reads.findCommand(this.#db, streamId, commandId);
  }
}
