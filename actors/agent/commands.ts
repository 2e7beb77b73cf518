import { z } from "zod";
import { AgentLoad, AgentSpec } from "../../events/mod.ts";

/**
 * Health thresholds travel with the commands that need them (sweep,
 * heartbeat, reportFailure) instead of living in the actor: the decider stays
 * pure, config can change them, and the event log records what was decided
 * under whichever values were in force. Every field has a sensible default.
 */
export const HealthThresholds = z.object({
  /** Silence longer than this marks a healthy agent suspect. */
  ttlSeconds: z.number().positive().max(3600).default(15),
  /** Silence longer than ttl × this marks it unhealthy (ejected). */
  unhealthyAfterMisses: z.number().int().min(1).max(100).default(3),
  /** Consecutive heartbeats an unhealthy agent needs before it is healthy again. */
  recoveryHeartbeats: z.number().int().min(1).max(100).default(3),
  /** An agent ejected more than this many times within the window is held out… */
  flapLimit: z.number().int().min(1).max(30).default(3),
  flapWindowSeconds: z.number().positive().max(86_400).default(300),
  /** …for this long (ejectedUntil), whatever its heartbeats say. */
  ejectionBackoffSeconds: z.number().min(0).max(86_400).default(120),
});
export type HealthThresholds = z.infer<typeof HealthThresholds>;

/** `prefault` (not `default`) so an absent object still gets every field's default. */
const thresholds = HealthThresholds.prefault({});

const spec = AgentSpec.shape;
/** A partial spec for `update`: the same field rules, without defaults that would overwrite. */
export const AgentSpecPatch = z.object({
  name: spec.name.optional(),
  host: spec.host.optional(),
  port: spec.port.optional(),
  path: spec.path.unwrap().optional(),
  agentType: spec.agentType.optional(),
  capabilities: spec.capabilities.optional(),
  version: spec.version.unwrap().optional(),
  weight: spec.weight.unwrap().optional(),
  maxSessions: spec.maxSessions.unwrap().optional(),
  healthEndpoint: spec.healthEndpoint,
  pooling: spec.pooling,
});

export const agentCommands = {
  /** First registration, or a re-registration: changed spec → updated, identical → nothing. */
  register: AgentSpec,
  update: AgentSpecPatch,
  heartbeat: AgentLoad.extend({ thresholds }),
  /** Sent by a runtime timer with `now` in its metadata: the TTL check is a command, not a clock read. */
  sweep: z.object({ thresholds }),
  /** The edge could not open or keep a socket to the agent: eject it at once. */
  reportFailure: z.object({ reason: z.string().min(1).max(500), thresholds }),
  drain: z.object({
    /** Existing sessions may stay this long; absent means until they end. */
    deadlineSeconds: z.number().int().min(0).max(7 * 86_400).optional(),
  }),
  /** Take new sessions again; ends maintenance mode too. */
  undrain: z.object({}),
  /** On: drain (no deadline) and flag it; off: clear the flag and undrain. */
  setMaintenance: z.object({ on: z.boolean() }),
  deregister: z.object({ reason: z.string().min(1).max(500).default("deregistered") }),
  setWeight: z.object({ weight: spec.weight.unwrap() }),
};
export type AgentCommands = typeof agentCommands;
