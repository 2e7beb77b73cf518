import { routingKey } from "../../actors/router/request.ts";
import type { Authenticator } from "../auth/authenticator.ts";
import { type Clock, systemClock } from "../clock/clock.ts";
import type { ConfigView } from "../runtime/config-view.ts";
import type { Guard } from "../security/guard.ts";
import type { Logger } from "../telemetry/log.ts";
import type { SwitchboardMetrics } from "../telemetry/metrics.ts";
import { type AdmissionDeps, admitClient } from "./admission.ts";
import { AgentDialer } from "./agent-dialer.ts";
import { CloseCode, EdgeRefusal } from "./close-codes.ts";
import type { DialPort, SessionPort, SocketPair } from "./link-ports.ts";
import type { EdgeMeter } from "./edge-meter.ts";
import { LiveSessions } from "./live-sessions.ts";
import { refusalOrInternal } from "./refusals.ts";
import { SessionDriver, type SessionRequest } from "./session-driver.ts";
import { SessionMeter } from "./session-meter.ts";
import type { TrafficReporter } from "./traffic-reporter.ts";
import { acceptUpgrade, refuseUpgrade } from "./tunnel/handshake.ts";
import type { ParsedHead } from "./tunnel/http-head.ts";
import { Tunnel } from "./tunnel/tunnel.ts";
import type { UpstreamPool } from "./upstream-pool.ts";

export interface EdgeOptions {
  sessions: SessionPort;
  auth: Authenticator;
  config: ConfigView;
  reporter: Pick<TrafficReporter, "track" | "untrack">;
  /** Address lists and connect rates; absent where a test does not need them. */
  guard?: Guard;
  metrics: SwitchboardMetrics;
  /** The edge's measurements (edge-meter.ts), batched to the log by the figures reporter. */
  meter?: EdgeMeter;
  /** A session's routing key (capability), for a resume's measurements: the fleet view knows. */
  sessionKey?: (sessionId: string) => string | undefined;
  log?: Logger;
  /** Signs each dial so agents can refuse connections that did not come through an edge. */
  dialToken?: (sessionId: string, agentId: string) => Promise<string>;
  /** Bound on connect plus handshake to an agent. */
  dialTimeoutMs?: number;
  /** Agents tried for one open or failover before the client gets 4013. */
  maxDialAttempts?: number;
  /** Token expiry timers run on it. */
  clock?: Clock;
  /** How agents are reached; an AgentDialer with its upstream pool unless a test gives one. */
  dialer?: DialPort & { readonly pool: UpstreamPool };
}

/**
 * The client-facing edge (CONTRACT.md, Client WebSocket): admits the
 * upgrade, hands both sockets to a Tunnel, which relays bytes, and each
 * connection's session to a SessionDriver (session-link.ts says what it
 * does). The control plane runs only at open, failover and close; frames
 * never touch it. Fleet news and shutdown reach every live session here.
 */
export class Edge {
  readonly #live: LiveSessions<SessionDriver>;
  /** Every connection past its upgrade, relayed or still opening: shutdown tells them all. */
  readonly #links = new Set<SessionDriver>();
  readonly #dialer: DialPort & { readonly pool: UpstreamPool };
  readonly #admission: AdmissionDeps;
  #shutdown: { graceSeconds: number; done: Promise<void> } | undefined;

  constructor(private readonly options: EdgeOptions) {
    this.#live = new LiveSessions(options.metrics);
    this.#admission = { ...options, live: this.#live };
    this.#dialer = options.dialer ?? new AgentDialer({
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
    let request: SessionRequest;
    try {
      if (this.#shutdown) {
        throw new EdgeRefusal(CloseCode.goingAway, "edge is shutting down; reconnect");
      }
      request = await admitClient(this.#admission, head, peer);
    } catch (error) {
      const refusal = refusalOrInternal(error, this.options.log);
      this.options.metrics.sessionOpens.inc({ outcome: `refused_${refusal.closeCode}` });
      this.options.meter?.refusedAtUpgrade(refusal.closeCode);
      await refuseUpgrade(conn, head, refusal.closeCode, refusal.message, leftover);
      return;
    }
    if (!await acceptUpgrade(conn, head)) return;
    const link: { driver?: SessionDriver } = {};
    // Frames per second are limited per connection (the session id is not known yet).
    const gate = this.options.guard?.frameGate(crypto.randomUUID());
    const meter = this.#sessionMeter(request);
    // Frames the client sends before the agent is attached wait, bounded, in the tunnel.
    const tunnel = new Tunnel(conn, {
      maxFrameBytes: this.options.config.current().limits.frameMaxBytes,
      onUpstreamLost: (loss) => link.driver?.lost(loss),
      ...(gate ? { admitFrame: gate.admit } : {}),
      ...(meter ? { meter } : {}),
    }, leftover);
    if (gate) void tunnel.closed.then(gate.release);
    link.driver = this.relay(tunnel, request, meter);
  };

  /** A connection's meter, counting into its capability's group ("" if unknown). */
  #sessionMeter(request: SessionRequest): SessionMeter | undefined {
    const { meter, sessionKey } = this.options;
    if (!meter) return undefined;
    const { capability, agent_type: agentType, session } = request.query;
    const key = session ? sessionKey?.(session) ?? "" : routingKey(capability, agentType);
    return new SessionMeter(meter, key);
  }

  /** Opens (or resumes) the session of a connection past its upgrade, and relays it. */
  relay(
    socket: SocketPair,
    request: SessionRequest,
    meter = this.#sessionMeter(request),
  ): SessionDriver {
    const { options } = this;
    const sub = request.identity.sub;
    const read = () => ({
      framesIn: socket.framesIn,
      framesOut: socket.framesOut,
      bytesIn: socket.bytesIn,
      bytesOut: socket.bytesOut,
      errors: 0,
    });
    const link = new SessionDriver(socket, request, {
      sessions: options.sessions,
      dialer: this.#dialer,
      metrics: options.metrics,
      clock: options.clock ?? systemClock,
      resumeGraceSeconds: () => options.config.current().sessions.resumeGraceSeconds,
      maxDialAttempts: options.maxDialAttempts ?? 3,
      ...(options.log ? { log: options.log } : {}),
      ...(meter ? { meter } : {}),
      track: (link) => {
        // Resumed here while its old connection still looked alive (a half-open socket):
        // the old one goes, and its end must not detach or close the session in the log.
        this.#live.add(link, sub)?.feed({ type: "taken over" });
        options.reporter.track(link.id, read);
      },
      untrack: (link) => {
        this.#live.remove(link, sub);
        options.reporter.untrack(link.id, read);
      },
    });
    this.#live.connection(socket.closed);
    this.#links.add(link);
    void socket.closed.then(() => this.#links.delete(link));
    link.start();
    // Shutdown began while this connection was being admitted: it is handed over once opened.
    if (this.#shutdown) link.feed({ type: "shutdown", graceSeconds: this.#shutdown.graceSeconds });
    return link;
  }

  /** Moves every session on `agentId` elsewhere (the agent was ejected, or drained past its deadline). */
  moveSessionsOff(agentId: string, reason = "agent ejected"): void {
    this.pool.forget(agentId);
    for (const link of this.#live.all()) link.feed({ type: "agent leaving", agentId, reason });
  }

  /**
   * Lets go of a session resumed on another edge (its client reconnected there): the socket
   * here is closed without touching the session in the log, which the other edge owns now.
   */
  supersede(sessionId: string, version: number): void {
    this.#live.get(sessionId)?.feed({ type: "resumed elsewhere", version });
  }

  /** Ends a session an operator closed elsewhere. */
  closeSession(sessionId: string, reason: string): void {
    this.#live.get(sessionId)?.feed({ type: "closed elsewhere", reason });
  }

  /**
   * Graceful shutdown: stop accepting, tell every client to reconnect (1001),
   * and record each session as detached so it resumes on another edge.
   */
  shutdown(
    graceSeconds = this.options.config.current().sessions.resumeGraceSeconds,
  ): Promise<void> {
    // Once: main shuts the edge down before the demo agents, and the node's stop does it again.
    if (this.#shutdown) return this.#shutdown.done;
    this.pool.close();
    const live = this.#live.all();
    const done = Promise.all(live.map((link) => link.socket.closed.catch(() => {})))
      .then(() => {});
    this.#shutdown = { graceSeconds, done };
    for (const link of [...this.#links]) link.feed({ type: "shutdown", graceSeconds });
    return done;
  }
}
