import { CloseCode, truncateReason } from "./close-codes.ts";
import {
  fromClosing,
  fromMoving,
  fromRelaying,
  moveFailed,
  whileRelayed,
} from "./session-link-relayed.ts";
import {
  type ControlFrame,
  type ForMove,
  type ForOpen,
  LEFT_EARLY_REASON,
  LEFT_WHILE_OPENING,
  type Link,
  type LinkEffect,
  type LinkInput,
  type LinkPolicy,
  type LinkState,
  SHUTDOWN_REASON,
  stay,
  type Step,
} from "./session-link-types.ts";

export * from "./session-link-types.ts";

/**
 * One client connection's session on this edge, as a pure state machine:
 * `transition(state, input)` says what the edge does next (effects) and
 * where the link is then. The driver (session-driver.ts) feeds it socket,
 * control-plane, fleet and timer inputs and performs its effects.
 *
 * opening → dialling → relaying ⇄ moving (→ dialling) → closing → detached | closed
 */

/** A connection past its upgrade, about to open (or resume) its session. */
export function opening(resume: boolean, transparent: boolean): LinkState {
  return { kind: "opening", resume, transparent, clientGone: false };
}

export function transition(
  state: LinkState,
  input: LinkInput,
  policy: LinkPolicy = { maxDialAttempts: 3 },
): Step {
  switch (state.kind) {
    case "opening":
      return fromOpening(state, input);
    case "dialling":
      return fromDialling(state, input, policy);
    case "relaying":
      return fromRelaying(state, input);
    case "moving":
      return fromMoving(state, input);
    case "closing":
      return fromClosing(state, input);
    case "detached":
    case "closed":
      // A dial that was in flight when the link ended is of no use.
      return input.type === "dialled" ? { state, effects: [{ type: "discard" }] } : stay(state);
  }
}

function fromOpening(state: LinkState & { kind: "opening" }, input: LinkInput): Step {
  switch (input.type) {
    case "ended":
      return stay({ ...state, clientGone: true });
    case "shutdown":
      return stay({ ...state, shutdownGrace: input.graceSeconds });
    case "refused":
      return refuseOpen(undefined, input.code, input.message, state.clientGone);
    case "opened": {
      const link = {
        sessionId: input.sessionId,
        agentId: input.target.agentId,
        transparent: state.transparent,
        attachedVersion: input.version,
      };
      const open: ForOpen = {
        to: "open",
        resume: state.resume,
        resumeToken: input.resumeToken,
        clientGone: state.clientGone,
        ...(state.shutdownGrace !== undefined ? { shutdownGrace: state.shutdownGrace } : {}),
      };
      if (state.clientGone) return leftEarly(link, open, []);
      return {
        state: {
          kind: "dialling",
          link,
          target: input.target,
          attempt: 1,
          rerouting: false,
          for: open,
        },
        effects: [{ type: "dial", sessionId: link.sessionId, target: input.target }],
      };
    }
    default:
      return stay(state);
  }
}

/**
 * Gone before it got a resume token (a new session) or its new one (a resume):
 * nothing to relay, and nobody could resume a new session.
 */
function leftEarly(link: Link, open: ForOpen, effects: LinkEffect[]): Step {
  return open.resume
    ? {
      state: { kind: "detached" },
      // Its resume may have been retried on another connection since: that one's, if so.
      effects: [...effects, {
        type: "detach",
        sessionId: link.sessionId,
        resumeToken: open.resumeToken,
      }],
    }
    : {
      state: { kind: "closed" },
      effects: [...effects, {
        type: "close session",
        sessionId: link.sessionId,
        reason: LEFT_EARLY_REASON,
      }],
    };
}

/** An open the control plane refused, or no agent could take: the client gets the code. */
function refuseOpen(
  link: Link | undefined,
  code: number,
  message: string,
  clientGone: boolean,
): Step {
  const effects: LinkEffect[] = [{ type: "count", metric: "opens", outcome: `refused_${code}` }];
  // An unknown session was never this connection's to close.
  if (link && code !== CloseCode.unknownSession) {
    effects.push({ type: "close session", sessionId: link.sessionId, reason: message, code });
  }
  if (clientGone) return { state: { kind: "closed" }, effects };
  effects.push({ type: "close client", code, reason: message });
  return { state: { kind: "closing", ...(link ? { link } : {}), ending: "refused" }, effects };
}

function fromDialling(
  state: LinkState & { kind: "dialling" },
  input: LinkInput,
  policy: LinkPolicy,
): Step {
  const { link } = state;
  switch (input.type) {
    case "dial failed": {
      const reason = `dial failed: ${input.reason}`;
      if (state.attempt >= policy.maxDialAttempts) {
        return failed(
          state,
          CloseCode.noAgent,
          truncateReason(`no agent could take the session (${reason})`),
        );
      }
      return {
        state: { ...state, rerouting: true },
        effects: [{
          type: "reroute",
          sessionId: link.sessionId,
          from: state.target.agentId,
          reason,
          ...(input.notFaulty ? { planned: true } : {}),
        }],
      };
    }
    case "rerouted":
      return {
        state: {
          ...state,
          link: { ...link, agentId: input.target.agentId },
          target: input.target,
          attempt: state.attempt + 1,
          rerouting: false,
        },
        effects: [{ type: "dial", sessionId: link.sessionId, target: input.target }],
      };
    case "refused":
      return failed(state, input.code, input.message);
    case "dialled":
      return state.for.to === "open"
        ? opened(link, state.for, input.eligible)
        : rebound(link, state.for, input.eligible);
  }
  if (state.for.to === "move") return whileRelayed(state, link, input);
  // Not yet relayed: the rest waits for the dial.
  switch (input.type) {
    case "ended":
      return stay({ ...state, for: { ...state.for, clientGone: true } });
    case "shutdown":
      return stay({ ...state, for: { ...state.for, shutdownGrace: input.graceSeconds } });
    default:
      return stay(state);
  }
}

function failed(state: LinkState & { kind: "dialling" }, code: number, message: string): Step {
  return state.for.to === "open"
    ? refuseOpen(state.link, code, message, state.for.clientGone)
    : moveFailed(state.link, code, message);
}

function opened(link: Link, open: ForOpen, eligible: boolean): Step {
  if (open.clientGone) return leftEarly(link, open, [{ type: "discard" }]);
  const effects: LinkEffect[] = link.transparent ? [] : [{
    type: "send",
    frame: {
      type: "session.opened",
      sessionId: link.sessionId,
      resumeToken: open.resumeToken,
      agentId: link.agentId,
    },
  }];
  if (open.shutdownGrace !== undefined) {
    // Shutdown began while this open was in flight: hand it over like the others.
    effects.push(
      { type: "discard" },
      { type: "detach", sessionId: link.sessionId, graceSeconds: open.shutdownGrace },
      { type: "close client", code: CloseCode.goingAway, reason: SHUTDOWN_REASON },
    );
    return { state: { kind: "closing", link, ending: "handed over" }, effects };
  }
  effects.push({ type: "attach" });
  const step = attached(link, eligible, effects);
  step.effects.push(
    { type: "count", metric: "opens", outcome: open.resume ? "resumed" : "opened" },
    { type: "track" },
  );
  return step;
}

function rebound(link: Link, move: ForMove, eligible: boolean): Step {
  const frame: ControlFrame = {
    type: "session.rebound",
    sessionId: link.sessionId,
    agentId: link.agentId,
    reason: move.reason,
    ...(move.truncated ? { truncatedMessage: true as const } : {}),
  };
  const step = attached(link, eligible, [
    link.transparent ? { type: "rebind" } : { type: "rebind", frame },
  ]);
  step.effects.push({ type: "count", metric: "failovers", outcome: "rebound" });
  return step;
}

/**
 * Relaying through the agent just attached, unless it was ejected or began
 * draining while it was dialled: the fleet's move passed this session by,
 * so it moves now.
 */
function attached(link: Link, eligible: boolean, effects: LinkEffect[]): Step {
  if (eligible) return { state: { kind: "relaying", link }, effects };
  return {
    state: { kind: "relaying", link, plannedMove: LEFT_WHILE_OPENING },
    effects: [...effects, { type: "cut" }],
  };
}
