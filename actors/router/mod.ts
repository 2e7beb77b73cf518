import { RoutingPolicy } from "../../events/mod.ts";
import { type Actor, reject } from "../actor.ts";
import { decideBy, event } from "../decider.ts";
import { defaultStrategies, type StrategyRegistry } from "../strategies/registry.ts";
import { routerActorId, type RouterCommands, routerCommands } from "./commands.ts";
import { defaultPolicy, evolveRouter, initialRouterState, type RouterState } from "./state.ts";

export { routerActorId, routerCommands } from "./commands.ts";
export { defaultPolicy, type RouterState } from "./state.ts";

function samePolicy(a: RoutingPolicy, b: RoutingPolicy): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof RoutingPolicy>;
  return [...keys].every((key) => a[key] === b[key]);
}

/**
 * The router for one capability: holds its routing policy. Strategy names
 * are checked against the registry so a policy can never name a strategy
 * the edge cannot run.
 */
export function createRouterActor(
  strategies: StrategyRegistry = defaultStrategies,
): Actor<RouterState> {
  const change = (
    capability: string,
    actorId: string,
    policy: RoutingPolicy,
    state: RouterState,
    now: string,
  ) => {
    if (routerActorId(capability) !== actorId) {
      return reject(
        "invalid_capability",
        `router ${actorId} does not route capability ${capability}`,
      );
    }
    if (!strategies.has(policy.strategy)) {
      return reject(
        "unknown_strategy",
        `no routing strategy '${policy.strategy}'; known: ${strategies.names().join(", ")}`,
      );
    }
    if (policy.fallbackCapability === capability) {
      return reject("invalid_capability", "a capability cannot fall back to itself");
    }
    if (state.capability !== undefined && samePolicy(policy, state.policy)) return [];
    return [event("routing.policyChanged", { ...policy, capability, at: now })];
  };
  return {
    type: "router",
    initialState: initialRouterState,
    commands: routerCommands,
    decide: decideBy<RouterState, RouterCommands>({
      setPolicy: ({ capability, ...policy }, state, { actorId, metadata: { now } }) =>
        change(capability, actorId, policy, state, now),
      // Never set means already at the defaults: nothing to record.
      resetPolicy: ({ capability }, state, { actorId, metadata: { now } }) =>
        state.capability === undefined
          ? []
          : change(capability, actorId, defaultPolicy, state, now),
    }),
    evolve: evolveRouter,
  };
}

export const routerActor: Actor<RouterState> = createRouterActor();
