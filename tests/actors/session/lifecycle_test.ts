import assert from "node:assert/strict";
import { sessionActor } from "../../../actors/session/mod.ts";
import { assertBadPayload, at, T0 } from "../given-when-then.ts";
import {
  closed,
  decision,
  detached,
  openData,
  opened,
  routed,
  SESSION,
  session,
} from "./fixtures.ts";

Deno.test("session open: opens with metadata, token hash and owner edge", () => {
  session().given().when("open", openData).then([opened()]);
  const state = session().given(opened()).state;
  assert.equal(state.status, "opening");
  assert.equal(state.edgeId, "edge-a");
  assert.deepEqual(state.opened?.metadata, { tenant: "acme" });
});

Deno.test("session open: an agent type alone is enough; neither is refused", () => {
  const { capability: _, ...byType } = { ...openData, agentType: "echo" };
  session().given().when("open", byType).then([{
    type: "session.opened",
    data: { ...byType, sessionId: SESSION, at: T0 },
  }]);
  const { capability: _c, ...neither } = openData;
  assertBadPayload(sessionActor, "open", neither, "capability");
  const bypass = sessionActor.decide({
    commandId: "c",
    actorType: "session",
    actorId: SESSION,
    type: "open",
    data: { ...neither, metadata: {} },
    metadata: { now: T0 },
  }, sessionActor.initialState);
  assert.equal((bypass as { rejected: string }).rejected, "invalid_capability");
});

Deno.test("session open: refused when it exists or was closed", () => {
  session().given(opened()).when("open", openData).thenRejected("session_exists");
  session().given(opened(), closed()).when("open", openData).thenRejected("session_closed");
  assertBadPayload(sessionActor, "open", { ...openData, capability: "Bad Cap" }, "capability");
});

Deno.test("session route: records the agent and the decision", () => {
  session().given(opened()).when("route", {
    agentId: "a1",
    decision: decision("a1"),
    edgeId: "edge-a",
  }, at(1))
    .then([routed("a1", 1)]);
  assert.equal(session().given(opened(), routed()).state.status, "active");
});

Deno.test("session route: refused when routed twice, closed, unknown, from another edge, or inconsistent", () => {
  const route = { agentId: "a2", decision: decision("a2") };
  session().given(opened(), routed()).when("route", route).thenRejected("invalid_transition");
  session().given(opened(), closed()).when("route", route).thenRejected("session_closed");
  session().given().when("route", route).thenRejected("session_not_found");
  session().given(opened(), routed()).when("route", { ...route, edgeId: "edge-b" }).thenRejected(
    "session_owned_by_other_edge",
  );
  session().given(opened()).when("route", { agentId: "zz", decision: decision("a1") }).thenRejected(
    "invalid_decision",
  );
});

Deno.test("session reportTraffic: batched counters tagged with the agent; zero batches are dropped", () => {
  const traffic = { framesIn: 10, framesOut: 12, bytesIn: 1000, bytesOut: 2400, intervalMs: 5000 };
  session().given(opened(), routed()).when("reportTraffic", { ...traffic, edgeId: "edge-a" }, at(5))
    .then([{
      type: "session.trafficReported",
      data: { ...traffic, errors: 0, sessionId: SESSION, agentId: "a1", at: at(5) },
    }]);
  session().given(opened(), routed()).when("reportTraffic", {
    ...traffic,
    framesIn: 0,
    framesOut: 0,
    bytesIn: 0,
    bytesOut: 0,
  })
    .thenNothing();
  const state = session().given(opened(), routed(), {
    type: "session.trafficReported",
    data: { ...traffic, errors: 1, sessionId: SESSION, at: at(5) },
  }).state;
  assert.deepEqual(state.traffic, {
    framesIn: 10,
    framesOut: 12,
    bytesIn: 1000,
    bytesOut: 2400,
    errors: 1,
  });
});

Deno.test("session reportTraffic: refused when closed, unknown or from another edge; bad counters refused", () => {
  const traffic = { framesIn: 1, framesOut: 1, bytesIn: 1, bytesOut: 1, intervalMs: 1 };
  session().given(opened(), routed(), closed()).when("reportTraffic", traffic).thenRejected(
    "session_closed",
  );
  session().given().when("reportTraffic", traffic).thenRejected("session_not_found");
  session().given(opened(), routed()).when("reportTraffic", { ...traffic, edgeId: "edge-b" })
    .thenRejected("session_owned_by_other_edge");
  assertBadPayload(sessionActor, "reportTraffic", { ...traffic, framesIn: -1 }, "framesIn");
});

Deno.test("session close: closes with reason and code; a second close is a no-op", () => {
  session().given(opened(), routed()).when("close", {
    reason: "client closed",
    code: 1000,
    edgeId: "edge-a",
  }, at(9))
    .then([{
      type: "session.closed",
      data: { sessionId: SESSION, reason: "client closed", code: 1000, at: at(9) },
    }]);
  session().given(opened(), routed(), closed()).when("close", { reason: "again" }).thenNothing();
  // An operator (no edge) may close any session.
  session().given(opened(), routed()).when("close", { reason: "operator" }, at(9)).then([
    closed(9, "operator"),
  ]);
});

Deno.test("session close: refused for unknown sessions and for another edge while attached", () => {
  session().given().when("close", { reason: "x" }).thenRejected("session_not_found");
  session().given(opened(), routed()).when("close", { reason: "x", edgeId: "edge-b" })
    .thenRejected("session_owned_by_other_edge");
  // Detached: no one owns it, so any edge may close it.
  session().given(opened(), routed(), detached(5)).when(
    "close",
    { reason: "x", edgeId: "edge-b" },
    at(6),
  )
    .then([closed(6, "x")]);
  assertBadPayload(sessionActor, "close", { reason: "x", code: 99 }, "code");
});

Deno.test("session detach: keeps the agent for a grace period; twice is a no-op", () => {
  session().given(opened(), routed()).when("detach", { edgeId: "edge-a", graceSeconds: 30 }, at(5))
    .then([detached(5)]);
  session().given(opened(), routed(), detached(5)).when("detach", { edgeId: "edge-a" }, at(6))
    .thenNothing();
  const state = session().given(opened(), routed(), detached(5)).state;
  assert.equal(state.status, "detached");
  assert.equal(state.agentId, "a1");
});

Deno.test("session detach: refused before routing, after close, from another edge", () => {
  session().given(opened()).when("detach", { edgeId: "edge-a" }).thenRejected("invalid_transition");
  session().given(opened(), routed(), closed()).when("detach", { edgeId: "edge-a" }).thenRejected(
    "session_closed",
  );
  session().given().when("detach", { edgeId: "edge-a" }).thenRejected("session_not_found");
  session().given(opened(), routed()).when("detach", { edgeId: "edge-b" }).thenRejected(
    "session_owned_by_other_edge",
  );
});

Deno.test("session expire: closes a detached session past its grace, nothing else", () => {
  session().given(opened(), routed(), detached(5)).when("expire", {}, at(35)).then([
    closed(35, "resume grace expired"),
  ]);
  session().given(opened(), routed(), detached(5)).when("expire", {}, at(34)).thenNothing();
  session().given(opened(), routed()).when("expire", {}, at(99)).thenNothing();
  session().given(opened(), routed(), closed()).when("expire", {}, at(99)).thenNothing();
  session().given().when("expire").thenRejected("session_not_found");
});

Deno.test("session open: with a route, opened and routed in one decision", () => {
  session().given().when("open", {
    ...openData,
    route: { agentId: "a1", decision: decision("a1") },
  }, T0)
    .then([opened(), routed("a1", 0)]);
  session().given().when("open", {
    ...openData,
    route: { agentId: "a9", decision: decision("a1") },
  }).thenRejected("invalid_decision");
});
