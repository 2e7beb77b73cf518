import type { NewEvent, RecordedEvent } from "../../events/envelope.ts";

/**
 * What the writer believes the stream's current version is.
 * - `"any"`: no check;
 * - `"no_stream"`: the stream must not exist yet (same as `0`);
 * - `n`: the stream's last version must be exactly `n`.
 */
export type ExpectedVersion = "any" | "no_stream" | number;

export interface AppendOptions {
  expectedVersion?: ExpectedVersion;
  /**
   * The command that produced these events. An append carrying a command id
   * already recorded for the stream writes nothing and returns the first result.
   */
  commandId?: string;
  /**
   * The writer's claim on the command-log partition the stream belongs to
   * (from `claimPartition`). Refused with a FencedError once the partition
   * has been claimed again by someone else: a stale owner cannot append.
   */
  fence?: PartitionFence;
}

export interface PartitionFence {
  partition: number;
  epoch: number;
}

export interface AppendResult {
  streamId: string;
  /** The stream's version after the append (the last event's version). */
  nextExpectedVersion: number;
  /** Version and global position of each appended event, in order. */
  versions: number[];
  positions: number[];
  /** True when the command id had been seen: nothing was written, this is the first result. */
  duplicate: boolean;
}

/** A command already recorded on a stream: its first result and the types it wrote. */
export interface RecordedCommand extends AppendResult {
  types: string[];
}

export interface ReadStreamOptions {
  /** First version to return (1-based, inclusive). */
  fromVersion?: number;
  limit?: number;
}

export interface ReadAllOptions {
  /** Return events with a position strictly greater than this (a checkpoint). */
  after?: number;
  limit: number;
  streamId?: string;
  types?: string[];
}

export interface Snapshot<S = unknown> {
  streamId: string;
  version: number;
  state: S;
}

export interface SubscriptionOptions {
  /** The subscriber's name; its checkpoint is stored under it. */
  name: string;
  handler: (events: RecordedEvent[]) => Promise<void> | void;
  batchSize?: number;
  /** How often to look for new events when nothing wakes the subscriber sooner. */
  pollIntervalMs?: number;
  /**
   * Once caught up, wait this long after each short batch before reading
   * again: fewer, larger batches under load (default 0, read at once).
   */
  coalesceMs?: number;
  /** Start after this position instead of the stored checkpoint. */
  after?: number;
  /**
   * `"store"` (default): the subscription saves the checkpoint after each handled batch.
   * `"manual"`: the handler persists its own progress (e.g. in the same transaction as a
   * projection) and the subscription only keeps it in memory.
   */
  checkpoint?: "store" | "manual";
  onError?: (error: unknown) => void;
}

export interface Subscription {
  readonly name: string;
  /** Position of the last event handed to the handler successfully. */
  readonly position: number;
  /** Resolves once the subscriber has handled every event committed before the call. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The event store port. Two adapters implement it (PostgreSQL and PGlite)
 * and both pass `tests/store/event-store.contract.ts`.
 *
 * Reads in global order never pass over an event that commits later with a
 * lower position: readAll only returns the prefix of the log that can no
 * longer change.
 */
export interface EventStore {
  readonly kind: "postgres" | "pglite";
  append(streamId: string, events: NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Claims the next epoch of a command-log partition, for a node that has just
   * taken its lease; appends fenced with an older epoch are refused from now on.
   */
  claimPartition(partition: number): Promise<number>;
  /** The first result of `commandId` on the stream, if it was ever appended there. */
  findCommand(streamId: string, commandId: string): Promise<RecordedCommand | undefined>;
  /** The stream's last version, 0 when it has no events. */
  streamVersion(streamId: string): Promise<number>;
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Highest position that readAll can return now. */
  headPosition(): Promise<number>;
  subscribe(options: SubscriptionOptions): Subscription;
  loadCheckpoint(name: string): Promise<number>;
  saveCheckpoint(name: string, position: number): Promise<void>;
  saveSnapshot(snapshot: Snapshot): Promise<void>;
  loadSnapshot<S = unknown>(streamId: string): Promise<Snapshot<S> | undefined>;
  /** Wakes subscribers sooner than their poll (e.g. on a NATS notification from another node). */
  notify(): void;
  close(): Promise<void>;
}
