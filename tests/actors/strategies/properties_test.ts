import assert from "node:assert/strict";
import fc from "fast-check";
import { defaultPolicy } from "../../../actors/router/mod.ts";
import { route } from "../../../actors/router/route.ts";
import type { RouteRequest } from "../../../actors/router/request.ts";
import { defaultStrategies } from "../../../actors/strategies/registry.ts";
import type { FleetView } from "../../../src/runtime/fleet/fleet-view.ts";
import type { RoutingPolicy } from "../../../events/mod.ts";
import { agentId, closeSession, fleetOf, openAndRoute } from "../fleet-kit.ts";

const policy = (strategy: string, sticky = false): RoutingPolicy => ({
  ...defaultPolicy,
  strategy,
  sticky,
});

/** An oracle written apart from capability match: may this agent take a new session for this request? */
function mayServe(view: FleetView, id: string, request: RouteRequest): boolean {
  const agent = view.agent(id);
  if (!agent?.spec) return false;
  return agent.health === "healthy" && !agent.draining && !agent.deregistered &&
    view.liveSessions(id) < agent.spec.maxSessions && agent.spec.weight > 0 &&
    (request.capability === undefined || agent.spec.capabilities.includes(request.capability)) &&
    !(request.excludedAgentIds ?? []).includes(id);
}

const agentArb = fc.record({
  capabilities: fc.subarray(["echo", "chat"], { minLength: 1 }),
  health: fc.constantFrom("healthy", "healthy", "suspect", "unhealthy") as fc.Arbitrary<
    "healthy" | "suspect" | "unhealthy"
  >,
  draining: fc.boolean(),
  deregistered: fc.boolean(),
  weight: fc.integer({ min: 0, max: 5 }),
  maxSessions: fc.integer({ min: 1, max: 4 }),
  cpu: fc.integer({ min: 0, max: 100 }),
});

const stepArb = fc.record({
  capability: fc.constantFrom("echo", "chat"),
  sticky: fc.option(fc.nat(19), { nil: undefined }),
  excluded: fc.array(fc.nat(19), { maxLength: 3 }),
  closeOne: fc.boolean(),
});

Deno.test("property: no strategy ever picks an unhealthy, draining, full or excluded agent, nor misses one", () => {
  fc.assert(
    fc.property(
      fc.array(agentArb, { minLength: 1, maxLength: 20 }),
      fc.constantFrom(...defaultStrategies.names()),
      fc.boolean(),
      fc.array(stepArb, { maxLength: 40 }),
      (sketches, strategy, sticky, steps) => {
        const view = fleetOf(sketches.map((s, i) => ({ ...s, id: agentId(i) })));
        const live: string[] = [];
        steps.forEach((step, n) => {
          const request: RouteRequest = {
            sessionId: `s${n}`,
            clientId: `c${n % 3}`,
            capability: step.capability,
            ...(step.sticky !== undefined ? { stickyAgentId: agentId(step.sticky) } : {}),
            excludedAgentIds: step.excluded.map(agentId),
          };
          const result = route(policy(strategy, sticky), view, request);
          const servable = sketches.map((_, i) => agentId(i)).filter((id) =>
            mayServe(view, id, request)
          );
          if (result.outcome === "routed") {
            assert.ok(servable.includes(result.agentId), `${strategy} picked ${result.agentId}`);
            assert.deepEqual(result.decision.candidates.map((c) => c.agentId), servable);
          } else {
            assert.deepEqual(
              servable,
              [],
              `${strategy} said ${result.outcome} with ${servable} free`,
            );
          }
          openAndRoute(view, request.sessionId, request, policy(strategy, sticky));
          live.push(request.sessionId);
          if (step.closeOne) closeSession(view, live.shift()!);
        });
      },
    ),
    { numRuns: 150 },
  );
});

Deno.test("property: smooth weighted round-robin gives each agent exactly its weight per cycle", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 1, max: 3 }),
      (weights, cycles) => {
        const view = fleetOf(
          weights.map((weight, i) => ({ id: agentId(i), weight, maxSessions: 1_000_000 })),
        );
        const total = weights.reduce((a, b) => a + b, 0);
        const counts = new Map<string, number>();
        for (let n = 0; n < total * cycles; n++) {
          const result = openAndRoute(view, `s${n}`, {}, policy("weighted-round-robin"));
          assert.equal(result.outcome, "routed");
          if (result.outcome === "routed") {
            counts.set(result.agentId, (counts.get(result.agentId) ?? 0) + 1);
          }
        }
        weights.forEach((w, i) => assert.equal(counts.get(agentId(i)) ?? 0, w * cycles));
      },
    ),
    { numRuns: 200 },
  );
});

const KEYS = Array.from({ length: 1000 }, (_, i) => `client-${i}`);

function assignment(view: FleetView): string[] {
  return KEYS.map((key) => {
    const result = route(policy("consistent-hash"), view, {
      sessionId: "s",
      hashKey: key,
      capability: "echo",
    });
    return result.outcome === "routed" ? result.agentId : "";
  });
}

/** The expected share plus five standard deviations: a flake would need a five-sigma hash. */
const allowed = (share: number) => share + 5 * Math.sqrt((share * (1 - share)) / KEYS.length);

Deno.test("property: consistent hashing moves only ~1/n of keys, all to the joiner or from the leaver", () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: 9999 }), { minLength: 2, maxLength: 40 }),
      fc.nat(),
      (ids, leaverIndex) => {
        const sketches = ids.map((i) => ({ id: agentId(i) }));
        const before = assignment(fleetOf(sketches));
        const n = sketches.length;

        const joined = assignment(fleetOf([...sketches, { id: "joiner" }]));
        const movedOnJoin = KEYS.filter((_, k) => joined[k] !== before[k]);
        assert.ok(KEYS.every((_, k) => joined[k] === before[k] || joined[k] === "joiner"));
        assert.ok(
          movedOnJoin.length / KEYS.length <= allowed(1 / (n + 1)),
          `join moved ${movedOnJoin.length}`,
        );

        const leaver = sketches[leaverIndex % n]!.id;
        const left = assignment(
          fleetOf(sketches.map((s) => (s.id === leaver ? { ...s, draining: true } : s))),
        );
        const movedOnLeave = KEYS.filter((_, k) => left[k] !== before[k]);
        assert.ok(KEYS.every((_, k) => left[k] === before[k] || before[k] === leaver));
        assert.ok(
          movedOnLeave.length / KEYS.length <= allowed(1 / n),
          `leave moved ${movedOnLeave.length}`,
        );
      },
    ),
    { numRuns: 60 },
  );
});

Deno.test("property: least-connections keeps max − min ≤ 1 under sequential opens", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 20 }),
      fc.integer({ min: 1, max: 200 }),
      (agents, opens) => {
        const view = fleetOf(
          Array.from({ length: agents }, (_, i) => ({ id: agentId(i), maxSessions: 1_000_000 })),
        );
        for (let n = 0; n < opens; n++) {
          openAndRoute(view, `s${n}`, {}, policy("least-connections"));
          const counts = Array.from({ length: agents }, (_, i) => view.liveSessions(agentId(i)));
          assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, `counts ${counts}`);
        }
      },
    ),
    { numRuns: 100 },
  );
});

Deno.test("property: a routing decision depends on nothing but policy, view and request", () => {
  fc.assert(
    fc.property(
      fc.array(agentArb, { minLength: 1, maxLength: 10 }),
      fc.constantFrom(...defaultStrategies.names()),
      fc.string({ minLength: 1, maxLength: 20 }),
      (sketches, strategy, client) => {
        const events = sketches.map((s, i) => ({ ...s, id: agentId(i) }));
        const request: RouteRequest = { sessionId: "s1", clientId: client, capability: "echo" };
        const a = route(policy(strategy), fleetOf(events), request);
        const b = route(policy(strategy), fleetOf(events), request);
        assert.deepEqual(a, b);
      },
    ),
    { numRuns: 100 },
  );
});
