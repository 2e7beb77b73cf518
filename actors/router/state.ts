import { RoutingPolicy } from "../../events/mod.ts";
import { evolveBy } from "../decider.ts";

export interface RouterState {
  capability?: string;
  policy: RoutingPolicy;
  changedAt?: string;
}

/** Round robin, sticky and failover on, no fallback, retry after 5 s. */
export const defaultPolicy: RoutingPolicy = RoutingPolicy.parse({});

export const initialRouterState: RouterState = { policy: defaultPolicy };

export const evolveRouter = evolveBy<RouterState>({
  "routing.policyChanged": (_state, { capability, at, ...policy }) => ({
    capability,
    policy,
    changedAt: at,
  }),
});
