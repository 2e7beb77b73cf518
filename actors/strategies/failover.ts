import { argBest, stateless } from "./strategy.ts";

/**
 * Active/passive: always the primary (highest weight, then lowest id); the
 * next in that order only when the primary does not qualify: it is
 * unhealthy, draining, full, or excluded because the session just failed
 * away from it. Score: the weight, the order it ranks by.
 */
export const failover = stateless("failover", ({ candidates }) => {
  const best = argBest(candidates, (a, b) => a.weight > b.weight);
  const chosen = candidates[best]!;
  return {
    agentId: chosen.agentId,
    candidates: candidates.map((c) => ({ agentId: c.agentId, score: c.weight })),
    reason: `first available in priority order (weight ${chosen.weight})`,
  };
});
