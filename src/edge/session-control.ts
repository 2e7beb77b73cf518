import type { HealthThresholds } from "../../actors/agent/commands.ts";
import { routeWithLadder } from "../../actors/router/route.ts";
import { type RouteResult, routingKey } from "../../actors/router/request.ts";
import type { Identity } from "../auth/roles.ts";
import { randomToken, sha256Hex } from "../auth/digest.ts";
import { type Clock, systemClock } from "../clock/clock.ts";
import { type AgentTarget, AgentTargets } from "./agent-targets.ts";
import { AvailabilityGate } from "./availability-gate.ts";
import { CommandRejectedError } from "../runtime/dispatch.ts";
import type { CommandClients } from "../runtime/commands/clients.ts";
import type { RejectionCode } from "../runtime/commands/rejections.ts";
import type { LiveFeed } from "../runtime/live-feed.ts";
import { CloseCode, EdgeRefusal } from "./close-codes.ts";
import { refusalOf } from "./refusals.ts";

export type { AgentTarget };

export interface SessionControlDeps {
  /** Session commands, and the agent's for reporting a failed socket. */
  commands: Pick<CommandClients, "sessions" | "agents">;
  /** The fleet view to read, the reservations to hold picks in, and the two read as one. */
  fleet: Pick<LiveFeed, "view" | "reservations" | "routing" | "catchUp">;
  edgeId: string;
  thresholds: () => HealthThresholds;
  /** The time events are stamped with, and the resume grace's timer. */
  clock?: Clock;
  /** Told of every routing decision: strategy and outcome (for the metrics). */
  onDecision?: (strategy: string, outcome: "routed" | "busy") => void;
  /** The resume grace now (runtime config); 30 s when not given. */
  resumeGraceSeconds?: () => number;
  /**
   * Why sessions cannot be recorded now (a dependency known down), or
   * undefined: opens are then refused at once with 1013 rather than left to
   * wait for a command that cannot complete.
   */
  unavailable?: () => string | undefined;
  /** A new session id (runtime/owned-ids.ts: one this node's actor host owns); a UUID if absent. */
  newSessionId?: () => string;
}

export interface OpenedSession {
  sessionId: string;
  resumeToken: string;
  target: AgentTarget;
  /** The session stream's version once this edge holds it: later events are news to it. */
  version: number;
}

/**
 * The control plane of client sessions on one edge: open (route + record),
 * fail over, resume, detach, close. Routing is decided here, from this
 * node's fleet view, with no query; the pick is reserved at once (so
 * concurrent opens see each other's picks) and recorded through the session
 * actor, which is the authority: the log's event confirms the reservation,
 * a refusal or failure cancels it.
 */
export class SessionControl {
  readonly #targets: AgentTargets;
  readonly #gate: AvailabilityGate;

  constructor(private readonly deps: SessionControlDeps) {
    this.#targets = new AgentTargets(() => deps.fleet.view);
    this.#gate = new AvailabilityGate(deps.unavailable, deps.clock ?? systemClock);
  }

  private principal(identity: Identity) {
    return { principal: { sub: identity.sub, roles: identity.roles } };
  }

  targetOf(agentId: string): AgentTarget {
    return this.#targets.targetOf(agentId);
  }

  poolTarget(agentId: string): AgentTarget | undefined {
    return this.#targets.poolTarget(agentId);
  }

  eligibleTarget(agentId: string): AgentTarget | undefined {
    return this.#targets.eligibleTarget(agentId);
  }

  /** Routes on the view plus this edge's pending picks, and reserves the pick before returning. */
  private decide(
    request: Parameters<typeof routeWithLadder>[1],
  ): Extract<RouteResult, { outcome: "routed" }> {
    const result = routeWithLadder(this.deps.fleet.routing, request);
    const policy = this.deps.fleet.view.policy(request.capability);
    this.deps.onDecision?.(
      result.outcome === "routed" ? result.decision.strategy : policy.strategy,
      result.outcome === "routed" ? "routed" : "busy",
    );
    if (result.outcome === "routed") {
      this.deps.fleet.reservations.reserve({
        sessionId: request.sessionId,
        agentId: result.agentId,
        key: routingKey(request.capability, request.agentType),
        decision: result.decision,
      });
      return result;
    }
    const what = request.capability
      ? `capability '${request.capability}'`
      : `agent type '${request.agentType}'`;
    const reason = result.outcome === "busy"
      ? `no agent available for ${what}; retry after ${result.retryAfterSeconds}s`
      : `no agent available for ${what}`;
    throw new EdgeRefusal(CloseCode.noAgent, reason);
  }

  /** How the edge waits for a session command: as the client's principal, at most 10 s. */
  private waiting(identity?: Identity) {
    return { timeoutMs: 10_000, ...(identity ? { metadata: this.principal(identity) } : {}) };
  }

  /** How the edge sends what no client waits for; failures are logged, not thrown. */
  private posted(
    /** Rejections that are no news (logged as warnings otherwise). */
    expectedRejections: readonly RejectionCode[] = ["session_closed"],
  ) {
    return { wait: false as const, timeoutMs: 10_000, expectedRejections };
  }

  async open(
    identity: Identity,
    request: { capability?: string; agentType?: string; excluded?: string[] },
  ): Promise<OpenedSession> {
    const { capability, agentType } = request;
    this.#gate.check();
    if (capability && identity.capabilities && !identity.capabilities.includes(capability)) {
      throw new EdgeRefusal(CloseCode.forbidden, `token does not allow capability '${capability}'`);
    }
    const sessionId = this.deps.newSessionId?.() ?? crypto.randomUUID();
    const resumeToken = randomToken();
    const resumeTokenHash = await sha256Hex(resumeToken);
    // Decide and reserve with no await before: concurrent opens must see each other's picks.
    const routed = this.decide({
      sessionId,
      clientId: identity.sub,
      ...(capability ? { capability } : {}),
      ...(agentType ? { agentType } : {}),
      ...(request.excluded?.length ? { excludedAgentIds: request.excluded } : {}),
    });
    const opened = {
      clientId: identity.sub,
      ...(capability ? { capability } : {}),
      ...(agentType ? { agentType } : {}),
      metadata: {},
      resumeTokenHash,
      edgeId: this.deps.edgeId,
    };
    let version: number;
    try {
      ({ version } = await this.#gate.race(this.deps.commands.sessions.open(sessionId, {
        ...opened,
        route: { agentId: routed.agentId, decision: routed.decision },
      }, this.waiting(identity))));
    } catch (error) {
      this.deps.fleet.reservations.cancel(sessionId, routed.agentId);
      // No answer is not "no": the open may still be applied (a redelivery, a slow host).
      // A close behind it, in the same actor's order, keeps it from staying open forever.
      if (!(error instanceof CommandRejectedError)) {
        void this.deps.commands.sessions.close(sessionId, {
          reason: "open did not complete",
          edgeId: this.deps.edgeId,
        }, this.posted(["session_closed", "session_not_found"]));
      }
      throw this.#gate.refusalOf(error);
    }
    return { sessionId, resumeToken, target: this.targetOf(routed.agentId), version };
  }

  /**
   * Moves a session off a failed agent: ejects the agent (so no one else
   * routes to it), routes again without it and records the rebind.
   */
  async failover(
    sessionId: string,
    fromAgentId: string,
    reason: string,
    options: { planned?: boolean } = {},
  ): Promise<AgentTarget> {
    // A planned move (drain deadline, ejection already recorded) is no news about the agent.
    if (!options.planned) this.reportFailure(fromAgentId, reason);
    const routed = this.decide({
      sessionId,
      failover: true,
      excludedAgentIds: [fromAgentId],
      ...this.keyOf(sessionId),
    });
    const data = {
      agentId: routed.agentId,
      reason,
      decision: routed.decision,
      fromAgentId,
      edgeId: this.deps.edgeId,
    };
    try {
      await this.deps.commands.sessions.rebind(sessionId, data, this.waiting());
    } catch (error) {
      this.deps.fleet.reservations.cancel(sessionId, routed.agentId);
      throw refusalOf(error);
    }
    return this.targetOf(routed.agentId);
  }

  /** The routing request fields a session was opened with, from the view or this edge's pick. */
  private keyOf(sessionId: string): { capability?: string; agentType?: string } {
    const key = this.deps.fleet.view.session(sessionId)?.key ??
      this.deps.fleet.reservations.pick(sessionId)?.key;
    if (!key) return {};
    return key.startsWith("type:") ? { agentType: key.slice(5) } : { capability: key };
  }

  /** A reconnecting client: back to its agent while healthy, else to another, with a fresh token. */
  async resume(
    identity: Identity,
    sessionId: string,
    presentedToken: string,
  ): Promise<OpenedSession> {
    this.#gate.check();
    const resumeToken = randomToken();
    // Another edge may have opened it moments ago: make sure the view has it before judging.
    if (!this.deps.fleet.view.session(sessionId)) await this.deps.fleet.catchUp();
    const known = this.deps.fleet.view.session(sessionId);
    if (!known?.agentId) throw new EdgeRefusal(CloseCode.unknownSession, "unknown session");
    const agent = this.deps.fleet.view.agent(known.agentId);
    const healthy = agent !== undefined && agent.health === "healthy" && !agent.draining &&
      !agent.deregistered;
    const routed = healthy ? undefined : this.decide({
      sessionId,
      failover: true,
      excludedAgentIds: [known.agentId],
      ...this.keyOf(sessionId),
    });
    // The agent judged unavailable goes along: a retry may find the session moved already.
    const rebind = routed && {
      agentId: routed.agentId,
      fromAgentId: known.agentId,
      reason: "agent unavailable on resume",
      decision: routed.decision,
    };
    const target = routed?.agentId ?? known.agentId;
    let version: number;
    try {
      ({ version } = await this.#gate.race(this.deps.commands.sessions.resume(sessionId, {
        edgeId: this.deps.edgeId,
        resumeTokenHash: await sha256Hex(presentedToken),
        nextResumeTokenHash: await sha256Hex(resumeToken),
        agentHealthy: healthy,
        ...(rebind ? { rebind } : {}),
      }, this.waiting(identity))));
    } catch (error) {
      if (rebind) this.deps.fleet.reservations.cancel(sessionId, rebind.agentId);
      // Applied late, the resume would leave the session active here with no socket (and a
      // token the client never got): a detach behind it lets it expire after the grace, unless
      // a retry resumed it since (the detach names this attempt's token).
      if (!(error instanceof CommandRejectedError)) {
        this.detach(sessionId, this.deps.resumeGraceSeconds?.() ?? 30, resumeToken);
      }
      throw this.#gate.refusalOf(error);
    }
    return { sessionId, resumeToken, target: this.targetOf(target), version };
  }

  /**
   * The client dropped without a close: keep the session resumable for `graceSeconds`.
   * With the token this connection handed out, a connection a newer resume superseded
   * detaches nothing.
   */
  detach(sessionId: string, graceSeconds: number, resumeToken?: string): void {
    const { sessions } = this.deps.commands;
    const data = {
      edgeId: this.deps.edgeId,
      graceSeconds,
      ...(resumeToken === undefined ? {} : { resumeTokenHash: sha256Hex(resumeToken) }),
    };
    void sessions.detach(sessionId, data, this.posted());
    // Unreferenced (the clock port's timers are): a node stops without waiting out the grace,
    // and the session expiry sweep sends the expire this timer no longer will.
    (this.deps.clock ?? systemClock).setTimeout(
      () => void sessions.expire(sessionId, {}, this.posted()),
      graceSeconds * 1000 + 250,
    );
  }

  close(sessionId: string, reason: string, code?: number): void {
    void this.deps.commands.sessions.close(sessionId, {
      reason,
      ...(code ? { code } : {}),
      edgeId: this.deps.edgeId,
    }, this.posted());
  }

  /** Tells the agent actor its socket failed: it is ejected at once (CONTRACT.md, Agents). */
  reportFailure(agentId: string, reason: string): void {
    void this.deps.commands.agents.reportFailure(
      agentId,
      { reason, thresholds: this.deps.thresholds() },
      { wait: false },
    );
  }
}
