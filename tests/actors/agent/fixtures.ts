import type { DomainEvent } from "../../../events/mod.ts";
import { agentActor } from "../../../actors/agent/mod.ts";
import { at, scenario, T0 } from "../given-when-then.ts";

export const AGENT = "a1";

export const spec = {
  name: "echo-1",
  host: "127.0.0.1",
  port: 8801,
  path: "/",
  agentType: "echo",
  capabilities: ["echo"],
  version: "1.0.0",
  weight: 1,
  maxSessions: 1000,
};

export const agent = () => scenario(agentActor, AGENT);

export const registered = (when = T0, extra: Partial<typeof spec> = {}): DomainEvent => ({
  type: "agent.registered",
  data: { ...spec, ...extra, agentId: AGENT, at: when },
});

export const heartbeat = (seconds: number): DomainEvent => ({
  type: "agent.heartbeatReceived",
  data: { agentId: AGENT, at: at(seconds) },
});

export const health = (
  from: "healthy" | "suspect" | "unhealthy",
  to: "healthy" | "suspect" | "unhealthy",
  reason: string,
  seconds: number,
  ejectedUntil?: string,
): DomainEvent => ({
  type: "agent.healthChanged",
  data: {
    agentId: AGENT,
    from,
    to,
    reason,
    ...(ejectedUntil ? { ejectedUntil } : {}),
    at: at(seconds),
  },
});

export const deregistered = (seconds = 0): DomainEvent => ({
  type: "agent.deregistered",
  data: { agentId: AGENT, reason: "deregistered", at: at(seconds) },
});
