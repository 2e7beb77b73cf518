import { type Kysely, sql } from "kysely";
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
import {
  type AppendedRow,
  appendResult,
  expectedVersionParameter,
  nonNegativeInteger,
  positiveInteger,
  prepareAppend,
} from "./append-input.ts";
import { ConcurrencyError, StoreUnavailableError } from "./errors.ts";
import { eventColumns, type EventRow, jsonb, toNumber, toRecordedEvent } from "./rows.ts";
import { appendFailure, guard, isUnavailable, serverError, unavailableOr } from "./sql-errors.ts";
import { AppendBatcher, type BatchOutcome, type QueuedAppend } from "./append-batcher.ts";
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

/** A row of sb_append_batch (append-function.ts). */
interface BatchRow extends AppendedRow {
  entry: number;
  actual_version: string | number | null;
}

/**
 * Readers see only the committed prefix of the log:
 *   transaction_id < xmin of the statement's own snapshot.
 * Proof that no event is skipped: let E (position p, xid x) pass the filter,
 * so x < xmin: x is no longer running. Any event E' with p' < p has x' <= x
 * (append-function.ts, point 1), so x' < xmin too: E' is committed, hence in
 * this snapshot and returned first (ORDER BY position), or it was rolled back
 * and never exists. So a reader never passes an event that commits later.
 */
const committedPrefix = sql<
  boolean
>`transaction_id < (select pg_snapshot_xmin(pg_current_snapshot()))`;

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
      one: (append) => this.#appendOne(append),
      many: (appends) => this.#appendMany(appends),
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
    }).catch((error) => {
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

  async #appendOne(append: QueuedAppend): Promise<AppendedRow[]> {
    const result = await sql<AppendedRow>`
      select appended_version, appended_position, duplicate
      from ${sql.id(this.#schema)}.sb_append(
        ${append.streamId}, ${append.expected}, ${append.commandId},
        ${JSON.stringify(append.events)}::text::jsonb
      )`.execute(this.#db);
    return result.rows;
  }

  async #appendMany(appends: QueuedAppend[]): Promise<BatchOutcome[]> {
    const batch = appends.map((a) => ({
      stream: a.streamId,
      expected: a.expected,
      commandId: a.commandId,
      events: a.events,
    }));
    const result = await sql<BatchRow>`
      select entry, appended_version, appended_position, duplicate, actual_version
      from ${sql.id(this.#schema)}.sb_append_batch(${JSON.stringify(batch)}::text::jsonb)`
      .execute(this.#db);
    const rows: AppendedRow[][] = appends.map(() => []);
    const outcomes: (BatchOutcome | undefined)[] = appends.map(() => undefined);
    for (const row of result.rows) {
      const i = Number(row.entry) - 1;
      if (row.actual_version !== null) {
        outcomes[i] = { kind: "conflict", actual: Number(row.actual_version) };
      } else rows[i]!.push(row);
    }
    return outcomes.map((o, i) => o ?? { kind: "rows", rows: rows[i]! });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    let query = this.#db.selectFrom("events").select(eventColumns)
      .where("stream_id", "=", streamId)
      .where("version", ">=", options.fromVersion ?? 1)
      .orderBy("version");
    if (options.limit !== undefined) query = query.limit(positiveInteger(options.limit, "limit"));
    const rows = await guard(query.execute());
    return rows.map((row) => this.#catalogue.upcast(toRecordedEvent(row)));
  }

  async streamVersion(streamId: string): Promise<number> {
    const row = await guard(
      this.#db.selectFrom("events")
        .select((eb) => eb.fn.max("version").as("version"))
        .where("stream_id", "=", streamId)
        .executeTakeFirst(),
    );
    return toNumber(row?.version);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const limit = positiveInteger(options.limit, "limit");
    if (options.types && options.types.length === 0) return [];
    let query = this.#db.selectFrom("events").select(eventColumns)
      .where("position", ">", options.after ?? 0)
      .where(committedPrefix)
      .orderBy("position")
      .limit(limit);
    if (options.streamId !== undefined) query = query.where("stream_id", "=", options.streamId);
    if (options.types) query = query.where("type", "in", options.types);
    const rows: EventRow[] = await guard(query.execute());
    return rows.map((row) => this.#catalogue.upcast(toRecordedEvent(row)));
  }

  async headPosition(): Promise<number> {
    const row = await guard(
      this.#db.selectFrom("events")
        .select((eb) => eb.fn.max("position").as("position"))
        .where(committedPrefix)
        .executeTakeFirst(),
    );
    return toNumber(row?.position);
  }

  /** Highest committed position, including events still held back behind a running append. */
  async #lastCommittedPosition(): Promise<number> {
    const row = await guard(
      this.#db.selectFrom("events")
        .select((eb) => eb.fn.max("position").as("position"))
        .executeTakeFirst(),
    );
    return toNumber(row?.position);
  }

  subscribe(options: SubscriptionOptions): Subscription {
    if (this.#closed) throw new StoreUnavailableError("the event store is closed");
    const subscription = new PollingSubscription(
      {
        readAll: (o) => this.readAll(o),
        loadCheckpoint: (name) => this.loadCheckpoint(name),
        saveCheckpoint: (name, position) => this.saveCheckpoint(name, position),
        lastCommittedPosition: () => this.#lastCommittedPosition(),
      },
      options,
      (s) => this.#subscriptions.delete(s),
    );
    this.#subscriptions.add(subscription);
    return subscription;
  }

  async loadCheckpoint(name: string): Promise<number> {
    const row = await guard(
      this.#db.selectFrom("checkpoints").select("position")
        .where("name", "=", name)
        .executeTakeFirst(),
    );
    return toNumber(row?.position);
  }

  async saveCheckpoint(name: string, position: number): Promise<void> {
    const at = nonNegativeInteger(position, "checkpoint position");
    await guard(
      this.#db.insertInto("checkpoints")
        .values({ name, position: at })
        .onConflict((oc) =>
          oc.column("name").doUpdateSet({ position: at, updated_at: sql<Date>`now()` })
        )
        .execute(),
    );
  }

  async saveSnapshot(snapshot: Snapshot): Promise<void> {
    const version = positiveInteger(snapshot.version, "snapshot version");
    // Keep the newest: a slow writer must not replace a later snapshot with an older one.
    await guard(
      this.#db.insertInto("snapshots")
        .values({ stream_id: snapshot.streamId, version, state: jsonb(snapshot.state) })
        .onConflict((oc) =>
          oc.column("stream_id")
            .doUpdateSet({
              version: (eb) => eb.ref("excluded.version"),
              state: (eb) => eb.ref("excluded.state"),
              saved_at: sql<Date>`now()`,
            })
            .where("snapshots.version", "<=", (eb) => eb.ref("excluded.version"))
        )
        .execute(),
    );
  }

  async loadSnapshot<S = unknown>(streamId: string): Promise<Snapshot<S> | undefined> {
    const row = await guard(
      this.#db.selectFrom("snapshots").select(["version", "state"])
        .where("stream_id", "=", streamId)
        .executeTakeFirst(),
    );
    if (!row) return undefined;
    return { streamId, version: Number(row.version), state: row.state as S };
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

  async findCommand(streamId: string, commandId: string): Promise<RecordedCommand | undefined> {
    const rows = await guard(
      this.#db.selectFrom("events")
        .select(["version as appended_version", "position as appended_position", "type"])
        .select(sql<boolean>`true`.as("duplicate"))
        .where("stream_id", "=", streamId)
        .where("command_id", "=", commandId)
        .orderBy("version")
        .execute(),
    );
    if (rows.length === 0) return undefined;
    return { ...appendResult(streamId, rows), types: rows.map((r) => r.type) };
  }
}
