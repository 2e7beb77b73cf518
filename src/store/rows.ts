import { type RawBuilder, sql } from "kysely";
import type { RecordedEvent } from "../../events/envelope.ts";

/** The columns every event read selects, in the shape both drivers return them. */
export interface EventRow {
  position: string | number;
  event_id: string;
  stream_id: string;
  version: string | number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: Date | string;
}

export const eventColumns = [
  "position",
  "event_id",
  "stream_id",
  "version",
  "type",
  "schema_version",
  "data",
  "metadata",
  "recorded_at",
] as const;

/** int8 arrives as a string (postgres.js) or a number (PGlite); positions stay below 2^53. */
export function toNumber(value: string | number | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    version: Number(row.version),
    position: Number(row.position),
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: typeof row.recorded_at === "string"
      ? row.recorded_at
      : row.recorded_at.toISOString(),
  };
}

/**
 * A JSON value as a jsonb parameter. It is sent as text and cast on the
 * server because the drivers disagree on what a JS string bound to a jsonb
 * parameter means (postgres.js would JSON-encode it a second time).
 */
export function jsonb(value: unknown): RawBuilder<unknown> {
  return sql`${JSON.stringify(value ?? null)}::text::jsonb`;
}
