import { z } from "zod";
import { Timestamp } from "../events/mod.ts";
import { StrategyShare } from "./monitoring/queries.ts";

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
  errorRate: z.number().min(0).max(1),
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
