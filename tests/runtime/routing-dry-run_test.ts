import assert from "node:assert/strict";
import { defaultPolicy } from "../../actors/router/mod.ts";
import { route } from "../../actors/router/route.ts";
import type { DomainEvent, RoutingPolicy } from "../../events/mod.ts";
import { FleetView } from "../../src/runtime/fleet/fleet-view.ts";
import { routingDryRun } from "../../src/runtime/routing-dry-run.ts";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import { agentEvents, type AgentSketch } from "../actors/fleet-kit.ts";
import { at } from "../actors/given-when-then.ts";

const policy = (strategy: string, extra: Partial<RoutingPolicy> = {}): RoutingPolicy => ({
  ...defaultPolicy,
  strategy,
  ...extra,
});

/**
 * A log as the edge and the session actor write it: each session opened,
 * routed by the real route() on the fleet as it stands, recorded.
 */
async function recordSessions(
  store: EventStore,
  agents: AgentSketch[],
  sessions: { id: string; capability: string; excludedAgentIds?: string[] }[],
  recordedPolicy: RoutingPolicy = defaultPolicy,
) {
  const view = new FleetView();
  const append = async (event: DomainEvent) => {
    view.apply(event);
    await store.append(`s-${crypto.randomUUID()}`, [event]);
  };
  for (const a of agents) for (const e of agentEvents(a)) await append(e);
  for (const [i, s] of sessions.entries()) {
    const request = {
      sessionId: s.id,
      clientId: `client-${i}`,
      capability: s.capability,
      ...(s.excludedAgentIds ? { excludedAgentIds: s.excludedAgentIds } : {}),
    };
    const result = route(recordedPolicy, view, request);
    assert.equal(result.outcome, "routed");
    if (result.outcome !== "routed") continue;
    await append({
      type: "session.opened",
      data: {
        sessionId: s.id,
        clientId: request.clientId,
        capability: s.capability,
        metadata: {},
        resumeTokenHash: "h",
        edgeId: "edge-1",
        at: at(10 + i),
      },
    });
    await append({
      type: "session.routed",
      data: { sessionId: s.id, agentId: result.agentId, decision: result.decision, at: at(10 + i) },
    });
  }
}

const fleet: AgentSketch[] = [
  { id: "a1", weight: 1 },
  { id: "a2", weight: 1 },
  { id: "a3", weight: 3 },
  { id: "c1", capabilities: ["chat"] },
];
const echo = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, capability: "echo" }));

Deno.test("routing dry run: the recorded policy reproduces every decision", async () => {
  const store = await pgliteEventStore();
  try {
    await recordSessions(store, fleet, [...echo(6), { id: "chat-1", capability: "chat" }]);
    const same = await routingDryRun(store, {
      capability: "echo",
      policy: defaultPolicy,
      limit: 100,
    });
    assert.equal(same.sessions, 6, "chat sessions are not echo's");
    assert.equal(same.summary.changed, 0);
    assert.deepEqual(same.summary.before, { a1: 2, a2: 2, a3: 2 });
    assert.deepEqual(same.summary.after, same.summary.before);
  } finally {
    await store.close();
  }
});

Deno.test("routing dry run: weighted round robin moves sessions to the heavy agent", async () => {
  const store = await pgliteEventStore();
  try {
    await recordSessions(store, fleet, echo(10));
    const result = await routingDryRun(store, {
      capability: "echo",
      policy: policy("weighted-round-robin"),
      limit: 100,
    });
    assert.equal(result.sessions, 10);
    assert.deepEqual(result.summary.before, { a1: 4, a2: 3, a3: 3 });
    // Weights 1:1:3 over 10 picks: 2, 2 and 6.
    assert.deepEqual(result.summary.after, { a1: 2, a2: 2, a3: 6 });
    assert.equal(
      result.summary.changed,
      result.items.filter((i) =>
        i.after.outcome !== "routed" || i.after.agentId !== i.before.agentId
      )
        .length,
    );
    assert.ok(result.summary.changed > 0);
    assert.equal(result.items[0]!.after.outcome, "routed");
    assert.equal((result.items[0]!.after as { strategy: string }).strategy, "weighted-round-robin");
    // The last N only, oldest first.
    const last = await routingDryRun(store, {
      capability: "echo",
      policy: policy("weighted-round-robin"),
      limit: 3,
    });
    assert.deepEqual(last.items.map((i) => i.sessionId), ["s7", "s8", "s9"]);
  } finally {
    await store.close();
  }
});

Deno.test("routing dry run: only the recorded candidates are considered", async () => {
  const store = await pgliteEventStore();
  try {
    // a3 was healthy and heavy, but not a candidate (the edge had it excluded, or full).
    const excluded = echo(3).map((s) => ({ ...s, excludedAgentIds: ["a3"] }));
    await recordSessions(store, [...fleet.slice(0, 2), { id: "a3", weight: 100 }], excluded);
    const result = await routingDryRun(store, {
      capability: "echo",
      policy: policy("weighted-round-robin"),
      limit: 100,
    });
    assert.equal(result.sessions, 3);
    assert.equal(result.summary.after.a3, undefined);
    assert.equal(result.sessions, 3);
  } finally {
    await store.close();
  }
});
