import type { Authenticator } from "../auth/authenticator.ts";
import type { Identity } from "../auth/roles.ts";
import type { ConfigView } from "../runtime/config-view.ts";
import type { Logger } from "../telemetry/log.ts";
import type { SwitchboardMetrics } from "../telemetry/metrics.ts";
import { closeAtTokenExpiry } from "./token-expiry.ts";
import { CloseCode, EdgeRefusal } from "./close-codes.ts";
import type { AgentTarget, SessionControl } from "./session-control.ts";
import { refusalOrInternal } from "./refusals.ts";
import { type AdmissionDeps, admitClient } from "./admission.ts";
import type { TrafficReporter } from "./traffic-reporter.ts";
import { type LiveSession, LiveSessions } from "./live-sessions.ts";
import type { Guard } from "../security/guard.ts";
import type { WsQuery } from "./ws-query.ts";
import { acceptUpgrade, refuseUpgrade } from "./tunnel/handshake.ts";
import type { ParsedHead } from "./tunnel/http-head.ts";
import { Tunnel, type TunnelEnd, type UpstreamLoss } from "./tunnel/tunnel.ts";
import type { UpstreamPool } from "./upstream-pool.ts";
import { AgentDialer, type Upstream } from "./agent-dialer.ts";

export interface EdgeOptions {
  sessions: SessionControl;
  auth: Authenticator;
  config: ConfigView;
  reporter: TrafficReporter;
  /** Address lists and connect rates; absent where a test does not need them. */
  guard?: Guard;
  metrics: SwitchboardMetrics;
  log?: Logger;
  /** Signs each dial so agents can refuse connections that did not come through an edge. */
  dialToken?: (sessionId: string, agentId: string) => Promise<string>;
  /** Bound on connect plus handshake to an agent. */
  dialTimeoutMs?: number;
  /** Agents tried for one open or failover before the client gets 4013. */
  maxDialAttempts?: number;
}

/**
 * The client-facing edge (CONTRACT.md, Client WebSocket): authenticates the
 * upgrade, opens or resumes the session through the session actor, dials the
 * chosen agent, and hands both sockets to a Tunnel, which relays bytes. The
 * control plane runs only at open, failover and close; frames never touch it.
 */
export class Edge {
  readonly #live: LiveSessions;
  readonly #dialer: AgentDialer;
  readonly #admission: AdmissionDeps;
  #accepting = true;

  constructor(private readonly options: EdgeOptions) {
    this.#live = new LiveSessions(options.metrics);
    this.#admission = { ...options, live: this.#live };
    this.#dialer = new AgentDialer({
      config: options.config,
      poolTarget: (agentId) => options.sessions.poolTarget(agentId),
      metrics: options.metrics,
      ...(options.dialToken ? { dialToken: options.dialToken } : {}),
      ...(options.dialTimeoutMs ? { dialTimeoutMs: options.dialTimeoutMs } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
  }

  /** Warm sockets to the agents this edge routes to (upstream-pool.ts). */
  get pool(): UpstreamPool {
    return this.#dialer.pool;
  }

  get sessionCount(): number {
    return this.#live.size;
  }

  /** Sessions this edge relays for `agentId`. */
  sessionsOn(agentId: string): string[] {
    return this.#live.all().filter((s) => s.agentId === agentId).map((s) => s.id);
  }

  /** The front door's hand-off: `conn` has sent a WebSocket upgrade for /ws. */
  readonly onWebSocket = async (
    head: ParsedHead,
    conn: Deno.Conn,
    leftover: Uint8Array,
    peer = "unknown",
  ): Promise<void> => {
    let query: WsQuery;
    let identity: Identity;
    try {
      if (!this.#accepting) {
        throw new EdgeRefusal(CloseCode.goingAway, "edge is shutting down; reconnect");
      }
      ({ query, identity } = await admitClient(this.#admission, head, peer));
    } catch (error) {
      const refusal = refusalOrInternal(error, this.options.log);
      this.options.metrics.sessionOpens.inc({ outcome: `refused_${refusal.closeCode}` });
      await refuseUpgrade(conn, head, refusal.closeCode, refusal.message, leftover);
      return;
    }
    if (!await acceptUpgrade(conn, head)) return;
    const limits = this.options.config.current().limits;
    // Frames the client sends before the agent is attached wait, bounded, in the tunnel.
    let session: LiveSession | undefined;
    // Frames per second are limited per connection (the session id is not known yet).
    const gate = this.options.guard?.frameGate(crypto.randomUUID());
    const tunnel = new Tunnel(conn, {
      maxFrameBytes: limits.frameMaxBytes,
      onUpstreamLost: (loss) => session && void this.#failover(session, loss),
      ...(gate ? { admitFrame: gate.admit } : {}),
    }, leftover);
    if (gate) void tunnel.closed.then(gate.release);
    this.#live.connection(tunnel);
    let clientLeft = false;
    void tunnel.closed.then(() => clientLeft = true);
    try {
      const opened = query.session
        ? await this.options.sessions.resume(identity, query.session, query.resume_token!)
        : await this.options.sessions.open(identity, {
          ...(query.capability ? { capability: query.capability } : {}),
          ...(query.agent_type ? { agentType: query.agent_type } : {}),
        });
      // Gone before it got a resume token (a new session) or its new one (a resume):
      // nothing to relay, and nobody could resume a new session.
      const leftEarly = () => {
        if (!clientLeft) return false;
        if (query.session) {
          this.options.sessions.detach(
            opened.sessionId,
            this.options.config.current().sessions.resumeGraceSeconds,
          );
        } else this.options.sessions.close(opened.sessionId, "client left before it opened");
        return true;
      };
      if (leftEarly()) return;
      session = {
        id: opened.sessionId,
        tunnel,
        agentId: opened.target.agentId,
        upstream: undefined,
        moving: false,
        transparent: query.control === "none",
        attachedVersion: opened.version,
      };
      const agent = await this.#dialWithFailover(session, opened.target);
      if (leftEarly()) return closeConn(agent.conn);
      if (!session.transparent) {
        tunnel.sendToClient(JSON.stringify({
          type: "session.opened",
          sessionId: session.id,
          resumeToken: opened.resumeToken,
          agentId: session.agentId,
        }));
      }
      if (!this.#accepting) {
        // Shutdown began while this open was in flight: hand it over like the others.
        closeConn(agent.conn);
        this.options.sessions.detach(session.id, this.#shutdownGraceSeconds);
        await tunnel.close(CloseCode.goingAway, "edge shutting down; reconnect and resume")
          .catch(() => {});
        return;
      }
      this.#attach(session, agent);
      this.options.metrics.sessionOpens.inc({ outcome: query.session ? "resumed" : "opened" });
    } catch (error) {
      const refusal = refusalOrInternal(error, this.options.log);
      this.options.metrics.sessionOpens.inc({ outcome: `refused_${refusal.closeCode}` });
      if (session && refusal.closeCode !== CloseCode.unknownSession) {
        this.options.sessions.close(session.id, refusal.message, refusal.closeCode);
      }
      await tunnel.close(refusal.closeCode, refusal.message).catch(() => {});
      return;
    }
    this.#track(session, identity.sub);
    closeAtTokenExpiry(session, identity.exp);
  };

  /** Dials the session's agent; an agent that cannot take it is ejected and the next one tried. */
  async #dialWithFailover(session: LiveSession, first: AgentTarget): Promise<Upstream> {
    let target = first;
    const attempts = this.options.maxDialAttempts ?? 3;
    for (let attempt = 1;; attempt++) {
      try {
        return await this.#dialer.dial(session.id, target);
      } catch (error) {
        const reason = `dial failed: ${error instanceof Error ? error.message : error}`;
        if (attempt >= attempts) {
          throw new EdgeRefusal(CloseCode.noAgent, `no agent could take the session (${reason})`);
        }
        target = await this.options.sessions.failover(session.id, target.agentId, reason);
        session.agentId = target.agentId;
      }
    }
  }

  #attach(session: LiveSession, agent: Upstream): void {
    session.upstream = agent.conn;
    session.tunnel.attachUpstream(agent.conn, agent.handover);
    // Ejected or draining while this open or move was dialling it: moveSessionsOff did not
    // see the session yet, so it moves now.
    if (!this.options.sessions.eligibleTarget(session.agentId)) {
      session.plannedMove = "agent left the fleet while the session was being opened";
      closeConn(agent.conn);
    }
  }

  /** The agent's socket failed: move the session, tell the client, carry on. */
  async #failover(session: LiveSession, loss: UpstreamLoss): Promise<void> {
    if (session.moving || !loss.replayable || session.superseded) return;
    session.moving = true;
    const started = performance.now();
    try {
      const planned = session.plannedMove;
      session.plannedMove = undefined;
      // A planned move (ejection, drain deadline) says why; the socket error it caused does not.
      const reason = planned ?? loss.reason;
      const target = await this.options.sessions.failover(
        session.id,
        session.agentId,
        reason,
        { planned: planned !== undefined || loss.stalePooledSocket === true },
      );
      session.agentId = target.agentId;
      const agent = await this.#dialWithFailover(session, target);
      const rebound = {
        type: "session.rebound",
        sessionId: session.id,
        agentId: session.agentId,
        reason,
        // The old agent's last message to the client was cut short and padded (cut-repair.ts).
        ...(loss.clientMessageTruncated ? { truncatedMessage: true } : {}),
      };
      const stillThere = session.transparent
        ? session.tunnel.relaying
        : session.tunnel.sendToClient(JSON.stringify(rebound));
      if (stillThere) this.#attach(session, agent);
      else agent.conn.close();
      this.options.metrics.failovers.inc({ outcome: "rebound" });
      this.options.log?.info("session rebound", {
        sessionId: session.id,
        agentId: session.agentId,
        ms: Math.round(performance.now() - started),
      });
    } catch (error) {
      const refusal = refusalOrInternal(error, this.options.log);
      this.options.metrics.failovers.inc({ outcome: "failed" });
      await session.tunnel.close(refusal.closeCode, refusal.message).catch(() => {});
    } finally {
      session.moving = false;
    }
  }

  /** Moves every session on `agentId` elsewhere (the agent was ejected, or drained past its deadline). */
  moveSessionsOff(agentId: string, reason = "agent ejected"): void {
    this.pool.forget(agentId);
    for (const session of this.#live.all()) {
      if (session.agentId !== agentId || session.moving) continue;
      session.plannedMove = reason;
      closeConn(session.upstream);
    }
  }

  /**
   * Lets go of a session resumed on another edge (its client reconnected there): the socket
   * here is closed without touching the session in the log, which the other edge owns now.
   */
  supersede(sessionId: string, version: number): void {
    const session = this.#live.get(sessionId);
    // A resume older than this connection's own (the feed lags) says nothing about it.
    if (session && version > session.attachedVersion) this.#letGo(session);
  }

  #letGo(session: LiveSession): void {
    session.superseded = true;
    void session.tunnel.close(CloseCode.normal, "session resumed on another connection")
      .catch(() => {});
  }

  /** Ends a session an operator closed elsewhere. */
  closeSession(sessionId: string, reason: string): void {
    void this.#live.get(sessionId)?.tunnel.close(CloseCode.normal, reason).catch(() => {});
  }

  #track(session: LiveSession, sub: string): void {
    const { reporter, sessions, config } = this.options;
    const previous = this.#live.add(session, sub);
    // Resumed here while its old connection still looked alive (a half-open socket):
    // the old one goes, and its end must not detach or close the session in the log.
    if (previous) this.#letGo(previous);
    const tunnel = session.tunnel;
    const read = () => ({
      framesIn: tunnel.framesIn,
      framesOut: tunnel.framesOut,
      bytesIn: tunnel.bytesIn,
      bytesOut: tunnel.bytesOut,
      errors: 0,
    });
    reporter.track(session.id, read);
    void tunnel.closed.then((end: TunnelEnd) => {
      this.#live.remove(session, sub);
      reporter.untrack(session.id, read);
      if (session.superseded) return;
      // A client-side end keeps the session resumable for the grace period (the
      // relay does not read close payloads, so a deliberate 1000 and a dropped
      // network look alike here); the expiry timer then closes it in the log.
      if (session.expired || end.by === "client" || end.by === "timeout") {
        sessions.detach(session.id, config.current().sessions.resumeGraceSeconds);
      } else if (!(end.by === "edge" && this.#detaching)) {
        sessions.close(session.id, `${end.by}: ${end.detail}`);
      }
    });
  }

  #detaching = false;
  #shutdownGraceSeconds = 0;

  /**
   * Graceful shutdown: stop accepting, tell every client to reconnect (1001),
   * and record each session as detached so it resumes on another edge.
   */
  shutdown(
    graceSeconds = this.options.config.current().sessions.resumeGraceSeconds,
  ): Promise<void> {
    // Once: main shuts the edge down before the demo agents, and the node's stop does it again.
    this.#shutdown ??= this.#shutDown(graceSeconds);
    return this.#shutdown;
  }

  #shutdown: Promise<void> | undefined;

  async #shutDown(graceSeconds: number): Promise<void> {
    this.#accepting = false;
    this.#detaching = true;
    this.#shutdownGraceSeconds = graceSeconds;
    this.pool.close();
    const live = this.#live.all();
    for (const session of live) this.options.sessions.detach(session.id, graceSeconds);
    await Promise.all(
      live.map((s) =>
        s.tunnel.close(CloseCode.goingAway, "edge shutting down; reconnect and resume").catch(
          () => {},
        )
      ),
    );
  }
}

function closeConn(conn: Deno.Conn | undefined): void {
  try {
    conn?.close();
  } catch { /* already closed */ }
}
