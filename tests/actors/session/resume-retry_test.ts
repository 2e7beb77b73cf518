import assert from "node:assert/strict";
import type { DomainEvent } from "../../../events/mod.ts";
import { at } from "../given-when-then.ts";
import { decision, detached, opened, routed, SESSION, session, TOKEN } from "./fixtures.ts";

const hash = (n: number) => n.toString(16).padStart(64, "0");

const resumed = (
  presented: string,
  next: string,
  seconds: number,
  agentId = "a1",
  edgeId = "edge-b",
): DomainEvent => ({
  type: "session.resumed",
  data: {
    sessionId: SESSION,
    edgeId,
    agentId,
    resumeTokenHash: next,
    presentedTokenHash: presented,
    at: at(seconds),
  },
});

const resume = (presented: string, next: string, edgeId = "edge-b") => ({
  edgeId,
  resumeTokenHash: presented,
  nextResumeTokenHash: next,
  agentHealthy: true,
});

Deno.test("session resume retry: a retry with the token whose resume reply was lost is accepted and hands out its own next token", () => {
  // The first attempt was applied, its reply (token 1) lost: the client retries with the opener's token.
  const lost = [opened(), routed("a1"), detached(5), resumed(TOKEN, hash(1), 10)];
  session().given(...lost).when("resume", resume(TOKEN, hash(2)), at(11))
    .then([resumed(TOKEN, hash(2), 11)]);
  // Again and again: every abandoned attempt leaves the presented token valid.
  const twice = [...lost, resumed(TOKEN, hash(2), 11)];
  session().given(...twice).when("resume", resume(TOKEN, hash(3)), at(12))
    .then([resumed(TOKEN, hash(3), 12)]);
  // The token of the attempt whose reply arrived works too.
  session().given(...twice).when("resume", resume(hash(2), hash(3)), at(12))
    .then([resumed(hash(2), hash(3), 12)]);
});

Deno.test("session resume retry: a token replaced by a retry before it was presented no longer works", () => {
  const retried = [
    opened(),
    routed("a1"),
    resumed(TOKEN, hash(1), 10),
    resumed(TOKEN, hash(2), 11),
  ];
  session().given(...retried).when("resume", resume(hash(1), hash(3)), at(12))
    .thenRejected("bad_resume_token");
});

Deno.test("session resume retry: once the new token is presented, the older one is refused, attached or detached", () => {
  const movedOn = [
    opened(),
    routed("a1"),
    resumed(TOKEN, hash(1), 10),
    resumed(hash(1), hash(2), 12),
  ];
  session().given(...movedOn).when("resume", resume(TOKEN, hash(3), "edge-m"), at(13))
    .thenRejected("bad_resume_token");
  session().given(...movedOn, detached(14)).when("resume", resume(TOKEN, hash(3), "edge-m"), at(15))
    .thenRejected("bad_resume_token");
});

Deno.test("session resume retry: resumes recorded without the presented token (before retries) retire the token they replaced", () => {
  const old: DomainEvent = {
    type: "session.resumed",
    data: {
      sessionId: SESSION,
      edgeId: "edge-b",
      agentId: "a1",
      resumeTokenHash: hash(1),
      at: at(10),
    },
  };
  const state = session().given(opened(), routed("a1"), old).state;
  assert.equal(state.previousResumeTokenHash, TOKEN);
  session().given(opened(), routed("a1"), old).when("resume", resume(TOKEN, hash(2)), at(11))
    .then([resumed(TOKEN, hash(2), 11)]);
  session().given(opened(), routed("a1"), old, resumed(hash(1), hash(2), 12))
    .when("resume", resume(TOKEN, hash(3)), at(13)).thenRejected("bad_resume_token");
});

Deno.test("session resume retry: a retry that found the agent down, routed on the same stale view as the applied attempt, resumes where that attempt moved the session", () => {
  const rebound: DomainEvent = {
    type: "session.rebound",
    data: {
      sessionId: SESSION,
      fromAgentId: "a1",
      agentId: "a2",
      reason: "agent unavailable on resume",
      decision: decision("a2"),
      at: at(10),
    },
  };
  const moved = [opened(), routed("a1"), detached(5), resumed(TOKEN, hash(1), 10), rebound];
  const retry = {
    ...resume(TOKEN, hash(2)),
    agentHealthy: false,
    rebind: { agentId: "a2", fromAgentId: "a1", decision: decision("a2") },
  };
  session().given(...moved).when("resume", retry, at(11))
    .then([resumed(TOKEN, hash(2), 11, "a2")]);
  // Without saying what it judged, a caller naming the session's own agent is still refused.
  const { fromAgentId: _, ...unjudged } = retry.rebind;
  session().given(...moved).when("resume", { ...retry, rebind: unjudged }, at(11))
    .thenRejected("invalid_transition");
});

Deno.test("session resume retry: a closed session takes no retry, whatever token", () => {
  const closed: DomainEvent = {
    type: "session.closed",
    data: { sessionId: SESSION, reason: "resume grace expired", at: at(40) },
  };
  session().given(opened(), routed("a1"), resumed(TOKEN, hash(1), 10), closed)
    .when("resume", resume(TOKEN, hash(2)), at(41)).thenRejected("session_closed");
});

Deno.test("session resume retry: the end of a connection whose resume a retry superseded detaches nothing; the current connection's end does", () => {
  // Attempts 1 and 2 were applied on edge-b, their clients gone; attempt 3 is relaying there.
  const retried = [
    opened(),
    routed("a1"),
    resumed(TOKEN, hash(1), 10),
    resumed(TOKEN, hash(2), 11),
    resumed(TOKEN, hash(3), 12),
  ];
  const detach = (token: string) => ({
    edgeId: "edge-b",
    graceSeconds: 30,
    resumeTokenHash: token,
  });
  session().given(...retried).when("detach", detach(hash(1)), at(13)).thenNothing();
  session().given(...retried).when("detach", detach(hash(2)), at(13)).thenNothing();
  session().given(...retried).when("detach", detach(hash(3)), at(13)).then([{
    type: "session.detached",
    data: { sessionId: SESSION, edgeId: "edge-b", graceUntil: at(43), at: at(13) },
  }]);
  // Without a token (an edge that does not say), a detach is judged by its edge alone.
  session().given(...retried).when("detach", { edgeId: "edge-b" }, at(13)).then([{
    type: "session.detached",
    data: { sessionId: SESSION, edgeId: "edge-b", graceUntil: at(43), at: at(13) },
  }]);
});
