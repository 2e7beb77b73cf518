import { z } from "zod";
import { Timestamp } from "../events/mod.ts";
import { StrategyShare } from "./monitoring/queries.ts";
import { Percentiles } from "./load/view.ts";

const Count = z.number().int().min(0);

/** GET /metrics/summary: the fleet at a glance, from every read model. */
export const MetricsSummary = z.object({
  /** Sessions with a client attached now. */
  connections: Count,
  sessions: z.object({
    /** Opened and not closed (attached, detached or still being routed). */
    live: Count,
    /** Held per status; closed ones only within the retention. */
    byStatus: z.record(z.string(), Count),
  }),
  agents: z.object({ total: Count, byStatus: z.record(z.string(), Count) }),
  sessionsPerAgent: z.array(z.object({ agentId: z.string(), sessions: Count })),
  framesPerSecond: z.number().min(0),
  bytesPerSecond: z.number().min(0),
  /**
   * (refused opens + failovers + errored sessions) / opens attempted (relayed
   * plus refused), over the window, as the edges measured them; capped at
   * 1, 0 when nothing was opened.
   */
  errorRate: z.number().min(0).max(1),
  /** The counts errorRate is made of, over the window. */
  opens: z.object({
    attempted: Count,
    refused: Count,
    failovers: Count,
    errored: Count,
  }),
  /** Time a batch of frames spends inside the edge, both directions (ms). */
  relayLatencyMs: Percentiles,
  /** A client message to the agent's next frame (ms): time to first token. */
  responseLatencyMs: Percentiles,
  /** Aliases of relayLatencyMs.p50 and .p99 (the names before the measured figures). */
  latencyP50Ms: z.number().min(0).nullable(),
  latencyP99Ms: z.number().min(0).nullable(),
  /** The window the rates cover, ending at the latest event time seen. */
  windowSeconds: z.number().int().positive(),
  asOf: Timestamp.nullable(),
  routing: z.array(StrategyShare),
  /** Running totals: events per type, traffic, failovers, resumes, alerts. */
  totals: z.record(z.string(), z.number()),
  /** Log position each read model has reached. */
  positions: z.record(z.string(), Count),
});
export type MetricsSummary = z.infer<typeof MetricsSummary>;
