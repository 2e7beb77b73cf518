/** The pure domain: actors, routing and its strategies (the fleet view they read is in src/runtime/fleet). */
export * from "./actor.ts";
export { RejectionCode } from "./rejections.ts";
export {
  agentActor,
  agentCommands,
  type AgentHealth,
  type AgentState,
  agentStatus,
  HealthThresholds,
} from "./agent/mod.ts";
export {
  sessionActor,
  sessionCommands,
  type SessionState,
  type TrafficTotals,
} from "./session/mod.ts";
export {
  createRouterActor,
  defaultPolicy,
  routerActor,
  routerActorId,
  routerCommands,
  type RouterState,
} from "./router/mod.ts";
export { type PolicyView, route, routeWithLadder, type RoutingView } from "./router/route.ts";
export { RouteRequest, type RouteResult, routingKey } from "./router/request.ts";
export { builtInStrategies, defaultStrategies, StrategyRegistry } from "./strategies/registry.ts";
export {
  type AgentCandidate,
  defineStrategy,
  type FleetReader,
  type Pick,
  type PickInput,
  type RoutingStrategy,
  stateless,
} from "./strategies/strategy.ts";
export type { Decision } from "./decider.ts";
