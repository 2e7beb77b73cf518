import assert from "node:assert/strict";
import { defaultPolicy } from "../../../actors/router/mod.ts";
import { route, routeWithLadder } from "../../../actors/router/route.ts";
import type { RouteRequest } from "../../../actors/router/request.ts";
import { builtInStrategies } from "../../../actors/strategies/registry.ts";
import { defineStrategy, stateless } from "../../../actors/strategies/strategy.ts";
import { FleetView } from "../../../src/runtime/fleet/fleet-view.ts";
import type { DomainEvent, RoutingPolicy } from "../../../events/mod.ts";
import { T0 } from "../given-when-then.ts";
import { agentEvents, fleetOf, openAndRoute } from "../fleet-kit.ts";

const request = (extra: Partial<RouteRequest> = {}): RouteRequest => ({
  sessionId: "s1",
  clientId: "c1",
  capability: "echo",
  ...extra,
});
const policy = (extra: Partial<RoutingPolicy> = {}): RoutingPolicy => ({
  ...defaultPolicy,
  ...extra,
});

function routedTo(result: ReturnType<typeof route>): string {
  assert.equal(result.outcome, "routed", JSON.stringify(result));
  return (result as { agentId: string }).agentId;
}

Deno.test("route: capability match leaves out every agent that cannot serve", () => {
  const view = fleetOf([
    { id: "a-ok" },
    { id: "b-suspect", health: "suspect" },
    { id: "c-unhealthy", health: "unhealthy" },
    { id: "d-draining", draining: true },
    { id: "e-gone", deregistered: true },
    { id: "f-other-cap", capabilities: ["chat"] },
    { id: "g-weight-0", weight: 0 },
    { id: "h-full", maxSessions: 1 },
    { id: "i-old", version: "0.9.0" },
    { id: "j-excluded" },
    { id: "k-other-type", agentType: "llm" },
  ]);
  view.apply({
    type: "session.routed",
    data: {
      sessionId: "x",
      agentId: "h-full",
      decision: { strategy: "round-robin", candidates: [], reason: "" },
      at: T0,
    },
  });
  const result = route(
    policy({ strategy: "least-connections" }),
    view,
    request({ versionRange: ">=1.0.0 <2", excludedAgentIds: ["j-excluded"], agentType: "echo" }),
  );
  assert.equal(routedTo(result), "a-ok");
  assert.deepEqual((result as { decision: { candidates: unknown[] } }).decision.candidates, [
    { agentId: "a-ok", score: 0 },
  ]);
});

Deno.test("route: an unparsable version range matches nothing", () => {
  const result = route(
    policy(),
    fleetOf([{ id: "a" }]),
    request({ versionRange: "latest-and-greatest" }),
  );
  assert.equal(result.outcome, "busy");
});

Deno.test("route: the decision names strategy, candidates with scores, reason and capability", () => {
  const result = route(
    policy({ strategy: "least-connections" }),
    fleetOf([{ id: "a" }, { id: "b" }]),
    request(),
  );
  assert.deepEqual(result, {
    outcome: "routed",
    agentId: "a",
    decision: {
      strategy: "least-connections",
      candidates: [{ agentId: "a", score: 0 }, { agentId: "b", score: 0 }],
      reason: "fewest live sessions (0)",
      capability: "echo",
    },
  });
});

Deno.test("route: sticky agent first while it qualifies, unless the policy is not sticky", () => {
  const view = fleetOf([{ id: "a" }, { id: "b" }, { id: "c", health: "unhealthy" }]);
  const sticky = route(policy(), view, request({ stickyAgentId: "b" }));
  assert.equal(routedTo(sticky), "b");
  assert.equal((sticky as { decision: { strategy: string } }).decision.strategy, "sticky");
  assert.equal(
    routedTo(route(policy({ sticky: false }), view, request({ stickyAgentId: "b" }))),
    "a",
  );
  // The sticky agent went unhealthy: the policy's strategy decides.
  const moved = route(policy(), view, request({ stickyAgentId: "c" }));
  assert.equal((moved as { decision: { strategy: string } }).decision.strategy, "round-robin");
});

Deno.test("route: failover excludes the failed agent, and is refused when the policy turns it off", () => {
  const view = fleetOf([{ id: "a" }, { id: "b" }]);
  const rebind = request({ stickyAgentId: "a", excludedAgentIds: ["a"], failover: true });
  assert.equal(routedTo(route(policy(), view, rebind)), "b");
  const off = route(policy({ failover: false, retryAfterSeconds: 7 }), view, rebind);
  assert.deepEqual(off, {
    outcome: "busy",
    code: "no_agent_available",
    retryAfterSeconds: 7,
    reason: "failover is off for echo",
  });
});

Deno.test("route: degradation ladder: fallback capability, then busy with retry-after", () => {
  const view = fleetOf([{ id: "a", health: "unhealthy" }, {
    id: "lite",
    capabilities: ["echo-lite"],
  }]);
  assert.deepEqual(route(policy({ fallbackCapability: "echo-lite" }), view, request()), {
    outcome: "fallback",
    fallbackCapability: "echo-lite",
    reason: "no healthy agent for echo",
  });
  assert.deepEqual(route(policy({ retryAfterSeconds: 9 }), view, request()), {
    outcome: "busy",
    code: "no_agent_available",
    retryAfterSeconds: 9,
    reason: "no healthy agent with room for echo",
  });
});

Deno.test("routeWithLadder: follows fallbacks recorded as policies and stops on a cycle", () => {
  const view = fleetOf([{ id: "a", health: "unhealthy" }, {
    id: "lite",
    capabilities: ["echo-lite"],
  }]);
  const setPolicy = (capability: string, fallbackCapability: string) =>
    view.apply({
      type: "routing.policyChanged",
      data: { ...defaultPolicy, fallbackCapability, capability, at: T0 },
    });
  setPolicy("echo", "echo-lite");
  const result = routeWithLadder(view, request());
  assert.equal(routedTo(result), "lite");
  assert.equal((result as { decision: { capability: string } }).decision.capability, "echo-lite");
  view.apply({ type: "agent.drained", data: { agentId: "lite", at: T0 } });
  setPolicy("echo-lite", "echo");
  assert.deepEqual(routeWithLadder(view, request()), {
    outcome: "busy",
    code: "no_agent_available",
    retryAfterSeconds: 5,
    reason: "no healthy agent for echo → echo-lite",
  });
});

Deno.test("route: an agent type alone routes, with strategy state under its own key", () => {
  const view = fleetOf([{ id: "a", agentType: "llm" }, { id: "b", agentType: "llm" }, { id: "c" }]);
  const first = openAndRoute(
    view,
    "s1",
    { capability: undefined, agentType: "llm" },
    policy({ sticky: false }),
  );
  const second = openAndRoute(
    view,
    "s2",
    { capability: undefined, agentType: "llm" },
    policy({ sticky: false }),
  );
  assert.deepEqual([routedTo(first), routedTo(second)], ["a", "b"]);
  assert.deepEqual(view.strategyState("type:llm", "round-robin"), { last: "b" });
});

Deno.test("route: a policy naming a strategy the registry lacks uses round-robin and says so", () => {
  const result = route(policy({ strategy: "gone" }), fleetOf([{ id: "a" }]), request());
  assert.match(
    (result as { decision: { reason: string } }).decision.reason,
    /'gone' unknown, used round-robin/,
  );
});

Deno.test("route: a plugged-in strategy routes with no change to the router", () => {
  const registry = builtInStrategies().register(stateless("last", ({ candidates }) => {
    const last = candidates[candidates.length - 1]!;
    return {
      agentId: last.agentId,
      candidates: [{ agentId: last.agentId, score: 1 }],
      reason: "last",
    };
  }));
  const result = route(
    policy({ strategy: "last" }),
    fleetOf([{ id: "a" }, { id: "b" }]),
    request(),
    registry,
  );
  assert.equal(routedTo(result), "b");
});

Deno.test("route: a plugged-in stateful strategy keeps its state in the fleet view, so replay repeats it", () => {
  const registry = builtInStrategies().register(defineStrategy<{ turn: number }>({
    name: "every-other",
    initialState: { turn: 0 },
    pick: ({ candidates }, { turn }) => {
      const chosen = candidates[turn % 2 === 0 ? 0 : candidates.length - 1]!;
      return {
        agentId: chosen.agentId,
        candidates: [{ agentId: chosen.agentId, score: turn }],
        reason: "alternate",
      };
    },
    observe: ({ turn }) => ({ turn: turn + 1 }),
  }));
  const events = [...agentEvents({ id: "a" }), ...agentEvents({ id: "b" })];
  const view = FleetView.from(events, registry);
  const picks: string[] = [];
  for (let i = 0; i < 4; i++) {
    const result = route(
      policy({ strategy: "every-other", sticky: false }),
      view,
      request({ sessionId: `s${i}` }),
      registry,
    );
    assert.equal(result.outcome, "routed");
    if (result.outcome !== "routed") return;
    picks.push(result.agentId);
    const routed: DomainEvent = {
      type: "session.routed",
      data: { sessionId: `s${i}`, agentId: result.agentId, decision: result.decision, at: T0 },
    };
    view.apply(routed);
    events.push(routed);
  }
  assert.deepEqual(picks, ["a", "b", "a", "b"]);
  assert.deepEqual(FleetView.from(events, registry).snapshot(), view.snapshot());
});
