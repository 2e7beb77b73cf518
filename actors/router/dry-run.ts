import type { AgentState } from "../agent/mod.ts";
import type { RoutingDecision, RoutingPolicy } from "../../events/mod.ts";
import { defaultStrategies, type StrategyRegistry } from "../strategies/registry.ts";
import { type RouteRequest, type RouteResult, routingKey } from "./request.ts";
import { route, type RoutingView } from "./route.ts";

/** A decision as `session.routed` recorded it, with the request it answered. */
export interface RecordedRoute {
  sessionId: string;
  agentId: string;
  decision: RoutingDecision;
  request: RouteRequest;
}

/**
 * Strategy state of a what-if run: it advances with the run's own picks,
 * never with the recorded ones, so a round robin under the tried policy
 * rotates as it would have.
 */
export class WhatIfState {
  readonly #states = new Map<string, unknown>();
  constructor(private readonly strategies: StrategyRegistry = defaultStrategies) {}

  get(key: string, strategy: string): unknown {
    return this.#states.get(`${key}\n${strategy}`);
  }

  observe(key: string, agentId: string, decision: RoutingDecision): void {
    const strategy = this.strategies.get(decision.strategy);
    if (!strategy) return;
    const id = `${key}\n${strategy.name}`;
    const before = this.#states.has(id) ? this.#states.get(id) : strategy.initialState;
    this.#states.set(id, strategy.observe(before, agentId, decision));
  }
}

/**
 * The same session routed again under another policy, on the fleet as it
 * was just before the recorded decision (`view`) and among the agents that
 * were candidates then (what the edge saw, reservations included). Pure:
 * the route() every edge runs, over a narrowed view.
 */
export function reRoute(
  policy: RoutingPolicy,
  view: RoutingView,
  recorded: RecordedRoute,
  state: WhatIfState,
  strategies: StrategyRegistry = defaultStrategies,
): RouteResult {
  const candidateIds = new Set(recorded.decision.candidates.map((c) => c.agentId));
  let agents: readonly AgentState[] | undefined;
  const narrowed: RoutingView = {
    agents: () => agents ??= view.agents().filter((a) => candidateIds.has(a.agentId!)),
    liveSessions: (agentId) => view.liveSessions(agentId),
    strategyState: (key, name) => state.get(key, name),
  };
  // A decision recorded as sticky kept the session's (or client's) agent: ask for it again.
  const request: RouteRequest = recorded.decision.strategy === "sticky"
    ? { ...recorded.request, stickyAgentId: recorded.agentId }
    : recorded.request;
  const result = route(policy, narrowed, request, strategies);
  if (result.outcome === "routed") {
    state.observe(
      routingKey(result.decision.capability, request.agentType),
      result.agentId,
      result.decision,
    );
  }
  return result;
}
