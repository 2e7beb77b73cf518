import { z } from "zod";
import { Timestamp } from "../../events/mod.ts";
import { LOAD_SCOPES } from "./tables.ts";

const Rate = z.number().min(0);
const Count = z.number().int().min(0);
const Ms = Rate.nullable();

/** Latency percentiles in ms (histogram bin upper bounds, ≤ 19% above the true value); null without samples. */
export const Percentiles = z.object({ p50: Ms, p95: Ms, p99: Ms });
export type Percentiles = z.infer<typeof Percentiles>;

/** Heartbeat figures: means over the heartbeats that carried each one; null without any. */
export const HeartbeatFigures = z.object({
  heartbeats: Count,
  cpu: Ms,
  queueDepth: Ms,
  queueDepthMax: Count.nullable(),
  latencyMs: Ms,
});
export type HeartbeatFigures = z.infer<typeof HeartbeatFigures>;

/** What the edges measured, over a window or one bucket (README: "Measured figures"). */
export const MeasuredFigures = z.object({
  /**
   * Refused + failed-over + errored sessions over opened (opens attempted:
   * relayed, new or resumed, plus refused), capped at 1; 0 when nothing
   * was opened.
   */
  errorRate: z.number().min(0).max(1),
  /** Opens attempted (relayed plus refused). */
  opened: Count,
  refused: Count,
  /** Sessions moved to another agent. */
  failovers: Count,
  /** Relayed sessions the edge ended with an error close code. */
  errored: Count,
  agentErrors: Count,
  failoversPerSecond: Rate,
  openRefusalsPerSecond: Rate,
  refusedByCode: z.record(z.string(), Count),
  failoversByReason: z.record(z.string(), Count),
  clientClosesByCode: z.record(z.string(), Count),
  /** Time a chunk of frames spends inside the edge, both directions. */
  relayLatencyMs: Percentiles,
  /** A client message to the agent's next frame. */
  responseLatencyMs: Percentiles,
  heartbeat: HeartbeatFigures,
});
export type MeasuredFigures = z.infer<typeof MeasuredFigures>;

/** Traffic figures of one scope key over a window. */
export const LoadFigures = MeasuredFigures.extend({
  scope: z.enum(LOAD_SCOPES),
  /** Agent id, capability (routing key), node id, or `*` for the fleet. */
  key: z.string(),
  /** Sessions routed to an agent and not closed. */
  liveSessions: Count,
  framesPerSecond: Rate,
  bytesPerSecond: Rate,
  /** Errors in traffic reports over frames plus errors. */
  frameErrorRate: z.number().min(0).max(1),
  /** Relay latency p50/p99: the edge's measured relay figures, else the traffic reports'. */
  latencyP50Ms: Ms,
  latencyP99Ms: Ms,
  reports: Count,
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

/** The figures alert rules read (brief: alert ⇄ measure), flat and numeric. */
export const Figures = z.object({
  opened: Count,
  refused: Count,
  failovers: Count,
  errored: Count,
  errorRate: z.number().min(0).max(1),
  relayP50Ms: Ms,
  relayP99Ms: Ms,
  responseP50Ms: Ms,
  responseP99Ms: Ms,
  failoversPerSecond: Rate,
  openRefusalsPerSecond: Rate,
});
export type Figures = z.infer<typeof Figures>;

export const RecentFigures = z.object({
  fleet: Figures,
  byAgent: z.record(z.string(), Figures),
  byCapability: z.record(z.string(), Figures),
});
export type RecentFigures = z.infer<typeof RecentFigures>;
