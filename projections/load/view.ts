import { z } from "zod";
import { Timestamp } from "../../events/mod.ts";

const Rate = z.number().min(0);

/** Traffic figures of one scope key over a window. */
export const LoadFigures = z.object({
  scope: z.enum(["fleet", "agent", "capability"]),
  /** Agent id, capability (routing key), or `*` for the fleet. */
  key: z.string(),
  /** Sessions routed to an agent and not closed. */
  liveSessions: z.number().int().min(0),
  framesPerSecond: Rate,
  bytesPerSecond: Rate,
  /** Errors over frames plus errors, in the window: 0 when nothing happened. */
  errorRate: z.number().min(0).max(1),
  /** Relay latency percentiles (ms, histogram bin upper bounds); null without latency reports. */
  latencyP50Ms: Rate.nullable(),
  latencyP99Ms: Rate.nullable(),
  reports: z.number().int().min(0),
});
export type LoadFigures = z.infer<typeof LoadFigures>;

/** The last minute of the events' clock, in 10 s buckets. */
export const LoadWindow = z.object({
  windowSeconds: z.number().int().positive(),
  /** The latest event time the load model has seen; null before any. */
  asOf: Timestamp.nullable(),
});
export type LoadWindow = z.infer<typeof LoadWindow>;

export const LoadReport = LoadWindow.extend({ figures: z.array(LoadFigures) });
export type LoadReport = z.infer<typeof LoadReport>;

/** One bucket of a time series. */
export const LoadPoint = LoadFigures.omit({ scope: true, key: true, liveSessions: true }).extend({
  start: Timestamp,
  seconds: z.number().int().positive(),
});
export type LoadPoint = z.infer<typeof LoadPoint>;
