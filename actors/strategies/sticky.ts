import { rendezvousPick } from "./consistent-hash.ts";
import { type AgentCandidate, type Pick, stateless } from "./strategy.ts";

/**
 * The session's previous agent when it still qualifies: what the router
 * tries first when the policy is sticky. Score: 1 for the sticky agent.
 */
export function pickSticky(
  stickyAgentId: string | undefined,
  candidates: readonly AgentCandidate[],
): Pick | undefined {
  if (stickyAgentId === undefined || !candidates.some((c) => c.agentId === stickyAgentId)) {
    return undefined;
  }
  return {
    agentId: stickyAgentId,
    candidates: candidates.map((c) => ({
      agentId: c.agentId,
      score: c.agentId === stickyAgentId ? 1 : 0,
    })),
    reason: `sticky to ${stickyAgentId}`,
  };
}

/**
 * `sticky` as the policy's strategy: the sticky agent, else the same agent
 * for the same client every time (rendezvous hash on the client id), so a
 * client without history gets affinity too.
 */
export const sticky = stateless("sticky", ({ request, candidates }) => {
  const stuck = pickSticky(request.stickyAgentId, candidates);
  if (stuck) return stuck;
  const affinity = rendezvousPick(request.clientId ?? request.sessionId, candidates);
  return { ...affinity, reason: "client affinity (no sticky agent available)" };
});
