import { CloseCode } from "./close-codes.ts";
import {
  type Ending,
  EXPIRED_REASON,
  LET_GO_REASON,
  type Link,
  type LinkEffect,
  type LinkInput,
  type LinkState,
  SHUTDOWN_REASON,
  stay,
  type Step,
} from "./session-link-types.ts";

/**
 * The session-link machine (session-link.ts) once the session is relayed:
 * relaying, moving to another agent, closing, and how its end is recorded.
 */

export function fromRelaying(state: LinkState & { kind: "relaying" }, input: LinkInput): Step {
  const { link } = state;
  switch (input.type) {
    case "agent lost": {
      // Lost mid-message past the replay limit: the tunnel closes the session itself.
      if (!input.replayable) return stay(state);
      // A planned move (ejection, drain deadline) says why; the socket error it caused does not.
      const reason = state.plannedMove ?? input.reason;
      const planned = state.plannedMove !== undefined || input.stalePooledSocket === true;
      return {
        state: {
          kind: "moving",
          link,
          move: { to: "move", reason, truncated: input.clientMessageTruncated },
        },
        effects: [{
          type: "reroute",
          sessionId: link.sessionId,
          from: link.agentId,
          reason,
          planned,
        }],
      };
    }
    case "agent leaving":
      if (input.agentId !== link.agentId) return stay(state);
      return { state: { ...state, plannedMove: input.reason }, effects: [{ type: "cut" }] };
    default:
      return whileRelayed(state, link, input);
  }
}

export function fromMoving(state: LinkState & { kind: "moving" }, input: LinkInput): Step {
  switch (input.type) {
    case "rerouted":
      return {
        state: {
          kind: "dialling",
          link: { ...state.link, agentId: input.target.agentId },
          target: input.target,
          attempt: 1,
          rerouting: false,
          for: state.move,
        },
        effects: [{ type: "dial", sessionId: state.link.sessionId, target: input.target }],
      };
    case "refused":
      return moveFailed(state.link, input.code, input.message);
    default:
      return whileRelayed(state, state.link, input);
  }
}

/** What a relayed session (relaying, or moving to another agent) does whatever its phase. */
export function whileRelayed(state: LinkState, link: Link, input: LinkInput): Step {
  const closing = (
    ending: Ending,
    code: number,
    reason: string,
    first: LinkEffect[] = [],
  ): Step => ({
    state: { kind: "closing", link, ending },
    effects: [...first, { type: "close client", code, reason }],
  });
  switch (input.type) {
    case "ended":
      return end(link, "closed", input);
    case "resumed elsewhere":
      // A resume older than this connection's own (the feed lags) says nothing about it.
      if (input.version <= link.attachedVersion) return stay(state);
      return closing("let go", CloseCode.normal, LET_GO_REASON);
    case "taken over":
      return closing("let go", CloseCode.normal, LET_GO_REASON);
    case "closed elsewhere":
      return closing("closed", CloseCode.normal, input.reason);
    case "token expired":
      return closing("expired", CloseCode.unauthorized, EXPIRED_REASON);
    case "shutdown":
      return closing("shutdown", CloseCode.goingAway, SHUTDOWN_REASON, [
        { type: "detach", sessionId: link.sessionId, graceSeconds: input.graceSeconds },
      ]);
    default:
      return stay(state);
  }
}

export function fromClosing(state: LinkState & { kind: "closing" }, input: LinkInput): Step {
  const { link, ending } = state;
  if (input.type === "dialled") return { state, effects: [{ type: "discard" }] };
  if (ending === "refused" || ending === "handed over") {
    if (input.type !== "ended") return stay(state);
    return stay({ kind: ending === "refused" ? "closed" : "detached" });
  }
  // A relayed session: still on this edge until its socket pair is gone.
  if (!link) return stay(state);
  switch (input.type) {
    case "ended":
      return end(link, ending, input);
    case "resumed elsewhere":
      if (input.version <= link.attachedVersion) return stay(state);
      return stay({ ...state, ending: "let go" });
    case "taken over":
      return stay({ ...state, ending: "let go" });
    case "token expired":
      return stay({ ...state, ending: ending === "let go" ? ending : "expired" });
    case "shutdown":
      return {
        state: { ...state, ending: ending === "closed" ? "shutdown" : ending },
        effects: [{ type: "detach", sessionId: link.sessionId, graceSeconds: input.graceSeconds }],
      };
    default:
      return stay(state);
  }
}

/**
 * A relayed session's socket pair is gone. A client-side end keeps the
 * session resumable for the grace period (the relay does not read close
 * payloads, so a deliberate 1000 and a dropped network look alike here);
 * an expired token too; a shutdown recorded its detach already; a session
 * resumed elsewhere belongs to another connection now. Any other end closes it.
 */
function end(
  link: Link,
  ending: Exclude<Ending, "refused" | "handed over">,
  input: LinkInput & { type: "ended" },
): Step {
  const effects: LinkEffect[] = [{ type: "untrack" }];
  if (ending === "let go") return { state: { kind: "closed" }, effects };
  if (ending === "expired" || input.by === "client" || input.by === "timeout") {
    effects.push({ type: "detach", sessionId: link.sessionId });
    return { state: { kind: "detached" }, effects };
  }
  if (ending === "shutdown" && input.by === "edge") return { state: { kind: "detached" }, effects };
  effects.push({
    type: "close session",
    sessionId: link.sessionId,
    reason: `${input.by}: ${input.detail}`,
  });
  return { state: { kind: "closed" }, effects };
}

/** A move no agent could take: the client gets the code; the session closes when its socket does. */
export function moveFailed(link: Link, code: number, message: string): Step {
  return {
    state: { kind: "closing", link, ending: "closed" },
    effects: [
      { type: "count", metric: "failovers", outcome: "failed" },
      { type: "close client", code, reason: message },
    ],
  };
}
