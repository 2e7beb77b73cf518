import type { Identity } from "../auth/roles.ts";
import type { Clock, Timer } from "../clock/clock.ts";
import type { Logger } from "../telemetry/log.ts";
import type { SwitchboardMetrics } from "../telemetry/metrics.ts";
import type { Upstream } from "./agent-dialer.ts";
import type { DialPort, SessionPort, SocketPair } from "./link-ports.ts";
import { refusalOrInternal } from "./refusals.ts";
import type { LinkMeter } from "./session-meter.ts";
import {
  type LinkEffect,
  type LinkInput,
  type LinkState,
  opening,
  transition,
} from "./session-link.ts";
import { armTokenExpiry } from "./token-expiry.ts";
import type { UpstreamLoss } from "./tunnel/tunnel.ts";
import type { WsQuery } from "./ws-query.ts";

export interface SessionDriverDeps {
  sessions: SessionPort;
  dialer: DialPort;
  metrics: Pick<SwitchboardMetrics, "sessionOpens" | "failovers">;
  clock: Clock;
  /** The resume grace now (runtime config). */
  resumeGraceSeconds: () => number;
  /** Agents tried for one open or failover before the client gets 4013. */
  maxDialAttempts: number;
  log?: Logger;
  /** Sees every input and effect: the edge's measurements (session-meter.ts). */
  meter?: LinkMeter;
  /** The session is relayed: it joins the edge's live sessions. */
  track(driver: SessionDriver): void;
  /** Its socket pair is gone: it leaves them. */
  untrack(driver: SessionDriver): void;
}

/** Who connected, and what for (the /ws query). */
export interface SessionRequest {
  identity: Identity;
  query: WsQuery;
}

/**
 * Drives one client connection's session link (session-link.ts): feeds the
 * machine what the sockets, the control plane, the fleet and the clock say,
 * and performs the effects it returns. Holds the only things the pure
 * machine cannot: the sockets and the timers.
 */
export class SessionDriver {
  #state: LinkState;
  readonly #queue: LinkInput[] = [];
  #busy = false;
  /** The agent socket of the last dial, until it is attached or discarded. */
  #dialled: Upstream | undefined;
  #upstream: Deno.Conn | undefined;
  #expiry: Timer | undefined;
  #moveStarted = 0;
  #sessionId = "";

  constructor(
    readonly socket: SocketPair,
    private readonly request: SessionRequest,
    private readonly deps: SessionDriverDeps,
  ) {
    this.#state = opening(request.query.session !== undefined, request.query.control === "none");
  }

  get state(): LinkState {
    return this.#state;
  }

  /** The session's id once it is opened ("" before); kept after the link ends. */
  get id(): string {
    return this.#sessionId;
  }

  /** The agent the session is relayed to (or being dialled), if any. */
  get agentId(): string | undefined {
    return "link" in this.#state ? this.#state.link?.agentId : undefined;
  }

  get traffic(): SocketPair {
    return this.socket;
  }

  /** Opens (or resumes) the session and follows the socket pair to its end. */
  start(): this {
    void this.socket.closed.then((end) =>
      this.feed({ type: "ended", by: end.by, detail: end.detail })
    );
    const { identity, query } = this.request;
    this.#ask(
      query.session
        ? this.deps.sessions.resume(identity, query.session, query.resume_token ?? "")
        : this.deps.sessions.open(identity, {
          ...(query.capability ? { capability: query.capability } : {}),
          ...(query.agent_type ? { agentType: query.agent_type } : {}),
        }),
      (opened) => ({
        type: "opened",
        sessionId: opened.sessionId,
        resumeToken: opened.resumeToken,
        target: opened.target,
        version: opened.version,
      }),
    );
    return this;
  }

  /** The tunnel's agent socket failed (its onUpstreamLost). */
  lost(loss: UpstreamLoss): void {
    this.feed({ type: "agent lost", ...loss });
  }

  /** One input; inputs that arrive while effects run wait their turn. */
  feed(input: LinkInput): void {
    this.#queue.push(input);
    if (this.#busy) return;
    this.#busy = true;
    try {
      for (let next = this.#queue.shift(); next; next = this.#queue.shift()) {
        this.deps.meter?.input(next);
        const before = this.#state.kind;
        const step = transition(this.#state, next, { maxDialAttempts: this.deps.maxDialAttempts });
        this.#state = step.state;
        if ("link" in step.state && step.state.link) this.#sessionId = step.state.link.sessionId;
        if (before === "relaying" && step.state.kind === "moving") {
          this.#moveStarted = performance.now();
        }
        for (const effect of step.effects) this.#performSafely(effect);
      }
    } finally {
      this.#busy = false;
    }
  }

  #performSafely(effect: LinkEffect): void {
    try {
      this.#perform(effect);
      this.deps.meter?.effect(effect, this.agentId);
    } catch (error) {
      this.deps.log?.warn("session effect failed", { effect: effect.type, error });
    }
  }

  #perform(effect: LinkEffect): void {
    const sessions = this.deps.sessions;
    const socket = this.socket;
    switch (effect.type) {
      case "dial": {
        const agentId = effect.target.agentId;
        this.deps.dialer.dial(effect.sessionId, effect.target).then((upstream) => {
          this.#dialled = upstream;
          this.feed({ type: "dialled", eligible: sessions.eligibleTarget(agentId) !== undefined });
        }, (error) => {
          const reason = error instanceof Error ? error.message : String(error);
          this.feed({ type: "dial failed", reason });
        });
        return;
      }
      case "reroute":
        return this.#ask(
          sessions.failover(effect.sessionId, effect.from, effect.reason, {
            planned: effect.planned === true,
          }),
          (target) => ({ type: "rerouted", target }),
        );
      case "send":
        socket.sendToClient(JSON.stringify(effect.frame));
        return;
      case "attach":
        return this.#attach();
      case "rebind": {
        const stillThere = effect.frame
          ? socket.sendToClient(JSON.stringify(effect.frame))
          : socket.relaying;
        return stillThere ? this.#attach() : this.#discard();
      }
      case "discard":
        return this.#discard();
      case "cut":
        return closeConn(this.#upstream);
      case "close client":
        void socket.close(effect.code, effect.reason).catch(() => {});
        return;
      case "detach":
        return sessions.detach(
          effect.sessionId,
          effect.graceSeconds ?? this.deps.resumeGraceSeconds(),
          effect.resumeToken,
        );
      case "close session":
        return effect.code === undefined
          ? sessions.close(effect.sessionId, effect.reason)
          : sessions.close(effect.sessionId, effect.reason, effect.code);
      case "count":
        return this.#count(effect.metric, effect.outcome);
      case "track":
        this.deps.track(this);
        this.#expiry = armTokenExpiry(
          this.deps.clock,
          this.request.identity.exp,
          () => this.feed({ type: "token expired" }),
        );
        return;
      case "untrack":
        this.#expiry?.cancel();
        return this.deps.untrack(this);
    }
  }

  /** A control-plane call whose answer (or refusal) is the next input. */
  #ask<T>(call: Promise<T>, answer: (value: T) => LinkInput): void {
    call.then((value) => this.feed(answer(value)), (error) => {
      const refusal = refusalOrInternal(error, this.deps.log);
      this.feed({ type: "refused", code: refusal.closeCode, message: refusal.message });
    });
  }

  #attach(): void {
    const agent = this.#dialled;
    this.#dialled = undefined;
    if (!agent) return;
    this.#upstream = agent.conn;
    this.socket.attachUpstream(agent.conn, agent.handover);
  }

  #discard(): void {
    closeConn(this.#dialled?.conn);
    this.#dialled = undefined;
  }

  #count(metric: "opens" | "failovers", outcome: string): void {
    if (metric === "opens") return this.deps.metrics.sessionOpens.inc({ outcome });
    this.deps.metrics.failovers.inc({ outcome });
    if (outcome === "rebound") {
      this.deps.log?.info("session rebound", {
        sessionId: this.id,
        agentId: this.agentId,
        ms: Math.round(performance.now() - this.#moveStarted),
      });
    }
  }
}

function closeConn(conn: Deno.Conn | undefined): void {
  try {
    conn?.close();
  } catch { /* already closed */ }
}
