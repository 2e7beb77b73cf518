import type {
  DomainEvent,
  EventData,
  RoutingDecision,
  RoutingPolicy,
} from "../../../events/mod.ts";
import { agentActor, type AgentState } from "../../../actors/agent/mod.ts";
import { routingKey } from "../../../actors/router/request.ts";
import { defaultPolicy, routerActor, type RouterState } from "../../../actors/router/mod.ts";
import { defaultStrategies, type StrategyRegistry } from "../../../actors/strategies/registry.ts";
import type { PolicyView } from "../../../actors/router/route.ts";

/** What the view remembers of a session: enough to count it against its agent. */
export interface SessionEntry {
  key: string;
  agentId?: string;
  /** The client is gone for now: the agent holds no socket for it, so it does not count. */
  detached?: boolean;
  /** When a detached session may be expired (its resume grace ends). */
  graceUntil?: string;
  /** The edge holding the client's socket while attached; its last one while detached. */
  edgeId?: string;
}

/** The whole view as plain, key-sorted data: what "equal to a replay" is checked against. */
export interface FleetSnapshot {
  agents: Record<string, AgentState>;
  liveSessions: Record<string, number>;
  sessions: Record<string, SessionEntry>;
  strategyState: Record<string, Record<string, unknown>>;
  routers: Record<string, RouterState>;
}

/**
 * The fleet view as everything but the live feed holds it: read, never
 * written. The router, the edge, the sweeps and the API see the log's fold
 * through this; only the live feed applies events.
 */
export interface ReadonlyFleetView extends PolicyView {
  /** The strategies whose state the view advances (the registry `route` must use). */
  readonly strategies: StrategyRegistry;
  agent(agentId: string): AgentState | undefined;
  session(sessionId: string): SessionEntry | undefined;
  attachedSessions(): [sessionId: string, edgeId: string][];
  expiredSessions(now: string): string[];
  policyCapabilities(): string[];
  snapshot(): FleetSnapshot;
}

const sorted = <V>(map: Map<string, V>): Record<string, V> =>
  Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * The fleet as the router reads it, in memory and fed only by the log's events:
 * every agent's state (folded with the agent actor's own `evolve`, so the
 * two cannot disagree), live sessions per agent counted from
 * session.routed/rebound/closed across all edges, routing policies, and the
 * state of stateful strategies advanced by each recorded decision. Applying
 * the log from the start gives exactly this view, so a routing decision needs
 * no database query and a replay decides the same. Mutable for speed: a
 * 1,000-agent fleet takes thousands of events a second. An edge's picks
 * the log has not brought back yet are not here: they are reservations
 * (reservations.ts), read on top of this view when routing.
 */
export class FleetView implements ReadonlyFleetView {
  readonly #agents = new Map<string, AgentState>();
  /** Agent ids in id order; changes only when a new id registers. */
  readonly #order: string[] = [];
  #agentList: AgentState[] | undefined;
  readonly #live = new Map<string, number>();
  readonly #sessions = new Map<string, SessionEntry>();
  readonly #strategyState = new Map<string, Map<string, unknown>>();
  readonly #routers = new Map<string, RouterState>();

  /** Pass the registry `route` uses: a plugged-in strategy's state only advances if the view knows it. */
  constructor(readonly strategies: StrategyRegistry = defaultStrategies) {}

  static from(events: Iterable<DomainEvent>, strategies?: StrategyRegistry): FleetView {
    const view = new FleetView(strategies);
    for (const event of events) view.apply(event);
    return view;
  }

  apply(event: DomainEvent): this {
    switch (event.type) {
      case "agent.registered":
      case "agent.updated":
      case "agent.heartbeatReceived":
      case "agent.healthChanged":
      case "agent.drained":
      case "agent.deregistered":
      case "agent.weightChanged":
      case "agent.undrained":
      case "agent.maintenanceChanged":
        this.#applyAgent(event.data.agentId, event);
        break;
      case "session.opened":
        this.#sessions.set(event.data.sessionId, {
          key: routingKey(event.data.capability, event.data.agentType),
          edgeId: event.data.edgeId,
        });
        break;
      case "session.routed":
        this.#bind(event.data.sessionId, event.data.agentId, event.data.decision);
        break;
      case "session.rebound":
        this.#bind(event.data.sessionId, event.data.agentId, event.data.decision);
        break;
      case "session.closed":
        this.#close(event.data);
        break;
      case "session.detached":
        this.#attach(event.data.sessionId, false, event.data.graceUntil);
        break;
      case "session.resumed": {
        this.#attach(event.data.sessionId, true);
        // Also a takeover: attached on one edge, resumed on another.
        const session = this.#sessions.get(event.data.sessionId);
        if (session && session.edgeId !== event.data.edgeId) {
          this.#sessions.set(event.data.sessionId, { ...session, edgeId: event.data.edgeId });
        }
        break;
      }
      case "routing.policyChanged": {
        const router = this.#routers.get(event.data.capability) ?? routerActor.initialState;
        this.#routers.set(event.data.capability, routerActor.evolve(router, event));
        break;
      }
    }
    return this;
  }

  #applyAgent(agentId: string, event: DomainEvent): void {
    const before = this.#agents.get(agentId);
    if (before === undefined) {
      const at = this.#order.findIndex((id) => id > agentId);
      this.#order.splice(at === -1 ? this.#order.length : at, 0, agentId);
    }
    this.#agents.set(agentId, agentActor.evolve(before ?? agentActor.initialState, event));
    this.#agentList = undefined;
  }

  #bind(sessionId: string, agentId: string, decision: RoutingDecision): void {
    const session = this.#sessions.get(sessionId) ??
      { key: routingKey(decision.capability, undefined) };
    // The session actor refuses a move to the agent it is on; a log that has one moves nothing.
    if (session.agentId === agentId) return;
    if (!session.detached) {
      if (session.agentId !== undefined) this.#count(session.agentId, -1);
      this.#count(agentId, +1);
    }
    this.#sessions.set(sessionId, { ...session, agentId });
    this.#observe(decision.capability ?? session.key, agentId, decision);
  }

  #close({ sessionId }: EventData<"session.closed">): void {
    const session = this.#sessions.get(sessionId);
    if (session?.agentId !== undefined && !session.detached) this.#count(session.agentId, -1);
    this.#sessions.delete(sessionId);
  }

  /** A detached session stops counting against its agent; a resumed one counts again. */
  #attach(sessionId: string, attached: boolean, graceUntil?: string): void {
    const session = this.#sessions.get(sessionId);
    if (!session || !session.detached === attached) return;
    if (session.agentId !== undefined) this.#count(session.agentId, attached ? +1 : -1);
    this.#sessions.set(
      sessionId,
      attached
        ? {
          key: session.key,
          agentId: session.agentId!,
          ...(session.edgeId ? { edgeId: session.edgeId } : {}),
        }
        : { ...session, detached: true, ...(graceUntil ? { graceUntil } : {}) },
    );
  }

  #count(agentId: string, delta: number): void {
    const n = Math.max(0, (this.#live.get(agentId) ?? 0) + delta);
    if (n === 0) this.#live.delete(agentId);
    else this.#live.set(agentId, n);
  }

  /** Advances the deciding strategy's state from the recorded decision alone. */
  #observe(key: string, agentId: string, decision: RoutingDecision): void {
    const strategy = this.strategies.get(decision.strategy);
    if (!strategy) return;
    const states = this.#strategyState.get(key) ?? new Map<string, unknown>();
    const before = states.has(strategy.name) ? states.get(strategy.name) : strategy.initialState;
    const after = strategy.observe(before, agentId, decision);
    if (after === before) return; // stateless strategies leave no trace
    states.set(strategy.name, after);
    this.#strategyState.set(key, states);
  }

  agents(): readonly AgentState[] {
    return this.#agentList ??= this.#order.map((id) => this.#agents.get(id)!);
  }

  agent(agentId: string): AgentState | undefined {
    return this.#agents.get(agentId);
  }

  liveSessions(agentId: string): number {
    return this.#live.get(agentId) ?? 0;
  }

  session(sessionId: string): SessionEntry | undefined {
    return this.#sessions.get(sessionId);
  }

  /** Attached sessions with the edge holding each: who must detach them if that edge is gone. */
  attachedSessions(): [sessionId: string, edgeId: string][] {
    const found: [string, string][] = [];
    for (const [id, s] of this.#sessions) {
      if (!s.detached && s.edgeId !== undefined) found.push([id, s.edgeId]);
    }
    return found;
  }

  /** Detached sessions whose grace ended before `now` (ISO time). */
  expiredSessions(now: string): string[] {
    const due: string[] = [];
    for (const [id, s] of this.#sessions) {
      if (s.detached && s.graceUntil !== undefined && s.graceUntil < now) due.push(id);
    }
    return due;
  }

  /** A strategy's state under a routing key; undefined until it decided there (route then uses its initial state). */
  strategyState(key: string, name: string): unknown {
    return this.#strategyState.get(key)?.get(name);
  }

  /** Capabilities whose policy was ever set. */
  policyCapabilities(): string[] {
    return [...this.#routers.keys()];
  }

  policy(capability: string | undefined): RoutingPolicy {
    return (capability === undefined ? undefined : this.#routers.get(capability)?.policy) ??
      defaultPolicy;
  }

  snapshot(): FleetSnapshot {
    return {
      agents: sorted(this.#agents),
      liveSessions: sorted(this.#live),
      sessions: sorted(this.#sessions),
      strategyState: sorted(
        new Map([...this.#strategyState].map(([key, states]) => [key, sorted(states)])),
      ),
      routers: sorted(this.#routers),
    };
  }
}
