import assert from "node:assert/strict";
import fc from "fast-check";
import { defaultPolicy } from "../../../actors/router/mod.ts";
import { route } from "../../../actors/router/route.ts";
import type { RouteRequest } from "../../../actors/router/request.ts";
import { defaultStrategies } from "../../../actors/strategies/registry.ts";
import type { DomainEvent, RoutingDecision, RoutingPolicy } from "../../../events/mod.ts";
import { FleetView } from "../../../src/runtime/fleet/fleet-view.ts";
import { ReservedFleetView } from "../../../src/runtime/fleet/reserved-view.ts";
import {
  type Reservation,
  RESERVATION_TTL_MS,
  Reservations,
} from "../../../src/runtime/fleet/reservations.ts";
import { T0 } from "../../actors/given-when-then.ts";
import {
  agentEvents,
  agentId,
  closeSession,
  fleetOf,
  openAndRoute,
} from "../../actors/fleet-kit.ts";
import { FakeClock } from "../../support/time.ts";

const policy = (strategy: string): RoutingPolicy => ({ ...defaultPolicy, strategy, sticky: false });

const decision = (agentIds: string[], strategy = "round-robin"): RoutingDecision => ({
  strategy,
  candidates: agentIds.map((agentId) => ({ agentId, score: 1 })),
  reason: "test",
  capability: "echo",
});

const pick = (sessionId: string, agentId: string): Reservation => ({
  sessionId,
  agentId,
  key: "echo",
  decision: decision(["a", "b"]),
});

/** The events the session actor records for an open routed to `agentId` (as fleet-kit's). */
const openedAndRouted = (sessionId: string, agentId: string, d: RoutingDecision): DomainEvent[] => [
  {
    type: "session.opened",
    data: {
      sessionId,
      clientId: `client-${sessionId}`,
      capability: "echo",
      metadata: {},
      resumeTokenHash: "h",
      edgeId: "edge-a",
      at: T0,
    },
  },
  { type: "session.routed", data: { sessionId, agentId, decision: d, at: T0 } },
];

const pickOf = ({ agentId, decision }: { agentId: string; decision: RoutingDecision }) => ({
  agentId,
  decision,
});

/** One edge: the view the log feeds, its reservations, and the two as the router reads them. */
function edge(view: FleetView, clock = new FakeClock()) {
  const reservations = new Reservations({ clock });
  const routing = new ReservedFleetView(view, reservations);
  /** The live feed's step: the view applies, then the reservations settle. */
  const log = (...events: DomainEvent[]) => {
    for (const event of events) {
      view.apply(event);
      reservations.settle(event);
    }
  };
  return { view, reservations, routing, log, clock };
}

Deno.test("reservations: a pick counts against its agent until the log brings it, then the view counts it instead", () => {
  const e = edge(fleetOf([{ id: "a" }, { id: "b" }]));
  e.reservations.reserve(pick("s1", "a"));
  assert.equal(e.view.liveSessions("a"), 0);
  assert.equal(e.routing.liveSessions("a"), 1);

  e.log(...openedAndRouted("s1", "a", decision(["a", "b"])));

  assert.equal(e.reservations.size, 0);
  assert.equal(e.view.liveSessions("a"), 1);
  assert.equal(e.routing.liveSessions("a"), 1);
  assert.equal(e.clock.pendingTimers, 0, "a confirmed pick leaves no expiry armed");
});

Deno.test("reservations: a cancel drops only the session's pick for that agent", () => {
  const e = edge(fleetOf([{ id: "a" }, { id: "b" }]));
  e.reservations.reserve(pick("s1", "a"));
  e.reservations.cancel("s1", "b");
  assert.equal(e.routing.liveSessions("a"), 1);
  e.reservations.cancel("s1", "a");
  assert.equal(e.routing.liveSessions("a"), 0);
  assert.equal(e.reservations.pick("s1"), undefined);
  assert.equal(e.reservations.pending("echo"), undefined);
});

Deno.test("reservations: a pick the log never brings expires after the TTL", async () => {
  const e = edge(fleetOf([{ id: "a" }]));
  e.reservations.reserve(pick("s1", "a"));
  await e.clock.advance(RESERVATION_TTL_MS - 1);
  assert.equal(e.routing.liveSessions("a"), 1);
  await e.clock.advance(1);
  assert.equal(e.routing.liveSessions("a"), 0);
  assert.equal(e.reservations.size, 0);
});

Deno.test("reservations: a failover's pick replaces the open's; only its own agent's event confirms it; a close drops it", () => {
  const e = edge(fleetOf([{ id: "a" }, { id: "b" }]));
  e.reservations.reserve(pick("s1", "a"));
  e.reservations.reserve({ ...pick("s1", "b"), decision: decision(["b"], "failover") });
  assert.equal(e.reservations.reserved("a"), 0);
  assert.equal(e.reservations.reserved("b"), 1);

  e.log(...openedAndRouted("s1", "a", decision(["a", "b"])));
  assert.equal(e.reservations.pick("s1")?.agentId, "b", "the open's event is not the move's");
  // For a moment the session counts on both: the old agent looks fuller, never the new emptier.
  assert.equal(e.routing.liveSessions("a"), 1);
  assert.equal(e.routing.liveSessions("b"), 1);

  e.log({ type: "session.closed", data: { sessionId: "s1", reason: "x", at: T0 } });
  assert.equal(e.reservations.size, 0);
  assert.equal(e.routing.liveSessions("b"), 0);
});

Deno.test("reservations: concurrent round-robin picks take turns, and the log's copies are not observed twice", () => {
  const e = edge(fleetOf([{ id: "a" }, { id: "b" }, { id: "c" }]));
  const picked: string[] = [];
  const decisions = new Map<string, RoutingDecision>();
  for (const sessionId of ["s1", "s2", "s3", "s4"]) {
    const result = route(policy("round-robin"), e.routing, { sessionId, capability: "echo" });
    assert.equal(result.outcome, "routed");
    if (result.outcome !== "routed") return;
    picked.push(result.agentId);
    decisions.set(sessionId, result.decision);
    e.reservations.reserve({ sessionId, key: "echo", ...pickOf(result) });
  }
  assert.deepEqual(picked, ["a", "b", "c", "a"]);
  e.log(...openedAndRouted("s1", "a", decisions.get("s1")!));
  assert.deepEqual(e.routing.strategyState("echo", "round-robin"), { last: "a" }, "s4 pending");
  e.log(...openedAndRouted("s4", "a", decisions.get("s4")!));
  assert.deepEqual(e.view.strategyState("echo", "round-robin"), { last: "a" });
});

const fleetArb = fc.array(
  fc.record({
    weight: fc.integer({ min: 1, max: 5 }),
    maxSessions: fc.integer({ min: 1, max: 4 }),
  }),
  { minLength: 1, maxLength: 5 },
);

Deno.test("property: an edge's concurrent opens decide as one after another would, whatever the log confirms meanwhile", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...defaultStrategies.names()),
      fleetArb,
      // true: an open decides and reserves; false: the log brings the oldest pending pick.
      fc.array(fc.boolean(), { maxLength: 40 }),
      (strategy, agents, steps) => {
        const sketches = agents.map((a, i) => ({ id: agentId(i), ...a }));
        const sequential = fleetOf(sketches);
        const e = edge(FleetView.from(sketches.flatMap(agentEvents)));
        const pending: { sessionId: string; agentId: string; decision: RoutingDecision }[] = [];
        const confirmOldest = () => {
          const next = pending.shift();
          if (next) e.log(...openedAndRouted(next.sessionId, next.agentId, next.decision));
        };
        steps.forEach((open, n) => {
          if (!open) return confirmOldest();
          const sessionId = `s${n}`;
          const request: RouteRequest = {
            sessionId,
            clientId: `client-${sessionId}`,
            capability: "echo",
          };
          const result = route(policy(strategy), e.routing, request);
          assert.deepEqual(result, openAndRoute(sequential, sessionId, request, policy(strategy)));
          // A busy edge sends no open: the sequential view forgets the session it opened.
          if (result.outcome !== "routed") return closeSession(sequential, sessionId);
          e.reservations.reserve({ sessionId, key: "echo", ...pickOf(result) });
          pending.push({ sessionId, ...pickOf(result) });
        });
        while (pending.length > 0) confirmOldest();
        assert.equal(e.reservations.size, 0);
        assert.deepEqual(e.view.snapshot(), sequential.snapshot());
      },
    ),
    { numRuns: 200 },
  );
});
