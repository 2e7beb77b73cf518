import type { RecordedEvent } from "../../events/mod.ts";
import { type Clock, systemClock, type Timer } from "../clock/clock.ts";

/** What fleet news asks of the edge (edge.ts's Edge). */
export interface FleetFollower {
  readonly pool: { forget(agentId: string): void };
  moveSessionsOff(agentId: string, reason: string): void;
  supersede(sessionId: string, version: number): void;
  closeSession(sessionId: string, reason: string): void;
}

/**
 * What the edge does when the log says something about the agents or
 * sessions it relays: an ejected or deregistered agent's sessions move at
 * once; a drained agent's sessions move when its deadline passes; a session
 * closed elsewhere (an operator) is closed here, and one resumed on another
 * edge is let go here.
 */
export function followFleetEvents(
  edge: FleetFollower,
  edgeId: string,
  clock: Clock = systemClock,
): (event: RecordedEvent) => void {
  const drainTimers = new Map<string, Timer>();
  return (event) => {
    const data = event.data as {
      agentId?: string;
      sessionId?: string;
      to?: string;
      deadline?: string;
      reason?: string;
      edgeId?: string;
    };
    switch (event.type) {
      case "agent.healthChanged":
        if (data.to === "unhealthy" && data.agentId) {
          edge.moveSessionsOff(data.agentId, "agent ejected");
        }
        break;
      case "agent.deregistered":
        if (data.agentId) edge.moveSessionsOff(data.agentId, "agent deregistered");
        break;
      case "agent.drained": {
        if (!data.agentId || !data.deadline) break;
        const agentId = data.agentId;
        // A draining agent takes no new sessions: its warm sockets are of no use.
        edge.pool.forget(agentId);
        drainTimers.get(agentId)?.cancel();
        const timer = clock.setTimeout(() => {
          drainTimers.delete(agentId);
          edge.moveSessionsOff(agentId, "agent drained past its deadline");
        }, Date.parse(data.deadline) - clock.now());
        drainTimers.set(agentId, timer);
        break;
      }
      case "agent.registered":
      case "agent.undrained":
        // A fresh registration or an undrain ends any drain in progress.
        if (data.agentId) {
          drainTimers.get(data.agentId)?.cancel();
          drainTimers.delete(data.agentId);
        }
        break;
      case "session.resumed":
        // The client took its session over through another edge: this copy is stale.
        if (data.sessionId && data.edgeId !== edgeId) edge.supersede(data.sessionId, event.version);
        break;
      case "session.closed":
        if (data.sessionId) edge.closeSession(data.sessionId, data.reason ?? "session closed");
        break;
    }
  };
}
