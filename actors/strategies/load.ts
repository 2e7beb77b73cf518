import type { AgentCandidate } from "./strategy.ts";

/**
 * How loaded an agent is, lower is better: the share of its session
 * capacity in use, nudged by what its last heartbeat reported (cpu, queue),
 * so two agents with equal sessions still differ when one is struggling.
 */
export function loadScore(agent: AgentCandidate): number {
  const utilisation = agent.liveSessions / agent.maxSessions;
  const cpu = (agent.load.cpu ?? 0) / 100;
  const queue = (agent.load.queueDepth ?? 0) / agent.maxSessions;
  return utilisation + cpu / 2 + queue;
}
