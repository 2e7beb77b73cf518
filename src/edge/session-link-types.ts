import type { AgentTarget } from "./session-control.ts";

/** The vocabulary of the session-link machine (session-link.ts): its states, inputs and effects. */

/** What is known of the session once the control plane opened or resumed it. */
export interface Link {
  sessionId: string;
  agentId: string;
  /** `control=none`: the client gets no control frames, only what the agents send. */
  transparent: boolean;
  /** The session stream's version when this connection took the session. */
  attachedVersion: number;
}

/** Dialling for a new or resumed session, before the client heard of it. */
export interface ForOpen {
  to: "open";
  resume: boolean;
  resumeToken: string;
  /** The client's socket ended meanwhile: nothing to relay once the dial is done. */
  clientGone: boolean;
  /** The edge began shutting down meanwhile, with this resume grace. */
  shutdownGrace?: number;
}

/** Moving a relayed session to another agent after its socket was lost. */
export interface ForMove {
  to: "move";
  reason: string;
  /** The old agent's last message to the client was cut short and padded (cut-repair.ts). */
  truncated: boolean;
}

/**
 * How a closing link ends: `refused` and `handed over` were never relayed
 * (nothing more goes to the log); the others are relayed sessions that the
 * edge closed because the client resumed elsewhere (`let go`), its token
 * expired, the edge shuts down, or for another reason (`closed`).
 */
export type Ending = "refused" | "handed over" | "let go" | "expired" | "shutdown" | "closed";

/**
 * Where a connection's session is: being opened (or resumed) by the control
 * plane; its agent being dialled; relayed; moving to another agent after its
 * socket was lost; closing (the edge closed the client's socket and waits for
 * the pair to end); and at the end, detached (resumable) or closed.
 */
export type LinkState =
  | {
    kind: "opening";
    resume: boolean;
    transparent: boolean;
    clientGone: boolean;
    shutdownGrace?: number;
  }
  | {
    kind: "dialling";
    link: Link;
    target: AgentTarget;
    attempt: number;
    /** A dial failed; the control plane is choosing the next agent. */
    rerouting: boolean;
    for: ForOpen | ForMove;
  }
  | {
    kind: "relaying";
    link: Link;
    /** Why the edge cut the agent's socket, if it did: the move that follows says so. */
    plannedMove?: string;
  }
  | { kind: "moving"; link: Link; move: ForMove }
  | { kind: "closing"; link?: Link; ending: Ending }
  | { kind: "detached" }
  | { kind: "closed" };

export type LinkInput =
  | { type: "opened"; sessionId: string; resumeToken: string; target: AgentTarget; version: number }
  /** The control plane refused an open, resume or failover. */
  | { type: "refused"; code: number; message: string }
  | {
    type: "dialled";
    /** The agent may still take sessions (not ejected or draining meanwhile). */
    eligible: boolean;
  }
  /** `notFaulty`: the agent answered but cannot serve this client (permessage-deflate): no health news. */
  | { type: "dial failed"; reason: string; notFaulty?: true }
  /** The control plane chose another agent after a failure. */
  | { type: "rerouted"; target: AgentTarget }
  | {
    type: "agent lost";
    reason: string;
    replayable: boolean;
    clientMessageTruncated: boolean;
    stalePooledSocket?: boolean;
  }
  /** The socket pair is gone (tunnel.ts TunnelEnd). */
  | { type: "ended"; by: "client" | "agent" | "edge" | "timeout"; detail: string }
  /** The agent was ejected, deregistered or drained past its deadline. */
  | { type: "agent leaving"; agentId: string; reason: string }
  | { type: "resumed elsewhere"; version: number }
  /** A newer connection to this edge resumed the session. */
  | { type: "taken over" }
  | { type: "closed elsewhere"; reason: string }
  | { type: "token expired" }
  | { type: "shutdown"; graceSeconds: number };

export type ControlFrame =
  | { type: "session.opened"; sessionId: string; resumeToken: string; agentId: string }
  | {
    type: "session.rebound";
    sessionId: string;
    agentId: string;
    reason: string;
    truncatedMessage?: true;
  };

export type LinkEffect =
  | { type: "dial"; sessionId: string; target: AgentTarget }
  /** Ask the control plane for another agent (SessionControl.failover). */
  | { type: "reroute"; sessionId: string; from: string; reason: string; planned?: boolean }
  | { type: "send"; frame: ControlFrame }
  /** Relay through the agent socket just dialled. */
  | { type: "attach" }
  /** Attach the new agent if the client is still there (after `frame`, if any); else discard it. */
  | { type: "rebind"; frame?: ControlFrame }
  /** Close the agent socket just dialled, unused. */
  | { type: "discard" }
  /** Close the attached agent socket: a planned move follows. */
  | { type: "cut" }
  | { type: "close client"; code: number; reason: string }
  /**
   * Record the session detached; without a grace, the configured resume grace.
   * With the token this connection handed out: only if no newer resume replaced it.
   */
  | { type: "detach"; sessionId: string; graceSeconds?: number; resumeToken?: string }
  | { type: "close session"; sessionId: string; reason: string; code?: number }
  | { type: "count"; metric: "opens" | "failovers"; outcome: string }
  /** Register the relayed session on this edge (live sessions, traffic, token expiry). */
  | { type: "track" }
  | { type: "untrack" };

export interface Step {
  state: LinkState;
  effects: LinkEffect[];
}

export interface LinkPolicy {
  /** Agents tried for one open or failover before the client gets 4013. */
  maxDialAttempts: number;
}

export const SHUTDOWN_REASON = "edge shutting down; reconnect and resume";
export const LET_GO_REASON = "session resumed on another connection";
export const EXPIRED_REASON = "token expired; reconnect with a fresh token and resume";
export const LEFT_EARLY_REASON = "client left before it opened";
export const LEFT_WHILE_OPENING = "agent left the fleet while the session was being opened";

export const stay = (state: LinkState): Step => ({ state, effects: [] });
