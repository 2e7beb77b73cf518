import { z } from "zod";
import { agentStatus } from "../../actors/agent/mod.ts";
import { AgentLoad, AgentSpec, AgentStatus, Id, Timestamp } from "../../events/mod.ts";
import type { AgentDoc } from "./tables.ts";

/** An agent as operators read it (GET /agents): its spec, status, sessions and latest load. */
export const AgentView = AgentSpec.extend({
  id: Id,
  status: AgentStatus,
  health: z.enum(["healthy", "suspect", "unhealthy"]),
  draining: z.boolean(),
  drainDeadline: Timestamp.optional(),
  /** Draining because an operator put it in maintenance mode. */
  maintenance: z.boolean().optional(),
  /** Flap damping holds the agent out until then. */
  ejectedUntil: Timestamp.optional(),
  registeredAt: Timestamp,
  updatedAt: Timestamp,
  lastHeartbeatAt: Timestamp.optional(),
  currentSessions: z.number().int().min(0),
  /** The figures of the latest heartbeat. */
  load: AgentLoad,
});
export type AgentView = z.infer<typeof AgentView>;

/** One software version an agent ran, from the position it was registered or updated at. */
export const AgentVersion = z.object({
  version: z.string(),
  previousVersion: z.string().nullable(),
  at: Timestamp,
  position: z.number().int().positive(),
});
export type AgentVersion = z.infer<typeof AgentVersion>;

export const AgentDetail = AgentView.extend({ versions: z.array(AgentVersion) });
export type AgentDetail = z.infer<typeof AgentDetail>;

export function agentView(doc: AgentDoc): AgentView {
  const { state } = doc;
  const spec = state.spec!;
  return {
    id: state.agentId!,
    ...spec,
    status: agentStatus(state),
    health: state.health,
    draining: state.draining,
    ...(state.maintenance ? { maintenance: true } : {}),
    ...(state.drainDeadline ? { drainDeadline: state.drainDeadline } : {}),
    ...(state.ejectedUntil ? { ejectedUntil: state.ejectedUntil } : {}),
    registeredAt: doc.registeredAt,
    updatedAt: doc.updatedAt,
    ...(state.lastHeartbeatAt ? { lastHeartbeatAt: state.lastHeartbeatAt } : {}),
    currentSessions: doc.currentSessions,
    load: state.load,
  };
}
