import { argBest, stateless } from "./strategy.ts";

/**
 * Least connections: the agent with the fewest live sessions, counted from
 * session events across every edge (not one edge's own sockets), ties to
 * the higher weight, then the lower id. Score: live sessions.
 */
export const leastConnections = stateless("least-connections", ({ candidates }) => {
  const best = argBest(
    candidates,
    (a, b) =>
      a.liveSessions < b.liveSessions || (a.liveSessions === b.liveSessions && a.weight > b.weight),
  );
  const chosen = candidates[best]!;
  return {
    agentId: chosen.agentId,
    candidates: candidates.map((c) => ({ agentId: c.agentId, score: c.liveSessions })),
    reason: `fewest live sessions (${chosen.liveSessions})`,
  };
});
