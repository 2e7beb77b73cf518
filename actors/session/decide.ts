import type { RoutingDecision } from "../../events/mod.ts";
import { reject, type Rejection } from "../actor.ts";
import { decideBy, event } from "../decider.ts";
import { addSeconds, isBefore } from "../time.ts";
import type { SessionCommands } from "./commands.ts";
import type { SessionState } from "./state.ts";

/** Commands on a session need one that was opened and is not closed. */
function unavailable(state: SessionState): Rejection | undefined {
  if (state.status === "none") {
    return reject("session_not_found", "no session with this id was opened");
  }
  if (state.status === "closed") {
    return reject("session_closed", `the session is closed (${state.closedReason})`);
  }
  return undefined;
}

/** One owner at a time: while a session is attached, only its edge may act for it. */
function ownedElsewhere(state: SessionState, edgeId: string | undefined): Rejection | undefined {
  if (edgeId === undefined || state.status !== "active" || state.edgeId === edgeId) {
    return undefined;
  }
  return reject("session_owned_by_other_edge", `the session is attached to edge ${state.edgeId}`);
}

/** A decision that lists candidates must list the agent it chose, or it audits nothing. */
function invalidDecision(agentId: string, decision: RoutingDecision): Rejection | undefined {
  if (decision.candidates.length === 0 || decision.candidates.some((c) => c.agentId === agentId)) {
    return undefined;
  }
  return reject("invalid_decision", `agent ${agentId} is not among the decision's candidates`);
}

/** Compares hashes without an early exit, so timing does not tell how much of a guess was right. */
function sameHash(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * A resume may present the session's token, or the one presented last while
 * the session's token has never been presented: the client may not have got
 * it (the reply to its resume was lost), and retries. Presenting the
 * session's token proves the client got it, and retires the older one.
 */
function validToken(state: SessionState, presented: string): boolean {
  const current = sameHash(presented, state.opened!.resumeTokenHash);
  const previous = state.previousResumeTokenHash !== undefined &&
    sameHash(presented, state.previousResumeTokenHash);
  return current || previous;
}

export const decideSession = decideBy<SessionState, SessionCommands>({
  open: (data, state, { actorId, metadata: { now } }) => {
    if (state.status === "closed") {
      return reject("session_closed", "a closed session cannot be reopened");
    }
    if (state.status !== "none") {
      return reject("session_exists", "a session with this id is already open");
    }
    if (data.capability === undefined && data.agentType === undefined) {
      return reject("invalid_capability", "a session needs a capability or an agent type");
    }
    const { route, ...opened } = data;
    const openedEvent = event("session.opened", { ...opened, sessionId: actorId, at: now });
    if (!route) return [openedEvent];
    return invalidDecision(route.agentId, route.decision) ?? [
      openedEvent,
      event("session.routed", { sessionId: actorId, ...route, at: now }),
    ];
  },

  route: ({ agentId, decision, edgeId }, state, { actorId, metadata: { now } }) => {
    const refused = unavailable(state) ?? ownedElsewhere(state, edgeId);
    if (refused) return refused;
    if (state.status !== "opening") {
      return reject(
        "invalid_transition",
        `the session is already routed to ${state.agentId}; rebind moves it`,
      );
    }
    return invalidDecision(agentId, decision) ??
      [event("session.routed", { sessionId: actorId, agentId, decision, at: now })];
  },

  rebind: (
    { agentId, fromAgentId, reason, decision, edgeId },
    state,
    { actorId, metadata: { now } },
  ) => {
    const refused = unavailable(state) ?? ownedElsewhere(state, edgeId);
    if (refused) return refused;
    if (state.agentId === undefined) {
      return reject("invalid_transition", "the session was never routed");
    }
    if (fromAgentId !== undefined && fromAgentId !== state.agentId) {
      return reject(
        "agent_mismatch",
        `the session is on ${state.agentId}, not ${fromAgentId}: it moved already`,
      );
    }
    if (agentId === state.agentId) {
      return reject("invalid_transition", `the session is already on ${agentId}`);
    }
    return invalidDecision(agentId, decision) ?? [event("session.rebound", {
      sessionId: actorId,
      fromAgentId: state.agentId,
      agentId,
      reason,
      decision,
      at: now,
    })];
  },

  resume: (
    { edgeId, resumeTokenHash, nextResumeTokenHash, agentHealthy, rebind },
    state,
    { actorId, metadata: { now, principal } },
  ) => {
    const refused = unavailable(state);
    if (refused) return refused;
    // Token before anything else: without it a caller learns nothing about the session.
    if (!validToken(state, resumeTokenHash)) {
      return reject("bad_resume_token", "the resume token does not match this session");
    }
    // A token is not enough: a resume (which may take the session from a live socket) must
    // come from the identity that opened it. Same code as a bad token: nothing is revealed.
    if (principal && principal.sub !== state.opened!.clientId) {
      return reject("bad_resume_token", "the session belongs to another client");
    }
    if (state.agentId === undefined) {
      return reject("invalid_transition", "the session was never routed");
    }
    // Attached to another edge is no refusal here: the token proves the client, and a client
    // that reconnects has lost its old socket (its edge may have crashed, leaving the session
    // attached to nobody). The new connection takes over; the old edge, if alive, drops its
    // copy when it sees session.resumed name another edge.
    const resumed = event("session.resumed", {
      sessionId: actorId,
      edgeId,
      agentId: state.agentId,
      resumeTokenHash: nextResumeTokenHash ?? resumeTokenHash,
      presentedTokenHash: resumeTokenHash,
      at: now,
    });
    // Sticky: back to the same agent while it is healthy.
    if (agentHealthy) return [resumed];
    if (rebind === undefined) {
      return reject(
        "needs_rebind",
        `agent ${state.agentId} is unavailable: route again and resume with rebind`,
      );
    }
    if (rebind.agentId === state.agentId) {
      // A retry decided on the same stale view as an attempt already applied: that attempt
      // moved the session where this one would. Resume there; there is nothing to move.
      if (rebind.fromAgentId !== undefined && rebind.fromAgentId !== state.agentId) {
        return [resumed];
      }
      return reject("invalid_transition", `agent ${rebind.agentId} was reported unavailable`);
    }
    const { fromAgentId: _judged, ...move } = rebind;
    return invalidDecision(rebind.agentId, rebind.decision) ?? [
      resumed,
      event("session.rebound", {
        sessionId: actorId,
        fromAgentId: state.agentId,
        ...move,
        at: now,
      }),
    ];
  },

  detach: ({ edgeId, graceSeconds, resumeTokenHash }, state, { actorId, metadata: { now } }) => {
    const unknown = unavailable(state);
    if (unknown) return unknown;
    if (
      resumeTokenHash !== undefined && !sameHash(resumeTokenHash, state.opened!.resumeTokenHash)
    ) {
      return [];
    }
    const refused = ownedElsewhere(state, edgeId);
    if (refused) return refused;
    if (state.status === "opening") {
      return reject("invalid_transition", "an unrouted session is closed, not detached");
    }
    if (state.status === "detached") return [];
    return [
      event("session.detached", {
        sessionId: actorId,
        edgeId,
        graceUntil: addSeconds(now, graceSeconds),
        at: now,
      }),
    ];
  },

  // The timer may race a resume or a close: anything but a detached session past its grace is left alone.
  expire: (_data, state, { actorId, metadata: { now } }) => {
    if (state.status === "none") {
      return reject("session_not_found", "no session with this id was opened");
    }
    if (state.status !== "detached" || isBefore(now, state.graceUntil!)) return [];
    return [
      event("session.closed", { sessionId: actorId, reason: "resume grace expired", at: now }),
    ];
  },

  reportTraffic: ({ edgeId, ...traffic }, state, { actorId, metadata: { now } }) => {
    const refused = unavailable(state) ?? ownedElsewhere(state, edgeId);
    if (refused) return refused;
    const { framesIn, framesOut, bytesIn, bytesOut, errors } = traffic;
    if (framesIn + framesOut + bytesIn + bytesOut + errors === 0) return [];
    return [event("session.trafficReported", {
      ...traffic,
      sessionId: actorId,
      ...(state.agentId ? { agentId: state.agentId } : {}),
      at: now,
    })];
  },

  // Edge and operator may both close: the second close is a retry, not an error.
  close: ({ edgeId, ...close }, state, { actorId, metadata: { now } }) => {
    if (state.status === "none") {
      return reject("session_not_found", "no session with this id was opened");
    }
    if (state.status === "closed") return [];
    return ownedElsewhere(state, edgeId) ??
      [event("session.closed", { ...close, sessionId: actorId, at: now })];
  },
});
