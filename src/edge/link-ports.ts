import type { Identity } from "../auth/roles.ts";
import type { Upstream } from "./agent-dialer.ts";
import type { AgentTarget, OpenedSession } from "./session-control.ts";
import type { TunnelEnd, UpstreamHandover } from "./tunnel/tunnel.ts";

/**
 * The narrow ports a session link is driven through (session-driver.ts), so
 * a unit test can stand fakes in for the sockets and the control plane.
 */

/** A client's socket and its agent's, as the edge uses them (tunnel.ts's Tunnel). */
export interface SocketPair {
  /** Resolves once both sockets are gone, saying who ended the session. */
  readonly closed: Promise<TunnelEnd>;
  /** Whether the client is still there to relay to (not closing, not closed). */
  readonly relaying: boolean;
  readonly framesIn: number;
  readonly framesOut: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
  /** A control frame between two messages; false once the session is closing. */
  sendToClient(text: string): boolean;
  attachUpstream(conn: Deno.Conn, handover?: UpstreamHandover): void;
  /** Sends a 101 that waited for the first agent's extension answer (tunnel.ts). */
  acceptClient?(extensions: string | undefined): void;
  close(code: number, reason: string): Promise<TunnelEnd>;
}

/** The session control plane as the edge uses it (session-control.ts's SessionControl). */
export interface SessionPort {
  open(
    identity: Identity,
    request: { capability?: string; agentType?: string },
  ): Promise<OpenedSession>;
  resume(identity: Identity, sessionId: string, resumeToken: string): Promise<OpenedSession>;
  failover(
    sessionId: string,
    fromAgentId: string,
    reason: string,
    options?: { planned?: boolean },
  ): Promise<AgentTarget>;
  /** With `resumeToken`, only while the session still has it (no newer resume superseded it). */
  detach(sessionId: string, graceSeconds: number, resumeToken?: string): void;
  close(sessionId: string, reason: string, code?: number): void;
  /** Where to dial `agentId` while it may take new sessions. */
  eligibleTarget(agentId: string): AgentTarget | undefined;
  /** Where to pre-dial `agentId` for the upstream pool. */
  poolTarget(agentId: string): AgentTarget | undefined;
}

/** How the edge reaches an agent for a session (agent-dialer.ts's AgentDialer). */
export interface DialPort {
  /** `extensions`: the permessage-deflate offer for the agent, if any (tunnel/deflate.ts). */
  dial(sessionId: string, target: AgentTarget, extensions?: string): Promise<Upstream>;
}
