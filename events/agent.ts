import { z } from "zod";
import { Capability, Id, Timestamp } from "./common.ts";

export const AgentStatus = z.enum(["healthy", "suspect", "unhealthy", "draining", "deregistered"]);
export type AgentStatus = z.infer<typeof AgentStatus>;

/** What an agent says about itself when it registers; `version` is the agent's software version. */
export const AgentSpec = z.object({
  name: z.string().min(1).max(200),
  host: z.string().min(1).max(253),
  port: z.number().int().min(1).max(65535),
  path: z.string().startsWith("/").max(1024).default("/"),
  agentType: z.string().min(1).max(100),
  capabilities: z.array(Capability).min(1).max(64),
  version: z.string().max(64).default("0.0.0"),
  weight: z.number().int().min(0).max(1000).default(1),
  maxSessions: z.number().int().min(1).max(1_000_000).default(1000),
  healthEndpoint: z.string().max(2048).optional(),
  /**
   * The agent takes pre-dialled sockets (`?pool=1`, then an attach frame; the SDK's pool
   * protocol): the edge keeps a few warm. Without it every dial is one per client session.
   */
  pooling: z.boolean().optional(),
});
export type AgentSpec = z.infer<typeof AgentSpec>;

export const AgentLoad = z.object({
  sessions: z.number().int().min(0).optional(),
  cpu: z.number().min(0).max(100).optional(),
  queueDepth: z.number().int().min(0).optional(),
  latencyMs: z.number().min(0).optional(),
});
export type AgentLoad = z.infer<typeof AgentLoad>;

export const AgentRegistered = AgentSpec.extend({ agentId: Id, at: Timestamp });
/** A re-registration with a changed spec: version management keeps the previous software version. */
export const AgentUpdated = AgentSpec.extend({
  agentId: Id,
  previousVersion: z.string().max(64),
  at: Timestamp,
});
export const AgentHeartbeatReceived = AgentLoad.extend({ agentId: Id, at: Timestamp });
export const AgentHealthChanged = z.object({
  agentId: Id,
  from: AgentStatus,
  to: AgentStatus,
  reason: z.string().max(500),
  /** Set when flap damping holds the agent out until this time. */
  ejectedUntil: Timestamp.optional(),
  at: Timestamp,
});
export const AgentDrained = z.object({
  agentId: Id,
  /** Existing sessions may stay until this time; then the edge moves them. */
  deadline: Timestamp.optional(),
  at: Timestamp,
});
/** An operator (or the agent) lets a draining agent take new sessions again. */
export const AgentUndrained = z.object({ agentId: Id, at: Timestamp });
/** Maintenance mode: on drains the agent, off undrains it; the flag says why it drains. */
export const AgentMaintenanceChanged = z.object({ agentId: Id, on: z.boolean(), at: Timestamp });
export const AgentDeregistered = z.object({
  agentId: Id,
  reason: z.string().max(500),
  at: Timestamp,
});
export const AgentWeightChanged = z.object({
  agentId: Id,
  weight: z.number().int().min(0).max(1000),
  previous: z.number().int().min(0).max(1000),
  at: Timestamp,
});
