import assert from "node:assert/strict";
import type { RecordedEvent } from "../../events/mod.ts";
import { followFleetEvents } from "../../src/edge/fleet-events.ts";
import { FakeClock } from "../support/time.ts";

const T0 = Date.parse("2026-01-01T00:00:00Z");

function follower() {
  const calls: unknown[][] = [];
  const edge = {
    pool: { forget: (agentId: string) => void calls.push(["forget", agentId]) },
    moveSessionsOff: (agentId: string, reason: string) =>
      void calls.push(["move", agentId, reason]),
    supersede: (sessionId: string, version: number) =>
      void calls.push(["supersede", sessionId, version]),
    closeSession: (sessionId: string, reason: string) =>
      void calls.push(["close", sessionId, reason]),
  };
  const clock = new FakeClock(T0);
  const follow = followFleetEvents(edge, "edge-1", clock);
  const on = (type: string, data: Record<string, unknown>, version = 1) =>
    follow({ type, data, version } as unknown as RecordedEvent);
  return { calls, clock, on };
}

Deno.test("fleet events: an agent turned unhealthy or deregistered has its sessions moved at once", () => {
  const f = follower();
  f.on("agent.healthChanged", { agentId: "a1", to: "unhealthy" });
  f.on("agent.healthChanged", { agentId: "a2", to: "healthy" });
  f.on("agent.deregistered", { agentId: "a3" });
  assert.deepEqual(f.calls, [["move", "a1", "agent ejected"], [
    "move",
    "a3",
    "agent deregistered",
  ]]);
});

Deno.test("fleet events: a drained agent loses its warm sockets at once and its sessions at the deadline", async () => {
  const f = follower();
  f.on("agent.drained", { agentId: "a1", deadline: new Date(T0 + 60_000).toISOString() });
  assert.deepEqual(f.calls, [["forget", "a1"]]);
  await f.clock.advance(59_999);
  assert.equal(f.calls.length, 1);
  await f.clock.advance(1);
  assert.deepEqual(f.calls[1], ["move", "a1", "agent drained past its deadline"]);
  assert.equal(f.clock.pendingTimers, 0);
});

Deno.test("fleet events: a later drain replaces the deadline; a fresh registration ends the drain", async () => {
  const f = follower();
  f.on("agent.drained", { agentId: "a1", deadline: new Date(T0 + 10_000).toISOString() });
  f.on("agent.drained", { agentId: "a1", deadline: new Date(T0 + 20_000).toISOString() });
  await f.clock.advance(15_000);
  assert.deepEqual(f.calls.filter((c) => c[0] === "move"), []);
  f.on("agent.registered", { agentId: "a1" });
  await f.clock.advance(60_000);
  assert.deepEqual(f.calls.filter((c) => c[0] === "move"), []);
  assert.equal(f.clock.pendingTimers, 0);
});

Deno.test("fleet events: a session resumed through another edge is superseded here; through this one, not", () => {
  const f = follower();
  f.on("session.resumed", { sessionId: "s-1", edgeId: "edge-2" }, 7);
  f.on("session.resumed", { sessionId: "s-2", edgeId: "edge-1" }, 8);
  assert.deepEqual(f.calls, [["supersede", "s-1", 7]]);
});

Deno.test("fleet events: a session closed in the log is closed here with its reason", () => {
  const f = follower();
  f.on("session.closed", { sessionId: "s-1", reason: "closed by operator" });
  f.on("session.closed", { sessionId: "s-2" });
  assert.deepEqual(f.calls, [
    ["close", "s-1", "closed by operator"],
    ["close", "s-2", "session closed"],
  ]);
});
