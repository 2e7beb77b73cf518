import assert from "node:assert/strict";
import { sessionActor } from "../../../actors/session/mod.ts";
import type { DomainEvent } from "../../../events/mod.ts";
import { assertBadPayload, at } from "../given-when-then.ts";
import { closed, decision, detached, opened, routed, SESSION, session, TOKEN } from "./fixtures.ts";

const rebound = (
  from: string,
  to: string,
  seconds: number,
  reason = "agent failed",
): DomainEvent => ({
  type: "session.rebound",
  data: {
    sessionId: SESSION,
    fromAgentId: from,
    agentId: to,
    reason,
    decision: decision(to),
    at: at(seconds),
  },
});

const resumed = (edgeId: string, agentId: string, seconds: number): DomainEvent => ({
  type: "session.resumed",
  data: {
    sessionId: SESSION,
    edgeId,
    agentId,
    resumeTokenHash: TOKEN,
    presentedTokenHash: TOKEN,
    at: at(seconds),
  },
});

Deno.test("session rebind: moves to another agent keeping metadata and resume token", () => {
  session().given(opened(), routed("a1")).when("rebind", {
    agentId: "a2",
    fromAgentId: "a1",
    reason: "agent failed",
    decision: decision("a2"),
    edgeId: "edge-a",
  }, at(3)).then([rebound("a1", "a2", 3)]);
  const state = session().given(opened(), routed("a1"), rebound("a1", "a2", 3)).state;
  assert.equal(state.agentId, "a2");
  assert.equal(state.rebinds, 1);
  assert.equal(state.opened?.resumeTokenHash, TOKEN);
  assert.deepEqual(state.opened?.metadata, { tenant: "acme" });
});

Deno.test("session rebind: a detached session can fail over and stays detached", () => {
  const state = session().given(opened(), routed("a1"), detached(2), rebound("a1", "a2", 3)).state;
  assert.equal(state.status, "detached");
  session().given(opened(), routed("a1"), detached(2)).when("rebind", {
    agentId: "a2",
    reason: "agent failed",
    decision: decision("a2"),
    edgeId: "edge-b",
  }, at(3)).then([rebound("a1", "a2", 3)]);
});

Deno.test("session rebind: refused when stale, same agent, unrouted, closed, unknown or owned elsewhere", () => {
  const rebind = { agentId: "a3", reason: "agent failed", decision: decision("a3") };
  session().given(opened(), routed("a1"), rebound("a1", "a2", 3)).when("rebind", {
    ...rebind,
    fromAgentId: "a1",
  })
    .thenRejected("agent_mismatch");
  session().given(opened(), routed("a1")).when("rebind", {
    ...rebind,
    agentId: "a1",
    decision: decision("a1"),
  })
    .thenRejected("invalid_transition");
  session().given(opened()).when("rebind", rebind).thenRejected("invalid_transition");
  session().given(opened(), routed("a1"), closed()).when("rebind", rebind).thenRejected(
    "session_closed",
  );
  session().given().when("rebind", rebind).thenRejected("session_not_found");
  session().given(opened(), routed("a1")).when("rebind", { ...rebind, edgeId: "edge-b" })
    .thenRejected("session_owned_by_other_edge");
  session().given(opened(), routed("a1")).when("rebind", { ...rebind, agentId: "zz" }).thenRejected(
    "invalid_decision",
  );
  assertBadPayload(sessionActor, "rebind", { ...rebind, agentId: "no spaces" }, "agentId");
});

Deno.test("session resume: sticky back to the same agent through another edge", () => {
  session().given(opened(), routed("a1"), detached(5)).when(
    "resume",
    { edgeId: "edge-b", resumeTokenHash: TOKEN, agentHealthy: true },
    at(10),
  ).then([resumed("edge-b", "a1", 10)]);
  const state =
    session().given(opened(), routed("a1"), detached(5), resumed("edge-b", "a1", 10)).state;
  assert.equal(state.status, "active");
  assert.equal(state.edgeId, "edge-b");
  assert.equal(state.graceUntil, undefined);
});

Deno.test("session resume: the token rotates; the presented one works until the new one is presented", () => {
  const next = "f".repeat(64);
  const resumedWith = (edgeId: string, seconds: number, presented = TOKEN): DomainEvent => ({
    type: "session.resumed",
    data: {
      sessionId: SESSION,
      edgeId,
      agentId: "a1",
      resumeTokenHash: next,
      presentedTokenHash: presented,
      at: at(seconds),
    },
  });
  session().given(opened(), routed("a1"), detached(5)).when(
    "resume",
    { edgeId: "edge-b", resumeTokenHash: TOKEN, nextResumeTokenHash: next, agentHealthy: true },
    at(10),
  ).then([resumedWith("edge-b", 10)]);
  const history = [opened(), routed("a1"), detached(5), resumedWith("edge-b", 10), detached(12)];
  session().given(...history).when(
    "resume",
    { edgeId: "edge-c", resumeTokenHash: next, nextResumeTokenHash: next, agentHealthy: true },
    at(14),
  ).then([resumedWith("edge-c", 14, next)]);
  const movedOn = [...history, resumedWith("edge-c", 14, next)];
  session().given(...movedOn).when(
    "resume",
    { edgeId: "edge-d", resumeTokenHash: TOKEN, agentHealthy: true },
    at(16),
  ).thenRejected("bad_resume_token");
});

Deno.test("session resume: the owning edge may resume an attached session (reconnect before drop noticed)", () => {
  session().given(opened(), routed("a1")).when(
    "resume",
    { edgeId: "edge-a", resumeTokenHash: TOKEN, agentHealthy: true },
    at(4),
  ).then([resumed("edge-a", "a1", 4)]);
});

Deno.test("session resume: an unhealthy agent needs a rebind, done atomically with the resume", () => {
  const resume = { edgeId: "edge-b", resumeTokenHash: TOKEN, agentHealthy: false };
  session().given(opened(), routed("a1"), detached(5)).when("resume", resume, at(10)).thenRejected(
    "needs_rebind",
  );
  session().given(opened(), routed("a1"), detached(5)).when("resume", {
    ...resume,
    rebind: { agentId: "a2", reason: "agent failed", decision: decision("a2") },
  }, at(10)).then([resumed("edge-b", "a1", 10), rebound("a1", "a2", 10)]);
  session().given(opened(), routed("a1"), detached(5)).when("resume", {
    ...resume,
    rebind: { agentId: "a1", decision: decision("a1") },
  }, at(10)).thenRejected("invalid_transition");
});

Deno.test("session resume: a client whose session is still attached to another edge (a crashed one) takes it over with its token; the old edge may then act no more", () => {
  session().given(opened(), routed("a1")).when(
    "resume",
    { edgeId: "edge-b", resumeTokenHash: TOKEN, agentHealthy: true },
    at(10),
  ).then([resumed("edge-b", "a1", 10)]);
  const takenOver = [opened(), routed("a1"), resumed("edge-b", "a1", 10)];
  assert.equal(session().given(...takenOver).state.edgeId, "edge-b");
  session().given(...takenOver).when("detach", { edgeId: "edge-a", graceSeconds: 30 })
    .thenRejected("session_owned_by_other_edge");
  session().given(...takenOver).when("close", { edgeId: "edge-a", reason: "client: gone" })
    .thenRejected("session_owned_by_other_edge");
});

Deno.test("session resume: the right token from another client is refused like a bad one; the opener's own resume goes through", () => {
  const resume = { edgeId: "edge-b", resumeTokenHash: TOKEN, agentHealthy: true };
  const as = (sub: string) => ({ principal: { sub, roles: ["client"] } });
  session().given(opened(), routed("a1")).when("resume", resume, at(10), as("mallory"))
    .thenRejected("bad_resume_token");
  session().given(opened(), routed("a1"), detached(5)).when("resume", resume, at(10), as("mallory"))
    .thenRejected("bad_resume_token");
  session().given(opened(), routed("a1")).when("resume", resume, at(10), as("client-1"))
    .then([resumed("edge-b", "a1", 10)]);
});

Deno.test("session resume: refused on a bad token (attached or not), never routed, closed or unknown", () => {
  const resume = { edgeId: "edge-b", resumeTokenHash: TOKEN, agentHealthy: true };
  session().given(opened(), routed("a1"), detached(5)).when("resume", {
    ...resume,
    resumeTokenHash: "guess",
  })
    .thenRejected("bad_resume_token");
  session().given(opened(), routed("a1")).when("resume", { ...resume, resumeTokenHash: "guess" })
    .thenRejected("bad_resume_token");
  session().given(opened()).when("resume", resume).thenRejected("invalid_transition");
  session().given(opened(), routed("a1"), closed()).when("resume", resume).thenRejected(
    "session_closed",
  );
  session().given().when("resume", resume).thenRejected("session_not_found");
  assertBadPayload(
    sessionActor,
    "resume",
    { edgeId: "edge-b", resumeTokenHash: TOKEN },
    "agentHealthy",
  );
});
