import type { Kysely, Transaction } from "kysely";
import type { EventType, StoredDomainEvent } from "../events/mod.ts";

/**
 * One table set of a projection, inside the caller's transaction: `db` has
 * the set's schema applied, `schema` is there for raw SQL (bulk upserts).
 */
export interface TableSet<DB> {
  readonly db: Transaction<DB>;
  readonly schema: string;
}

/** The live (or a time-travel) table set of a projection, for queries. */
export interface ReadSet<DB> {
  readonly db: Kysely<DB>;
  readonly schema: string;
}

/**
 * A read model: the tables it owns and how a batch of events changes them.
 *
 * The framework (runner.ts, rebuild.ts) owns everything else: which table set
 * is live, the checkpoint (a row in the same schema, written in the same
 * transaction as `apply`), catch-up, live following and blue-green rebuilds.
 * A projection only has to be deterministic: the same events in the same
 * order give the same rows, however they are cut into batches. So no clock
 * reads: time comes from the events' `at`.
 */
export interface Projection<DB = unknown> {
  /** Lowercase, at most 12 characters: it is part of schema names. */
  readonly name: string;
  /**
   * The version of `ddl` and `apply`. A live table set built by another
   * version is rebuilt from position 0 (blue-green) before the runner follows it.
   */
  readonly version: number;
  /** The event types `apply` is given; a rebuild reads only these from the store. */
  readonly eventTypes: readonly EventType[];
  /** CREATE statements for the projection's tables in `schema` (which exists and is empty). */
  ddl(schema: string): string[];
  /** Folds one batch, in log order, inside the caller's transaction. */
  apply(set: TableSet<DB>, events: readonly StoredDomainEvent[]): Promise<void>;
}

// deno-lint-ignore no-explicit-any
export type AnyProjection = Projection<any>;

const NAME = /^[a-z][a-z0-9]{0,11}$/;

/** Checks the name once, where the projection is defined, rather than at first use. */
export function defineProjection<DB>(projection: Projection<DB>): Projection<DB> {
  if (!NAME.test(projection.name)) {
    throw new Error(`projection name '${projection.name}' must match ${NAME}`);
  }
  if (!Number.isInteger(projection.version) || projection.version < 1) {
    throw new Error(`projection '${projection.name}' needs a positive integer version`);
  }
  return projection;
}

/** The events of `batch` that `projection` handles, typed by the catalogue (the store validated them on write). */
export function eventsFor(
  projection: AnyProjection,
  batch: readonly { type: string }[],
): StoredDomainEvent[] {
  const types = new Set<string>(projection.eventTypes);
  return batch.filter((event) => types.has(event.type)) as StoredDomainEvent[];
}
