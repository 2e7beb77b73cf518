import type { AgentLoad, AgentSpec, EventData } from "../../events/mod.ts";
import { evolveBy } from "../decider.ts";
import { isBefore } from "../time.ts";

/** Health proper; draining and deregistration are separate facts layered on top. */
export type AgentHealth = "healthy" | "suspect" | "unhealthy";

/** How many past ejections flap damping remembers: more than the largest flapLimit allows. */
export const EJECTION_MEMORY = 32;

export interface AgentState {
  registered: boolean;
  agentId?: string;
  spec?: AgentSpec;
  health: AgentHealth;
  draining: boolean;
  drainDeadline?: string;
  /** In maintenance mode (draining because an operator said so); absent means off. */
  maintenance?: boolean;
  deregistered: boolean;
  lastHeartbeatAt?: string;
  load: AgentLoad;
  /** Heartbeats since the agent went unhealthy (after any back-off): what recovery counts. */
  goodHeartbeats: number;
  /** Flap damping holds the agent out until this time. */
  ejectedUntil?: string;
  /** Times of recent ejections, oldest first, for flap damping. */
  ejections: string[];
}

export const initialAgentState: AgentState = {
  registered: false,
  health: "healthy",
  draining: false,
  deregistered: false,
  load: {},
  goodHeartbeats: 0,
  ejections: [],
};

/** The status operators see: deregistered beats draining beats health. */
export function agentStatus(state: AgentState) {
  if (state.deregistered) return "deregistered" as const;
  if (state.draining) return "draining" as const;
  return state.health;
}

function specOf(data: EventData<"agent.registered"> | EventData<"agent.updated">): AgentSpec {
  const { agentId: _id, at: _at, ...spec } = data;
  if ("previousVersion" in spec) {
    const { previousVersion: _previous, ...rest } = spec;
    return rest;
  }
  return spec;
}

export const evolveAgent = evolveBy<AgentState>({
  // A (re-)registration after deregistration starts a fresh life; registering is a sign of life.
  "agent.registered": (_state, data) => ({
    ...initialAgentState,
    registered: true,
    agentId: data.agentId,
    spec: specOf(data),
    lastHeartbeatAt: data.at,
  }),
  "agent.updated": (state, data) => ({ ...state, spec: specOf(data) }),
  "agent.heartbeatReceived": (state, data) => {
    const { agentId: _id, at, ...load } = data;
    // Heartbeats during a flap back-off do not count towards recovery.
    const counts = state.health === "unhealthy" &&
      (state.ejectedUntil === undefined || !isBefore(at, state.ejectedUntil));
    return {
      ...state,
      lastHeartbeatAt: at,
      load,
      goodHeartbeats: counts ? state.goodHeartbeats + 1 : state.goodHeartbeats,
    };
  },
  "agent.healthChanged": (state, data) => {
    const health = data.to as AgentHealth;
    const ejected = health === "unhealthy";
    return {
      ...state,
      health,
      goodHeartbeats: 0,
      ejectedUntil: ejected ? data.ejectedUntil : undefined,
      ejections: ejected ? [...state.ejections, data.at].slice(-EJECTION_MEMORY) : state.ejections,
    };
  },
  "agent.drained": (state, data) => ({ ...state, draining: true, drainDeadline: data.deadline }),
  "agent.undrained": (state) => {
    const { drainDeadline: _deadline, ...rest } = state;
    return { ...rest, draining: false };
  },
  "agent.maintenanceChanged": (state, data) => {
    const { maintenance: _was, ...rest } = state;
    return data.on ? { ...rest, maintenance: true } : rest;
  },
  "agent.deregistered": (state) => ({ ...state, deregistered: true }),
  "agent.weightChanged": (state, data) =>
    state.spec ? { ...state, spec: { ...state.spec, weight: data.weight } } : state,
});
