import assert from "node:assert/strict";
import fc from "fast-check";
import { isRejection } from "../../../actors/actor.ts";
import { sessionActor, sessionCommands, type SessionState } from "../../../actors/session/mod.ts";
import type { DomainEvent } from "../../../events/mod.ts";
import { at } from "../given-when-then.ts";
import { detached, opened, routed, SESSION, TOKEN } from "./fixtures.ts";

/**
 * What happened to one resume attempt: its reply reached the client, it was
 * applied but its reply was lost (the client gave up waiting), or it was
 * never applied (it timed out before the session's host took it). Between
 * attempts the session may be detached (an edge saw the socket go).
 */
const Attempt = fc.record({
  outcome: fc.constantFrom("received", "lost", "lost", "unapplied"),
  detachAfter: fc.boolean(),
});

const hashOf = (n: number) => `next-${n}`;

function resume(state: SessionState, presented: string, next: string, seconds: number) {
  const data = sessionCommands.resume.parse({
    edgeId: "edge-b",
    resumeTokenHash: presented,
    nextResumeTokenHash: next,
    agentHealthy: true,
  });
  return sessionActor.decide({
    commandId: `resume-${seconds}`,
    actorType: "session",
    actorId: SESSION,
    type: "resume",
    data,
    metadata: { now: at(seconds) },
  }, state);
}

const apply = (state: SessionState, events: DomainEvent[]) =>
  events.reduce((s, e) => sessionActor.evolve(s, e), state);

Deno.test("session resume retry property: the client can always resume with the latest token it received; a token it presented before its latest is always refused", () => {
  fc.assert(
    fc.property(fc.array(Attempt, { maxLength: 25 }), (attempts) => {
      let state = apply(sessionActor.initialState, [opened(), routed("a1")]);
      let held = TOKEN;
      /** Tokens the client presented, in order. */
      const presented: string[] = [];
      attempts.forEach(({ outcome, detachAfter }, i) => {
        const seconds = 10 + i * 2;
        const next = hashOf(i);
        if (outcome !== "unapplied") {
          const result = resume(state, held, next, seconds);
          assert.ok(!isRejection(result), `attempt ${i} with the held token was refused`);
          state = apply(state, result);
          presented.push(held);
          if (outcome === "received") held = next;
        }
        if (detachAfter) state = apply(state, [detached(seconds + 1)]);
      });
      const latest = resume(state, held, "final", 1000);
      assert.ok(!isRejection(latest), "the latest received token was refused");
      const last = presented.at(-1);
      for (const old of new Set(presented)) {
        if (old === last || old === held) continue;
        const replay = resume(state, old, "stolen", 1000);
        assert.ok(isRejection(replay), `a token presented before the latest (${old}) was accepted`);
        assert.equal(replay.rejected, "bad_resume_token");
      }
    }),
    { numRuns: 500 },
  );
});

Deno.test("session resume retry property: once the client has used the token its resume handed out, every older token is refused", () => {
  fc.assert(
    fc.property(fc.array(Attempt, { maxLength: 25 }), (attempts) => {
      let state = apply(sessionActor.initialState, [opened(), routed("a1")]);
      let held = TOKEN;
      const seen = new Set<string>([TOKEN]);
      attempts.forEach(({ outcome }, i) => {
        if (outcome === "unapplied") return;
        const result = resume(state, held, hashOf(i), 10 + i);
        assert.ok(!isRejection(result));
        state = apply(state, result);
        seen.add(hashOf(i));
        if (outcome === "received") held = hashOf(i);
      });
      // The client moves on: its reply arrives this time, and it uses the token it got.
      for (const [presented, next] of [[held, "current"], ["current", "later"]]) {
        const movedOn = resume(state, presented!, next!, 500);
        assert.ok(!isRejection(movedOn));
        state = apply(state, movedOn);
      }
      for (const token of seen) {
        const replay = resume(state, token, "stolen", 1000);
        assert.ok(isRejection(replay), `token ${token} still worked after the client moved on`);
      }
      assert.ok(!isRejection(resume(state, "later", "after", 1000)));
    }),
    { numRuns: 500 },
  );
});

Deno.test("session resume retry property: the ends of abandoned attempts, in any order after the last resume, never detach the session that resume attached", () => {
  fc.assert(
    fc.property(
      // The abandoned attempts' numbers, in the order their ends reach the session.
      fc.integer({ min: 1, max: 8 }).chain((n) =>
        fc.shuffledSubarray([...Array(n).keys()], { minLength: n })
      ),
      (ends) => {
        const abandoned = ends.length;
        let state = apply(sessionActor.initialState, [opened(), routed("a1")]);
        // Every attempt presents the opener's token (no reply arrived); the last one's reply does.
        for (let i = 0; i <= abandoned; i++) {
          const result = resume(state, TOKEN, hashOf(i), 10 + i);
          assert.ok(!isRejection(result));
          state = apply(state, result);
        }
        for (const i of ends) {
          const data = sessionCommands.detach.parse({
            edgeId: "edge-b",
            resumeTokenHash: hashOf(i),
          });
          const result = sessionActor.decide({
            commandId: `detach-${i}`,
            actorType: "session",
            actorId: SESSION,
            type: "detach",
            data,
            metadata: { now: at(100 + i) },
          }, state);
          assert.deepEqual(result, [], `the end of abandoned attempt ${i} did something`);
        }
        assert.equal(state.status, "active");
      },
    ),
    { numRuns: 200 },
  );
});
