import { type RecordedRoute, reRoute, WhatIfState } from "../../actors/router/dry-run.ts";
import { defaultStrategies, type StrategyRegistry } from "../../actors/strategies/registry.ts";
import type { DomainEvent, EventData, RoutingPolicy } from "../../events/mod.ts";
import type { EventStore } from "../store/event-store.ts";
import { FleetView } from "./fleet/fleet-view.ts";

/** What the fleet view folds: all a routing decision can depend on. */
const FLEET_TYPES = [
  "agent.registered",
  "agent.updated",
  "agent.heartbeatReceived",
  "agent.healthChanged",
  "agent.drained",
  "agent.undrained",
  "agent.maintenanceChanged",
  "agent.deregistered",
  "agent.weightChanged",
  "session.opened",
  "session.routed",
  "session.rebound",
  "session.resumed",
  "session.detached",
  "session.closed",
  "routing.policyChanged",
];

export interface DryRunItem {
  sessionId: string;
  at: string;
  before: { agentId: string; strategy: string };
  after:
    | { outcome: "routed"; agentId: string; strategy: string; reason: string }
    | { outcome: "busy" | "fallback"; reason: string };
  changed: boolean;
}

export interface DryRunResult {
  capability: string;
  policy: RoutingPolicy;
  sessions: number;
  summary: {
    /** Sessions the policy would have put on another agent (or on none). */
    changed: number;
    unchanged: number;
    /** Sessions no agent would have taken under the policy. */
    unroutable: number;
    /** Sessions per agent as routed, and as the policy would have routed them. */
    before: Record<string, number>;
    after: Record<string, number>;
  };
  /** Oldest first. */
  items: DryRunItem[];
}

/**
 * `POST /routing/dry-run`: how the last `limit` sessions routed for a
 * capability would have been routed under `policy`. One pass over the
 * log's fleet events: the fleet view is rebuilt as it was before each
 * `session.routed`, and that session is routed again with route() among the
 * candidates the decision recorded. Nothing is written. Simplification: the
 * what-if picks do not feed back into the live-session counts the next
 * decision sees (they are the recorded ones).
 */
export async function routingDryRun(
  store: EventStore,
  input: { capability: string; policy: RoutingPolicy; limit: number },
  strategies: StrategyRegistry = defaultStrategies,
): Promise<DryRunResult> {
  const view = new FleetView(strategies);
  const state = new WhatIfState(strategies);
  const opened = new Map<string, EventData<"session.opened">>();
  const items: DryRunItem[] = [];
  const head = await store.headPosition();
  let after = 0;
  while (after < head) {
    const batch = await store.readAll({ after, limit: 5_000, types: FLEET_TYPES });
    if (batch.length === 0) break;
    for (const recorded of batch) {
      if (recorded.position > head) break;
      const event = recorded as unknown as DomainEvent;
      if (event.type === "session.opened") opened.set(event.data.sessionId, event.data);
      if (event.type === "session.routed") {
        const open = opened.get(event.data.sessionId);
        opened.delete(event.data.sessionId);
        const capability = event.data.decision.capability ?? open?.capability;
        if (capability === input.capability) {
          items.push(whatIf(view, state, input.policy, event.data, open, strategies));
          if (items.length > input.limit) items.shift();
        }
      }
      if (event.type === "session.closed") opened.delete(event.data.sessionId);
      view.apply(event);
    }
    after = batch.at(-1)!.position;
  }
  return summarise(input, items);
}

function whatIf(
  view: FleetView,
  state: WhatIfState,
  policy: RoutingPolicy,
  routed: EventData<"session.routed">,
  open: EventData<"session.opened"> | undefined,
  strategies: StrategyRegistry,
): DryRunItem {
  const recorded: RecordedRoute = {
    sessionId: routed.sessionId,
    agentId: routed.agentId,
    decision: routed.decision,
    request: {
      sessionId: routed.sessionId,
      ...(open?.clientId ? { clientId: open.clientId } : {}),
      ...(routed.decision.capability ?? open?.capability
        ? { capability: routed.decision.capability ?? open?.capability }
        : {}),
      ...(open?.agentType ? { agentType: open.agentType } : {}),
    },
  };
  const result = reRoute(policy, view, recorded, state, strategies);
  const after: DryRunItem["after"] = result.outcome === "routed"
    ? {
      outcome: "routed",
      agentId: result.agentId,
      strategy: result.decision.strategy,
      reason: result.decision.reason,
    }
    : { outcome: result.outcome, reason: result.reason };
  return {
    sessionId: routed.sessionId,
    at: routed.at,
    before: { agentId: routed.agentId, strategy: routed.decision.strategy },
    after,
    changed: after.outcome !== "routed" || after.agentId !== routed.agentId,
  };
}

function summarise(
  input: { capability: string; policy: RoutingPolicy },
  items: DryRunItem[],
): DryRunResult {
  const before: Record<string, number> = {};
  const after: Record<string, number> = {};
  let changed = 0;
  let unroutable = 0;
  for (const item of items) {
    before[item.before.agentId] = (before[item.before.agentId] ?? 0) + 1;
    if (item.after.outcome === "routed") {
      after[item.after.agentId] = (after[item.after.agentId] ?? 0) + 1;
    } else unroutable++;
    if (item.changed) changed++;
  }
  return {
    capability: input.capability,
    policy: input.policy,
    sessions: items.length,
    summary: { changed, unchanged: items.length - changed, unroutable, before, after },
    items,
  };
}
