import { defineStrategy } from "./strategy.ts";

/** The last agent picked; the next pick is the first candidate after it in id order. */
interface Cursor {
  last: string | null;
}

/**
 * Round robin over candidates in id order. The cursor is an agent id, not a
 * counter, so agents joining or leaving do not make it skip or repeat.
 * Score: position in the rotation, 0 = next.
 */
export const roundRobin = defineStrategy<Cursor>({
  name: "round-robin",
  initialState: { last: null },
  pick({ candidates }, { last }) {
    const after = last === null ? 0 : candidates.findIndex((c) => c.agentId > last);
    const start = after === -1 ? 0 : after;
    const n = candidates.length;
    return {
      agentId: candidates[start]!.agentId,
      candidates: candidates.map((c, i) => ({ agentId: c.agentId, score: (i - start + n) % n })),
      reason: last === null ? "first in rotation" : `next after ${last}`,
    };
  },
  observe: (_state, agentId) => ({ last: agentId }),
});
