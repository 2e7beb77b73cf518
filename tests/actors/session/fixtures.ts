import type { DomainEvent, RoutingDecision } from "../../../events/mod.ts";
import { sessionActor } from "../../../actors/session/mod.ts";
import { at, scenario, T0 } from "../given-when-then.ts";

export const SESSION = "s1";
export const TOKEN = "sha256-token-hash";

export const session = () => scenario(sessionActor, SESSION);

export const decision = (agentId: string, strategy = "round-robin"): RoutingDecision => ({
  strategy,
  candidates: ["a1", "a2", "a3"].map((id) => ({ agentId: id, score: id === agentId ? 1 : 0 })),
  reason: "test",
  capability: "echo",
});

export const openData = {
  clientId: "client-1",
  capability: "echo",
  metadata: { tenant: "acme" },
  resumeTokenHash: TOKEN,
  edgeId: "edge-a",
};

export const opened = (): DomainEvent => ({
  type: "session.opened",
  data: { ...openData, sessionId: SESSION, at: T0 },
});

export const routed = (agentId = "a1", seconds = 1): DomainEvent => ({
  type: "session.routed",
  data: { sessionId: SESSION, agentId, decision: decision(agentId), at: at(seconds) },
});

export const detached = (seconds: number, grace = 30, edgeId = "edge-a"): DomainEvent => ({
  type: "session.detached",
  data: { sessionId: SESSION, edgeId, graceUntil: at(seconds + grace), at: at(seconds) },
});

export const closed = (seconds = 9, reason = "client closed"): DomainEvent => ({
  type: "session.closed",
  data: { sessionId: SESSION, reason, at: at(seconds) },
});
