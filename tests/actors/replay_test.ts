import assert from "node:assert/strict";
import { FleetView } from "../../src/runtime/fleet/fleet-view.ts";
import type { RouteRequest } from "../../actors/router/request.ts";
import { routeWithLadder } from "../../actors/router/route.ts";
import { defaultStrategies } from "../../actors/strategies/registry.ts";
import type { DomainEvent } from "../../events/mod.ts";
import { replayStates } from "./harness.ts";
import { prng, simulate } from "./simulation.ts";

Deno.test("replay: 10,000 commands over 50 agents and 2,000 sessions rebuild the same state and decisions", () => {
  const { host, decisions, opened } = simulate({
    seed: 20261125,
    commands: 10_000,
    agents: 50,
    sessions: 2000,
  });
  assert.ok(host.commands >= 10_000 && host.commands <= 10_001);
  assert.equal(opened, 2000);

  // The log goes through JSON, as it would through a store: nothing may hang on object identity.
  const log: { streamId: string; event: DomainEvent }[] = JSON.parse(JSON.stringify(host.log));
  const counts = Object.fromEntries(
    Object.entries(Object.groupBy(log, (e) => e.event.type)).map((
      [type, events],
    ) => [type, events!.length]),
  );
  // The run must exercise what it claims to, or equality proves little.
  for (
    const type of ["session.routed", "session.rebound", "session.resumed", "agent.healthChanged"]
  ) {
    assert.ok(
      (counts[type] ?? 0) >= 20,
      `only ${counts[type] ?? 0} ${type} in ${JSON.stringify(counts)}`,
    );
  }

  // Every actor's state, folded afresh, equals the live one.
  const replayed = replayStates(log);
  assert.equal(replayed.size, host.states.size);
  for (const [streamId, state] of replayed) {
    assert.deepStrictEqual(state, host.states.get(streamId), streamId);
  }

  // The fleet view, rebuilt event by event, takes every recorded decision again, identically.
  const fleet = new FleetView();
  let next = 0;
  for (let position = 0; position <= log.length; position++) {
    while (next < decisions.length && decisions[next]!.position === position) {
      const { request, result } = decisions[next++]!;
      assert.deepStrictEqual(
        routeWithLadder(fleet, request),
        result,
        `decision ${next} at ${position}`,
      );
    }
    if (position < log.length) fleet.apply(log[position]!.event);
  }
  assert.equal(next, decisions.length);
  assert.deepStrictEqual(fleet.snapshot(), host.fleet.snapshot());

  // And decides the same from here on, whatever is asked.
  const random = prng(7);
  for (let i = 0; i < 500; i++) {
    const request: RouteRequest = {
      sessionId: `probe-${i}`,
      clientId: `client-${Math.floor(random() * 300)}`,
      capability: ["echo", "chat", "summarize"][i % 3]!,
    };
    for (const strategy of defaultStrategies.names()) {
      const policy = { ...fleet.policy(request.capability), strategy };
      assert.deepStrictEqual(
        routeWithLadder({ ...viewWith(fleet, policy) }, request),
        routeWithLadder({ ...viewWith(host.fleet, policy) }, request),
      );
    }
  }
});

/** The view with one policy for every capability, to probe each strategy on the replayed state. */
function viewWith(view: FleetView, policy: ReturnType<FleetView["policy"]>) {
  return {
    agents: () => view.agents(),
    liveSessions: (id: string) => view.liveSessions(id),
    strategyState: (key: string, name: string) => view.strategyState(key, name),
    policy: () => policy,
  };
}
