import type { DomainEvent } from "../../events/mod.ts";
import { event } from "../decider.ts";
import { addSeconds, isBefore, msBetween } from "../time.ts";
import type { HealthThresholds } from "./commands.ts";
import type { AgentHealth, AgentState } from "./state.ts";

/**
 * The health state machine: healthy → suspect → unhealthy on silence,
 * straight to unhealthy on a reported failure (ejection), suspect → healthy
 * on the next heartbeat, unhealthy → healthy after N heartbeats received
 * since the ejection (those inside a flap back-off do not count). Each function returns the events to emit.
 */

function changed(
  state: AgentState,
  to: AgentHealth,
  reason: string,
  now: string,
  ejectedUntil?: string,
): DomainEvent {
  return event("agent.healthChanged", {
    agentId: state.agentId!,
    from: state.health,
    to,
    reason,
    ...(ejectedUntil ? { ejectedUntil } : {}),
    at: now,
  });
}

/**
 * Ejects the agent. Flap damping: if this ejection makes more than
 * `flapLimit` within the window, hold the agent out for the back-off period
 * so a flapping agent cannot keep attracting sessions it then drops.
 */
export function eject(
  state: AgentState,
  reason: string,
  now: string,
  t: HealthThresholds,
): DomainEvent {
  const windowMs = t.flapWindowSeconds * 1000;
  const recent = state.ejections.filter((at) => msBetween(at, now) <= windowMs).length + 1;
  if (recent > t.flapLimit && t.ejectionBackoffSeconds > 0) {
    const until = addSeconds(now, t.ejectionBackoffSeconds);
    return changed(
      state,
      "unhealthy",
      `${reason}; flapping (${recent} ejections within ${t.flapWindowSeconds}s), held out until ${until}`,
      now,
      until,
    );
  }
  return changed(state, "unhealthy", reason, now);
}

/** What a TTL sweep at `now` decides: nothing, suspect, or suspect then unhealthy. */
export function sweep(state: AgentState, now: string, t: HealthThresholds): DomainEvent[] {
  if (state.health === "unhealthy" || state.lastHeartbeatAt === undefined) return [];
  const silentMs = msBetween(state.lastHeartbeatAt, now);
  const seconds = Math.floor(silentMs / 1000);
  const events: DomainEvent[] = [];
  let current = state;
  if (current.health === "healthy" && silentMs > t.ttlSeconds * 1000) {
    events.push(
      changed(current, "suspect", `no heartbeat for ${seconds}s (ttl ${t.ttlSeconds}s)`, now),
    );
    current = { ...current, health: "suspect" };
  }
  // Both edges in one decision when the sweep is late: the machine never skips a state.
  if (current.health === "suspect" && silentMs > t.ttlSeconds * t.unhealthyAfterMisses * 1000) {
    events.push(
      eject(current, `no heartbeat for ${seconds}s (${t.unhealthyAfterMisses} missed ttl)`, now, t),
    );
  }
  return events;
}

/** What a heartbeat at `now` does to health, given the state before the heartbeat. */
export function recover(state: AgentState, now: string, t: HealthThresholds): DomainEvent[] {
  if (state.health === "suspect") return [changed(state, "healthy", "heartbeat received", now)];
  if (state.health !== "unhealthy") return [];
  if (state.ejectedUntil !== undefined && isBefore(now, state.ejectedUntil)) return [];
  const good = state.goodHeartbeats + 1; // this heartbeat counts too
  if (good < t.recoveryHeartbeats) return [];
  return [changed(state, "healthy", `${good} heartbeats since ejection`, now)];
}
