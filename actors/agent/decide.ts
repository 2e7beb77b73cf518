import type { AgentSpec } from "../../events/mod.ts";
import { reject, type Rejection } from "../actor.ts";
import { decideBy, event } from "../decider.ts";
import { addSeconds } from "../time.ts";
import type { AgentCommands } from "./commands.ts";
import { eject, recover, sweep as sweepHealth } from "./health.ts";
import type { AgentState } from "./state.ts";

/** Capabilities are a set: order and duplicates carry no meaning, so they must not make a spec "changed". */
function normalise(spec: AgentSpec): AgentSpec {
  return { ...spec, capabilities: [...new Set(spec.capabilities)].sort() };
}

function sameSpec(a: AgentSpec, b: AgentSpec): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof AgentSpec>;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
    } else if (x !== y) return false;
  }
  return true;
}

/** Invariants decide guards itself, whatever the host's schema already checked. */
function invalidSpec(spec: AgentSpec): Rejection | undefined {
  if (spec.capabilities.length === 0) {
    return reject("invalid_capability", "an agent needs at least one capability");
  }
  if (!Number.isInteger(spec.weight) || spec.weight < 0 || spec.weight > 1000) {
    return reject("invalid_weight", `weight must be an integer 0-1000, got ${spec.weight}`);
  }
  return undefined;
}

/** Commands other than register need a live, registered agent. */
function missing(state: AgentState): Rejection | undefined {
  if (!state.registered) return reject("agent_not_found", "no agent is registered under this id");
  if (state.deregistered) return reject("agent_deregistered", "the agent has deregistered");
  return undefined;
}

function specChange(state: AgentState, next: AgentSpec, now: string) {
  const spec = normalise(next);
  const invalid = invalidSpec(spec);
  if (invalid) return invalid;
  if (sameSpec(spec, state.spec!)) return [];
  return [event("agent.updated", {
    ...spec,
    agentId: state.agentId!,
    previousVersion: state.spec!.version,
    at: now,
  })];
}

export const decideAgent = decideBy<AgentState, AgentCommands>({
  register: (data, state, { actorId, metadata: { now } }) => {
    if (state.registered && !state.deregistered) return specChange(state, data, now);
    const spec = normalise(data);
    return invalidSpec(spec) ?? [event("agent.registered", { ...spec, agentId: actorId, at: now })];
  },

  update: (data, state, { metadata: { now } }) => {
    const patch = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
    return missing(state) ?? specChange(state, { ...state.spec!, ...patch }, now);
  },

  heartbeat: (data, state, { metadata: { now } }) => {
    const { thresholds, ...load } = data;
    return missing(state) ?? [
      event("agent.heartbeatReceived", { ...load, agentId: state.agentId!, at: now }),
      ...recover(state, now, thresholds),
    ];
  },

  // A timer may still sweep an agent that just left: that is nothing to do, not an error.
  sweep: (data, state, { metadata: { now } }) => {
    if (!state.registered) return reject("agent_not_found", "no agent is registered under this id");
    return state.deregistered ? [] : sweepHealth(state, now, data.thresholds);
  },

  reportFailure: (data, state, { metadata: { now } }) => {
    const refused = missing(state);
    if (refused) return refused;
    // Already out: a second report from another edge changes nothing.
    return state.health === "unhealthy" ? [] : [eject(state, data.reason, now, data.thresholds)];
  },

  drain: (data, state, { metadata: { now } }) => {
    const refused = missing(state);
    if (refused) return refused;
    const deadline = data.deadlineSeconds === undefined
      ? undefined
      : addSeconds(now, data.deadlineSeconds);
    // Draining again without a new deadline is a retry; with one it moves the deadline.
    if (state.draining && (deadline === undefined || deadline === state.drainDeadline)) return [];
    return [
      event("agent.drained", {
        agentId: state.agentId!,
        ...(deadline ? { deadline } : {}),
        at: now,
      }),
    ];
  },

  undrain: (_data, state, { metadata: { now } }) => {
    const refused = missing(state);
    if (refused) return refused;
    const agentId = state.agentId!;
    return [
      ...(state.maintenance
        ? [event("agent.maintenanceChanged", { agentId, on: false, at: now })]
        : []),
      ...(state.draining ? [event("agent.undrained", { agentId, at: now })] : []),
    ];
  },

  setMaintenance: ({ on }, state, { metadata: { now } }) => {
    const refused = missing(state);
    if (refused) return refused;
    const agentId = state.agentId!;
    if (on === (state.maintenance === true)) return [];
    if (on) {
      return [
        ...(state.draining ? [] : [event("agent.drained", { agentId, at: now })]),
        event("agent.maintenanceChanged", { agentId, on: true, at: now }),
      ];
    }
    return [
      event("agent.maintenanceChanged", { agentId, on: false, at: now }),
      ...(state.draining ? [event("agent.undrained", { agentId, at: now })] : []),
    ];
  },

  deregister: (data, state, { metadata: { now } }) =>
    missing(state) ??
      [event("agent.deregistered", { agentId: state.agentId!, reason: data.reason, at: now })],

  setWeight: ({ weight }, state, { metadata: { now } }) => {
    const refused = missing(state);
    if (refused) return refused;
    if (!Number.isInteger(weight) || weight < 0 || weight > 1000) {
      return reject("invalid_weight", `weight must be an integer 0-1000, got ${weight}`);
    }
    const previous = state.spec!.weight;
    if (weight === previous) return [];
    return [event("agent.weightChanged", { agentId: state.agentId!, weight, previous, at: now })];
  },
});
