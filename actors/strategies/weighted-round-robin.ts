import { defineStrategy } from "./strategy.ts";

/** nginx's current weights, per agent id. */
interface CurrentWeights {
  current: Record<string, number>;
}

/**
 * Smooth weighted round robin (nginx): every pick adds each candidate's
 * weight to its current weight, picks the highest and takes the total off
 * it. Over any run of W picks (W = sum of weights) each agent gets its
 * weight's share, interleaved rather than in bursts. Score: the weight, which
 * is all `observe` needs to redo the arithmetic from the decision alone.
 */
export const weightedRoundRobin = defineStrategy<CurrentWeights>({
  name: "weighted-round-robin",
  initialState: { current: {} },
  pick({ candidates }, { current }) {
    let best = 0;
    let bestValue = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      const value = (current[c.agentId] ?? 0) + c.weight;
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    const chosen = candidates[best]!;
    return {
      agentId: chosen.agentId,
      candidates: candidates.map((c) => ({ agentId: c.agentId, score: c.weight })),
      reason: `highest current weight (${bestValue}, weight ${chosen.weight})`,
    };
  },
  observe(_state, agentId, decision) {
    // Agents that were not candidates drop out, so the state stays bounded; they restart at 0.
    const previous = _state.current;
    const current: Record<string, number> = {};
    let total = 0;
    for (const { agentId: id, score: weight } of decision.candidates) {
      current[id] = (previous[id] ?? 0) + weight;
      total += weight;
    }
    current[agentId] = (current[agentId] ?? 0) - total;
    return { current };
  },
});
