import type { RoutingPolicy } from "../../events/mod.ts";
import { eligibleAgents } from "../strategies/capability-match.ts";
import { defaultStrategies, type StrategyRegistry } from "../strategies/registry.ts";
import { pickSticky } from "../strategies/sticky.ts";
import type { FleetReader, Pick } from "../strategies/strategy.ts";
import { type RouteRequest, type RouteResult, routingKey } from "./request.ts";

/** What `route` reads: the fleet plus the state of stateful strategies (the fleet view has both). */
export interface RoutingView extends FleetReader {
  /** The strategy's state under this key, undefined if it never decided there. */
  strategyState(key: string, strategy: string): unknown;
}

/** The strategy every router falls back on when its policy names one this registry lacks. */
const FALLBACK_STRATEGY = "round-robin";

/**
 * Picks the agent for one request under one capability's policy. Pure: the
 * same policy, view and request give the same result. Order: capability
 * match (health, drain, room, version, exclusions), then the sticky agent
 * when the policy is sticky, then the policy's strategy. With no candidate,
 * the degradation ladder: the fallback capability if the policy has one,
 * else busy with a retry-after.
 */
export function route(
  policy: RoutingPolicy,
  view: RoutingView,
  request: RouteRequest,
  strategies: StrategyRegistry = defaultStrategies,
): RouteResult {
  const capability = request.capability ?? request.agentType ?? "any";
  const busy = (reason: string): RouteResult => ({
    outcome: "busy",
    code: "no_agent_available",
    retryAfterSeconds: policy.retryAfterSeconds,
    reason,
  });
  if (request.failover && !policy.failover) return busy(`failover is off for ${capability}`);
  const candidates = eligibleAgents(view, request);
  if (candidates.length === 0) {
    const fallback = policy.fallbackCapability;
    if (fallback !== undefined && fallback !== request.capability) {
      return {
        outcome: "fallback",
        fallbackCapability: fallback,
        reason: `no healthy agent for ${capability}`,
      };
    }
    return busy(`no healthy agent with room for ${capability}`);
  }
  let strategy = "sticky";
  let pick: Pick | undefined = policy.sticky
    ? pickSticky(request.stickyAgentId, candidates)
    : undefined;
  if (!pick) {
    const chosen = strategies.get(policy.strategy) ?? strategies.get(FALLBACK_STRATEGY);
    if (!chosen) return busy(`no routing strategy '${policy.strategy}'`);
    strategy = chosen.name;
    const key = routingKey(request.capability, request.agentType);
    const state = view.strategyState(key, chosen.name) ?? chosen.initialState;
    pick = chosen.pick({ request, candidates }, state);
    if (chosen.name !== policy.strategy) {
      pick.reason = `'${policy.strategy}' unknown, used ${chosen.name}: ${pick.reason}`;
    }
  }
  return {
    outcome: "routed",
    agentId: pick.agentId,
    decision: {
      strategy,
      candidates: pick.candidates,
      reason: pick.reason,
      ...(request.capability !== undefined ? { capability: request.capability } : {}),
    },
  };
}

/** The view `routeWithLadder` needs: policies as well. */
export interface PolicyView extends RoutingView {
  policy(capability: string | undefined): RoutingPolicy;
}

/**
 * Routes down the degradation ladder: the requested capability, then each
 * fallback in turn (a cycle ends it), then busy with the first policy's
 * retry-after.
 */
export function routeWithLadder(
  view: PolicyView,
  request: RouteRequest,
  strategies: StrategyRegistry = defaultStrategies,
): RouteResult {
  const first = view.policy(request.capability);
  const tried = new Set<string>();
  let current = request;
  for (;;) {
    const result = route(view.policy(current.capability), view, current, strategies);
    if (result.outcome !== "fallback") return result;
    if (current.capability !== undefined) tried.add(current.capability);
    if (tried.has(result.fallbackCapability)) {
      return {
        outcome: "busy",
        code: "no_agent_available",
        retryAfterSeconds: first.retryAfterSeconds,
        reason: `no healthy agent for ${[...tried].join(" → ")}`,
      };
    }
    current = { ...current, capability: result.fallbackCapability };
  }
}
