import assert from "node:assert/strict";
import { FleetView } from "../../../src/runtime/fleet/fleet-view.ts";
import { defaultPolicy } from "../../../actors/router/mod.ts";
import type { DomainEvent, RoutingDecision } from "../../../events/mod.ts";
import { T0 } from "../../actors/given-when-then.ts";
import { agentEvents } from "../../actors/fleet-kit.ts";

const decision = (strategy: string, ids: string[], capability = "echo"): RoutingDecision => ({
  strategy,
  candidates: ids.map((agentId) => ({ agentId, score: 1 })),
  reason: "test",
  capability,
});
const opened = (sessionId: string): DomainEvent => ({
  type: "session.opened",
  data: {
    sessionId,
    clientId: "c",
    capability: "echo",
    metadata: {},
    resumeTokenHash: "h",
    edgeId: "e",
    at: T0,
  },
});
const routed = (sessionId: string, agentId: string, strategy = "round-robin"): DomainEvent => ({
  type: "session.routed",
  data: { sessionId, agentId, decision: decision(strategy, ["a", "b"]), at: T0 },
});
const rebound = (sessionId: string, from: string, to: string): DomainEvent => ({
  type: "session.rebound",
  data: {
    sessionId,
    fromAgentId: from,
    agentId: to,
    reason: "x",
    decision: decision("least-connections", [to]),
    at: T0,
  },
});
const closed = (sessionId: string): DomainEvent => ({
  type: "session.closed",
  data: { sessionId, reason: "x", at: T0 },
});

const log: DomainEvent[] = [
  ...agentEvents({ id: "b" }),
  ...agentEvents({ id: "a", health: "unhealthy" }),
  opened("s1"),
  routed("s1", "a"),
  opened("s2"),
  routed("s2", "b"),
  opened("s3"),
  routed("s3", "a", "weighted-round-robin"),
  rebound("s1", "a", "b"),
  closed("s2"),
  opened("s4"),
  closed("s4"),
  {
    type: "routing.policyChanged",
    data: { ...defaultPolicy, strategy: "failover", capability: "echo", at: T0 },
  },
];

Deno.test("fleet view: agents in id order, state folded by the agent actor", () => {
  const view = FleetView.from(log);
  assert.deepEqual(view.agents().map((a) => a.agentId), ["a", "b"]);
  assert.equal(view.agent("a")?.health, "unhealthy");
});

Deno.test("fleet view: live sessions per agent from routed, rebound and closed", () => {
  const view = FleetView.from(log);
  assert.equal(view.liveSessions("a"), 1); // s3 (s1 moved away)
  assert.equal(view.liveSessions("b"), 1); // s1 (s2 closed)
  assert.equal(view.session("s4"), undefined);
  assert.deepEqual(view.session("s1"), { key: "echo", agentId: "b", edgeId: "e" });
});

Deno.test("fleet view: strategy state advances only for the strategy that decided", () => {
  const view = FleetView.from(log);
  assert.deepEqual(view.strategyState("echo", "round-robin"), { last: "b" });
  assert.deepEqual(view.strategyState("echo", "weighted-round-robin"), {
    current: { a: -1, b: 1 },
  });
  assert.equal(view.strategyState("other", "round-robin"), undefined);
  assert.equal(view.policy("echo").strategy, "failover");
  assert.equal(view.policy("chat").strategy, "round-robin");
});

Deno.test("fleet view: fed event by event (with reads between) equals a replay from the start", () => {
  const live = new FleetView();
  for (const event of log) {
    live.apply(event);
    live.agents(); // reads must not change what the view becomes
  }
  assert.deepEqual(live.snapshot(), FleetView.from(log).snapshot());
  assert.deepEqual(Object.keys(live.snapshot().agents), ["a", "b"]);
});

Deno.test("fleet view: a detached session does not count against its agent until it resumes", () => {
  const fleet = [...agentEvents({ id: "a" }), ...agentEvents({ id: "b" })];
  const detached: DomainEvent = {
    type: "session.detached",
    data: { sessionId: "s1", edgeId: "e", graceUntil: T0, at: T0 },
  };
  const resumed: DomainEvent = {
    type: "session.resumed",
    data: { sessionId: "s1", edgeId: "e", agentId: "a", resumeTokenHash: "h", at: T0 },
  };
  const view = FleetView.from([...fleet, opened("s1"), routed("s1", "a")]);
  assert.equal(view.liveSessions("a"), 1);
  view.apply(detached).apply(detached);
  assert.equal(view.liveSessions("a"), 0);
  view.apply(resumed);
  assert.equal(view.liveSessions("a"), 1);
  view.apply(detached).apply({
    type: "session.closed",
    data: { sessionId: "s1", reason: "x", at: T0 },
  });
  assert.equal(view.liveSessions("a"), 0);
  assert.equal(view.session("s1"), undefined);
});

Deno.test("fleet view: attached sessions are named with the edge holding them (a takeover's new edge); detached ones are not", () => {
  const fleet = [...agentEvents({ id: "a" })];
  const view = FleetView.from([
    ...fleet,
    opened("s1"),
    routed("s1", "a"),
    opened("s2"),
    routed("s2", "a"),
    opened("s3"),
    routed("s3", "a"),
    { type: "session.detached", data: { sessionId: "s2", edgeId: "e", graceUntil: T0, at: T0 } },
    {
      type: "session.resumed",
      data: { sessionId: "s3", edgeId: "f", agentId: "a", resumeTokenHash: "h", at: T0 },
    },
  ]);
  assert.deepEqual(view.attachedSessions(), [["s1", "e"], ["s3", "f"]]);
});
