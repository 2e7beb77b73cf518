import assert from "node:assert/strict";
import { defaultPolicy } from "../../../actors/router/mod.ts";
import { route } from "../../../actors/router/route.ts";
import { defaultStrategies } from "../../../actors/strategies/registry.ts";
import type { RoutingPolicy } from "../../../events/mod.ts";
import { fleetOf, openAndRoute } from "../fleet-kit.ts";

const policy = (strategy: string): RoutingPolicy => ({ ...defaultPolicy, strategy, sticky: false });
/** Session ids are never reused, as in the real system. */
let sessions = 0;
const pickedBy = (
  strategy: string,
  view = fleetOf([{ id: "a" }, { id: "b" }, { id: "c" }]),
  n = 6,
) =>
  Array.from({ length: n }, (_, i) => {
    const result = openAndRoute(view, `s${sessions++}-${i}`, {}, policy(strategy));
    return result.outcome === "routed" ? result.agentId : result.outcome;
  });

Deno.test("registry: every built-in strategy is registered by name", () => {
  assert.deepEqual(defaultStrategies.names(), [
    "capability",
    "consistent-hash",
    "failover",
    "least-connections",
    "power-of-two-choices",
    "round-robin",
    "sticky",
    "weighted-round-robin",
  ]);
  assert.throws(
    () => defaultStrategies.register(defaultStrategies.get("sticky")!),
    /already registered/,
  );
});

Deno.test("round-robin: rotates in id order, skipping agents that left", () => {
  assert.deepEqual(pickedBy("round-robin"), ["a", "b", "c", "a", "b", "c"]);
  const view = fleetOf([{ id: "a" }, { id: "b" }, { id: "c" }]);
  pickedBy("round-robin", view, 2); // a, b
  view.apply({ type: "agent.drained", data: { agentId: "c", at: "2026-11-25T12:00:00.000Z" } });
  assert.deepEqual(pickedBy("round-robin", view, 2).slice(0, 2), ["a", "b"]);
});

Deno.test("weighted-round-robin: smooth interleaving (nginx sequence for 5:1:1)", () => {
  const view = fleetOf([{ id: "a", weight: 5 }, { id: "b", weight: 1 }, { id: "c", weight: 1 }]);
  assert.deepEqual(pickedBy("weighted-round-robin", view, 7), ["a", "a", "b", "a", "c", "a", "a"]);
});

Deno.test("least-connections: the agent with the fewest live sessions", () => {
  assert.deepEqual(pickedBy("least-connections"), ["a", "b", "c", "a", "b", "c"]);
});

Deno.test("failover: the primary (highest weight) until it stops qualifying", () => {
  const view = fleetOf([{ id: "a" }, { id: "b", weight: 5 }, { id: "c" }]);
  assert.deepEqual(pickedBy("failover", view, 2), ["b", "b"]);
  view.apply({
    type: "agent.healthChanged",
    data: {
      agentId: "b",
      from: "healthy",
      to: "unhealthy",
      reason: "x",
      at: "2026-11-25T12:00:00.000Z",
    },
  });
  assert.deepEqual(pickedBy("failover", view, 2), ["a", "a"]);
});

Deno.test("capability: the specialist before the generalist", () => {
  const view = fleetOf([{ id: "a", capabilities: ["chat", "echo", "summarize"] }, {
    id: "b",
    capabilities: ["echo"],
  }]);
  assert.deepEqual(pickedBy("capability", view, 2), ["b", "b"]);
});

Deno.test("power-of-two-choices: the less loaded of the sampled pair, the same pair on replay", () => {
  const view = fleetOf([{ id: "a", cpu: 90 }, { id: "b", cpu: 10 }]);
  assert.deepEqual(pickedBy("power-of-two-choices", view, 3), ["b", "b", "b"]);
  const again = route(policy("power-of-two-choices"), view, { sessionId: "x", clientId: "c" });
  assert.deepEqual(
    again,
    route(policy("power-of-two-choices"), view, { sessionId: "x", clientId: "c" }),
  );
});

Deno.test("consistent-hash: the same client lands on the same agent; bounded load spills", () => {
  const view = fleetOf([{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }]);
  const p = policy("consistent-hash");
  const once = route(p, view, { sessionId: "s1", clientId: "same-client", capability: "echo" });
  const twice = route(p, view, { sessionId: "s2", clientId: "same-client", capability: "echo" });
  assert.equal(
    once.outcome === "routed" && once.agentId,
    twice.outcome === "routed" && twice.agentId,
  );
  const picks = Array.from({ length: 12 }, (_, i) => {
    const result = openAndRoute(view, `s${i}`, { clientId: "same-client" }, p);
    return result.outcome === "routed" ? result.agentId : "";
  });
  // One client's sessions all hash alike; the bound (1.25 × fair share) spreads them.
  const counts = Object.values(Object.groupBy(picks, (p) => p)).map((g) => g!.length);
  assert.ok(Math.max(...counts) <= Math.ceil((12 * 1.25) / 4), `counts ${counts}`);
});

Deno.test("sticky (as strategy): the sticky agent, else client affinity", () => {
  const view = fleetOf([{ id: "a" }, { id: "b" }, { id: "c" }]);
  const p = policy("sticky");
  const withSticky = route(p, view, {
    sessionId: "s",
    clientId: "c1",
    capability: "echo",
    stickyAgentId: "c",
  });
  assert.equal(withSticky.outcome === "routed" && withSticky.agentId, "c");
  const first = route(p, view, { sessionId: "s1", clientId: "c9", capability: "echo" });
  const second = route(p, view, { sessionId: "s2", clientId: "c9", capability: "echo" });
  assert.equal(
    first.outcome === "routed" && first.agentId,
    second.outcome === "routed" && second.agentId,
  );
});
