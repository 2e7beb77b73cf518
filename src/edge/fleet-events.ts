import type { RecordedEvent } from "../../events/mod.ts";
import type { Edge } from "./edge.ts";

/**
 * What the edge does when the log says something about the agents or
 * sessions it relays: an ejected or deregistered agent's sessions move at
 * once; a drained agent's sessions move when its deadline passes; a session
 * closed elsewhere (an operator) is closed here, and one resumed on another
 * edge is let go here.
 */
export function followFleetEvents(edge: Edge, edgeId: string): (event: RecordedEvent) => void {
  const drainTimers = new Map<string, ReturnType<typeof setTimeout>>();
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
        clearTimeout(drainTimers.get(agentId));
        const timer = setTimeout(() => {
          drainTimers.delete(agentId);
          edge.moveSessionsOff(agentId, "agent drained past its deadline");
        }, Math.max(0, Date.parse(data.deadline) - Date.now()));
        Deno.unrefTimer(timer);
        drainTimers.set(agentId, timer);
        break;
      }
      case "agent.registered":
        // A fresh registration ends any drain in progress.
        if (data.agentId) clearTimeout(drainTimers.get(data.agentId));
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
