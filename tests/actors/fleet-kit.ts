import { FleetView } from "../../src/runtime/fleet/fleet-view.ts";
import type { RouteRequest, RouteResult } from "../../actors/router/request.ts";
import { route } from "../../actors/router/route.ts";
import type { DomainEvent, RoutingPolicy } from "../../events/mod.ts";
import { defaultPolicy } from "../../actors/router/mod.ts";
import { at, T0 } from "./given-when-then.ts";

/** One agent of a test fleet and what has happened to it. */
export interface AgentSketch {
  id: string;
  capabilities?: string[];
  agentType?: string;
  version?: string;
  weight?: number;
  maxSessions?: number;
  health?: "healthy" | "suspect" | "unhealthy";
  draining?: boolean;
  deregistered?: boolean;
  cpu?: number;
}

/** The events that put an agent into the state the sketch describes. */
export function agentEvents(a: AgentSketch): DomainEvent[] {
  const events: DomainEvent[] = [{
    type: "agent.registered",
    data: {
      agentId: a.id,
      name: a.id,
      host: "127.0.0.1",
      port: 8801,
      path: "/",
      agentType: a.agentType ?? "echo",
      capabilities: a.capabilities ?? ["echo"],
      version: a.version ?? "1.0.0",
      weight: a.weight ?? 1,
      maxSessions: a.maxSessions ?? 1000,
      at: T0,
    },
  }];
  if (a.cpu !== undefined) {
    events.push({
      type: "agent.heartbeatReceived",
      data: { agentId: a.id, cpu: a.cpu, at: at(1) },
    });
  }
  if (a.health === "suspect" || a.health === "unhealthy") {
    events.push({
      type: "agent.healthChanged",
      data: { agentId: a.id, from: "healthy", to: a.health, reason: "test", at: at(1) },
    });
  }
  if (a.draining) events.push({ type: "agent.drained", data: { agentId: a.id, at: at(1) } });
  if (a.deregistered) {
    events.push({ type: "agent.deregistered", data: { agentId: a.id, reason: "test", at: at(1) } });
  }
  return events;
}

export function fleetOf(agents: AgentSketch[]): FleetView {
  return FleetView.from(agents.flatMap(agentEvents));
}

export const agentId = (i: number) => `agent-${String(i).padStart(4, "0")}`;

/**
 * Opens a session and routes it as the edge and the log would together:
 * decide on the view, then feed it the events the session actor records,
 * so the next decision sees this one.
 */
export function openAndRoute(
  view: FleetView,
  sessionId: string,
  request: Partial<RouteRequest> = {},
  policy: RoutingPolicy = defaultPolicy,
): RouteResult {
  const full: RouteRequest = {
    sessionId,
    clientId: `client-${sessionId}`,
    capability: "echo",
    ...request,
  };
  view.apply({
    type: "session.opened",
    data: {
      sessionId,
      clientId: full.clientId!,
      ...(full.capability ? { capability: full.capability } : {}),
      ...(full.agentType ? { agentType: full.agentType } : {}),
      metadata: {},
      resumeTokenHash: "h",
      edgeId: "edge-a",
      at: T0,
    },
  });
  const result = route(policy, view, full);
  if (result.outcome === "routed") {
    view.apply({
      type: "session.routed",
      data: { sessionId, agentId: result.agentId, decision: result.decision, at: T0 },
    });
  }
  return result;
}

export function closeSession(view: FleetView, sessionId: string): void {
  view.apply({ type: "session.closed", data: { sessionId, reason: "test", at: T0 } });
}
