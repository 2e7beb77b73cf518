import type { AgentState } from "../agent/mod.ts";
import type { RouteRequest } from "../router/request.ts";
import { loadScore } from "./load.ts";
import {
  type AgentCandidate,
  argBest,
  type FleetReader,
  type PickInput,
  type RoutingStrategy,
  stateless,
} from "./strategy.ts";
import { parseRange, parseVersion, satisfies, type VersionRange } from "./version-range.ts";

/**
 * Capability match: the filter applied before every strategy, so no
 * strategy can pick an agent that cannot serve the request. An agent
 * qualifies when it is healthy (suspect and unhealthy are out), not
 * draining or deregistered, has the capability and agent type asked for and
 * a version in range, has room (live sessions below maxSessions), has a
 * weight above 0 (0 means "no new sessions"), and was not excluded by the
 * caller (the agent a failover moves away from).
 */
export function qualifies(
  agent: AgentState,
  liveSessions: number,
  request: RouteRequest,
  range: VersionRange | undefined,
): boolean {
  const spec = agent.spec;
  if (
    !spec || !agent.registered || agent.deregistered || agent.draining || agent.health !== "healthy"
  ) return false;
  if (spec.weight <= 0 || liveSessions >= spec.maxSessions) return false;
  if (request.capability !== undefined && !spec.capabilities.includes(request.capability)) {
    return false;
  }
  if (request.agentType !== undefined && spec.agentType !== request.agentType) return false;
  if (request.excludedAgentIds?.includes(agent.agentId!)) return false;
  return range === undefined || satisfies(parseVersion(spec.version), range);
}

/** The candidates for a request, sorted by agent id (the fleet's order). */
export function eligibleAgents(fleet: FleetReader, request: RouteRequest): AgentCandidate[] {
  // An unparsable range matches nothing rather than everything: asking for a version is a constraint.
  const range = request.versionRange === undefined
    ? undefined
    : parseRange(request.versionRange) ?? [];
  const candidates: AgentCandidate[] = [];
  for (const agent of fleet.agents()) {
    const liveSessions = fleet.liveSessions(agent.agentId!);
    if (!qualifies(agent, liveSessions, request, range)) continue;
    const spec = agent.spec!;
    candidates.push({
      agentId: agent.agentId!,
      weight: spec.weight,
      liveSessions,
      maxSessions: spec.maxSessions,
      capabilities: spec.capabilities,
      load: agent.load,
    });
  }
  return candidates;
}

/**
 * The `capability` strategy: among qualifying agents prefer the specialist
 * (fewest capabilities: a dedicated summariser over a do-everything agent),
 * then the least loaded. Score: number of capabilities.
 */
export const capabilityStrategy: RoutingStrategy = stateless(
  "capability",
  ({ candidates }: PickInput) => {
    const best = argBest(
      candidates,
      (a, b) =>
        a.capabilities.length < b.capabilities.length ||
        (a.capabilities.length === b.capabilities.length && loadScore(a) < loadScore(b)),
    );
    const chosen = candidates[best]!;
    return {
      agentId: chosen.agentId,
      candidates: candidates.map((c) => ({ agentId: c.agentId, score: c.capabilities.length })),
      reason: `most specific match (${chosen.capabilities.length} capabilities), then least loaded`,
    };
  },
);
