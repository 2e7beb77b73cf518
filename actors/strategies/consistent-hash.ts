import { hash32, pairHash } from "./hash.ts";
import { type AgentCandidate, type Pick, type PickInput, stateless } from "./strategy.ts";

/** How far above its fair share an agent may go before keys spill to the next choice. */
export const LOAD_SLACK = 0.25;

/**
 * Weighted rendezvous score of (key, agent): each agent draws a uniform
 * u from the pair's hash, scores w / -ln(u), the highest wins. The winner
 * for a key only changes when the winner itself leaves or a new agent
 * outscores it, so a join or leave moves about 1/n of the keys, and a weight
 * w draws a w/W share.
 */
function score(keyHash: number, agent: AgentCandidate): number {
  const u = (pairHash(keyHash, hash32(agent.agentId)) + 0.5) / 2 ** 32;
  return agent.weight / -Math.log(u);
}

/** The agent a key maps to, ignoring load: what the movement property is about. */
export function rendezvousPick(key: string, candidates: readonly AgentCandidate[]): Pick {
  return consistentPick(key, candidates, false);
}

function consistentPick(
  key: string,
  candidates: readonly AgentCandidate[],
  bounded: boolean,
): Pick {
  // Bounded loads: an agent takes at most (1+slack) × its weighted fair share; past that the key
  // spills to the best-scored agent with room. Keys stay put until an agent is genuinely overloaded.
  // The bounds sum to more than the live total, so some agent always has room.
  let total = 0;
  let totalWeight = 0;
  for (const c of candidates) {
    [total, totalWeight] = [total + c.liveSessions, totalWeight + c.weight];
  }
  const room = (c: AgentCandidate) =>
    !bounded ||
    c.liveSessions < Math.ceil(((total + 1) * (1 + LOAD_SLACK) * c.weight) / totalWeight);
  const keyHash = hash32(key);
  const scored = candidates.map((c) => ({ agentId: c.agentId, score: score(keyHash, c) }));
  let best = 0;
  let bestWithRoom = -1;
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i]!.score;
    if (s > scored[best]!.score) best = i;
    if (room(candidates[i]!) && (bestWithRoom === -1 || s > scored[bestWithRoom]!.score)) {
      bestWithRoom = i;
    }
  }
  const chosen = bestWithRoom === -1 ? best : bestWithRoom;
  return {
    agentId: scored[chosen]!.agentId,
    candidates: scored,
    reason: chosen === best
      ? "highest rendezvous score"
      : `${scored[best]!.agentId} above its bounded load; next by rendezvous score`,
  };
}

/**
 * Consistent hashing on the request's hash key (the client id unless the
 * caller says otherwise), with bounded loads. Score: rendezvous score.
 */
export const consistentHash = stateless(
  "consistent-hash",
  ({ request, candidates }: PickInput) =>
    consistentPick(request.hashKey ?? request.clientId ?? request.sessionId, candidates, true),
);
