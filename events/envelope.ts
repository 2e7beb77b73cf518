import { z } from "zod";

/** Who caused an event: carried for the audit trail (every operator action is an event). */
export const Principal = z.object({
  sub: z.string(),
  roles: z.array(z.string()).default([]),
  ip: z.string().optional(),
});
export type Principal = z.infer<typeof Principal>;

/**
 * Metadata travels from the command into every event it produced, so an
 * auditor can follow a request (correlation), its immediate cause (causation)
 * and its trace across the edge, the command log and the store.
 */
export const EventMetadata = z.object({
  commandId: z.string().min(1).max(200).optional(),
  causationId: z.string().min(1).max(200).optional(),
  correlationId: z.string().min(1).max(200).optional(),
  traceId: z.string().max(200).optional(),
  /** W3C traceparent, so a projection can continue the trace. */
  traceparent: z.string().max(200).optional(),
  principal: Principal.optional(),
}).passthrough();
export type EventMetadata = z.infer<typeof EventMetadata>;

/** What a writer hands to the store. The store assigns version, position and time. */
export const NewEvent = z.object({
  id: z.uuid().optional(),
  type: z.string().min(1).max(200),
  data: z.unknown(),
  metadata: EventMetadata.optional(),
});
export type NewEvent = z.infer<typeof NewEvent>;

/** An event as it stands in the log: the envelope every reader sees. */
export const RecordedEvent = z.object({
  id: z.string(),
  streamId: z.string(),
  /** 1-based, gap-free within the stream. */
  version: z.number().int().positive(),
  /** Global order across all streams; strictly increasing in read order, may have gaps. */
  position: z.number().int().positive(),
  type: z.string(),
  schemaVersion: z.number().int().positive(),
  data: z.unknown(),
  metadata: EventMetadata,
  recordedAt: z.string(),
});
export type RecordedEvent<T extends string = string, D = unknown> =
  & Omit<z.infer<typeof RecordedEvent>, "type" | "data">
  & { type: T; data: D };
