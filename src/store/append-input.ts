import { EventMetadata, type NewEvent } from "../../events/envelope.ts";
import { describeIssues, type EventCatalogue, InvalidEventError } from "../../events/catalogue.ts";
import type { AppendResult, ExpectedVersion } from "./event-store.ts";

/** One element of sb_append's `events` jsonb argument. */
export interface AppendPayloadEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
}

/** A row returned by sb_append (or by the idempotency lookup). */
export interface AppendedRow {
  appended_version: string | number;
  appended_position: string | number;
  duplicate: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Validates every event before anything reaches the database (a bad event in
 * a batch writes nothing) and builds the payload: data parsed by the current
 * schema, metadata checked, the command id copied into each event's metadata
 * so readers can follow it, and an id for events that came without one.
 */
export function prepareAppend(
  catalogue: EventCatalogue,
  events: NewEvent[],
  commandId: string | undefined,
): AppendPayloadEvent[] {
  return events.map((event) => {
    const prepared = catalogue.prepare(event);
    if (prepared.id !== undefined && !UUID.test(prepared.id)) {
      throw new InvalidEventError(prepared.type, "id: expected a UUID");
    }
    const metadata = EventMetadata.safeParse(
      commandId === undefined ? prepared.metadata ?? {} : { ...prepared.metadata, commandId },
    );
    if (!metadata.success) {
      throw new InvalidEventError(prepared.type, `metadata.${describeIssues(metadata.error)}`);
    }
    return {
      id: prepared.id ?? crypto.randomUUID(),
      type: prepared.type,
      schemaVersion: prepared.schemaVersion,
      data: prepared.data,
      metadata: metadata.data,
    };
  });
}

/** sb_append's `expected` argument: NULL = any; 0 = the stream must not exist; n = must be at n. */
export function expectedVersionParameter(expected: ExpectedVersion | undefined): number | null {
  if (expected === undefined || expected === "any") return null;
  if (expected === "no_stream") return 0;
  return nonNegativeInteger(expected, "expected version");
}

export function appendResult(streamId: string, rows: AppendedRow[]): AppendResult {
  const sorted = rows.map((r) => ({
    version: Number(r.appended_version),
    position: Number(r.appended_position),
  })).sort((a, b) => a.version - b.version);
  return {
    streamId,
    nextExpectedVersion: sorted[sorted.length - 1]!.version,
    versions: sorted.map((r) => r.version),
    positions: sorted.map((r) => r.position),
    duplicate: rows[0]!.duplicate,
  };
}

export function positiveInteger(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${what} must be a positive integer, got ${value}`);
  }
  return value;
}

export function nonNegativeInteger(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
  }
  return value;
}
