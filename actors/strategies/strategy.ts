import type { AgentLoad, RoutingDecision } from "../../events/mod.ts";
import type { AgentState } from "../agent/mod.ts";
import type { RouteRequest } from "../router/request.ts";

/** What a strategy knows about an agent that passed capability match. */
export interface AgentCandidate {
  readonly agentId: string;
  readonly weight: number;
  /** Sessions routed to the agent and not closed, counted from session events across all edges. */
  readonly liveSessions: number;
  readonly maxSessions: number;
  readonly capabilities: readonly string[];
  readonly load: AgentLoad;
}

export interface PickInput {
  readonly request: RouteRequest;
  /** Agents that passed capability match, sorted by id, never empty. */
  readonly candidates: readonly AgentCandidate[];
}

export type ScoredCandidate = RoutingDecision["candidates"][number];

export interface Pick {
  agentId: string;
  /** Every candidate with the score this strategy gave it: what the decision records. */
  candidates: ScoredCandidate[];
  reason: string;
}

/**
 * The plugin interface: a strategy registers under its name and the router
 * needs no change. `pick` must be pure. A strategy with memory (a cursor,
 * current weights) does not keep it itself: the fleet view holds its state
 * and advances it with `observe` on every recorded decision the strategy
 * made, so replaying the log rebuilds the state and repeats the decisions.
 * `observe` may read only the decision, never the fleet, because the fleet
 * a replay sees at that event can differ from the one the edge decided on.
 */
export interface RoutingStrategy<S = unknown> {
  readonly name: string;
  /** Plain data (JSON-like), so replayed state compares equal. */
  readonly initialState: S;
  pick(input: PickInput, state: S): Pick;
  observe(state: S, agentId: string, decision: RoutingDecision): S;
}

/** Erases a strategy's state type for the registry; its state only ever meets its own functions. */
export function defineStrategy<S>(strategy: RoutingStrategy<S>): RoutingStrategy {
  return strategy as unknown as RoutingStrategy;
}

/** A strategy without memory. */
export function stateless(name: string, pick: (input: PickInput) => Pick): RoutingStrategy {
  return { name, initialState: null, pick: (input) => pick(input), observe: (state) => state };
}

/** The fleet as strategies and capability match read it. */
export interface FleetReader {
  /** Every agent ever registered (deregistered ones included), sorted by id. */
  agents(): readonly AgentState[];
  liveSessions(agentId: string): number;
}

/** Index of the smallest element by `better` ordering; the first wins ties, so ties break by id. */
export function argBest<T>(items: readonly T[], better: (a: T, b: T) => boolean): number {
  let best = 0;
  for (let i = 1; i < items.length; i++) if (better(items[i]!, items[best]!)) best = i;
  return best;
}
