import { hash32 } from "./hash.ts";
import { loadScore } from "./load.ts";
import { stateless } from "./strategy.ts";

/**
 * Power of two choices: sample two candidates, take the less loaded. Nearly
 * as even as least-loaded and far less herd-prone when many edges decide on
 * slightly stale views. The "random" pair comes from hashing the session
 * id, so a replay samples the same pair. Score: load (lower is better).
 */
export const powerOfTwoChoices = stateless("power-of-two-choices", ({ request, candidates }) => {
  const n = candidates.length;
  const h = hash32(request.sessionId);
  const i = h % n;
  let j = n > 1 ? Math.floor(h / n) % (n - 1) : i;
  if (n > 1 && j >= i) j++;
  const a = candidates[i]!;
  const b = candidates[j]!;
  const chosen = loadScore(b) < loadScore(a) ? b : a;
  return {
    agentId: chosen.agentId,
    candidates: candidates.map((c) => ({ agentId: c.agentId, score: loadScore(c) })),
    reason: n > 1 ? `less loaded of ${a.agentId} and ${b.agentId}` : "only candidate",
  };
});
