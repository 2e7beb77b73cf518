import type { DomainEvent, RoutingDecision } from "../../../events/mod.ts";
import { type Clock, systemClock, type Timer } from "../../clock/clock.ts";

/** An edge's routing pick that the log has not brought back yet. */
export interface Reservation {
  sessionId: string;
  agentId: string;
  /** The session's routing key (a capability, or `type:` and an agent type): what a failover routes by. */
  key: string;
  /** The decision the pick will record: it advances its strategy's state until the log does. */
  decision: RoutingDecision;
}

/** The picks pending under one strategy key, oldest first. */
export interface PendingPicks {
  readonly picks: readonly Reservation[];
  /** Changes whenever a pick leaves: until it does, `picks` only grows at the end. */
  readonly generation: number;
}

interface Held extends Reservation {
  readonly expiry: Timer;
}

/** How long a pick may wait for the log: past the command timeout and any sane feed lag. */
export const RESERVATION_TTL_MS = 30_000;

/**
 * The edge's picks ahead of the log, kept apart from the fleet view so the
 * view folds only what the log says. Routing reads the view with these on
 * top (reserved-view.ts), so concurrent opens on one edge see each other's
 * picks. A pick leaves when the log brings the session's routed or rebound
 * event for that agent (the view counts it from then on), when its command
 * is refused or fails, or after `ttlMs` as a backstop, so a lost reply or a
 * lost event cannot hold an agent's capacity forever. A session holds one
 * pick at most: a failover's pick replaces an open's that the log has not
 * brought yet.
 */
export class Reservations {
  readonly #held = new Map<string, Held>();
  readonly #perAgent = new Map<string, number>();
  readonly #byKey = new Map<string, { picks: Held[]; generation: number }>();
  #generations = 0;
  readonly #clock: Clock;
  readonly #ttlMs: number;

  constructor(options: { clock?: Clock; ttlMs?: number } = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#ttlMs = options.ttlMs ?? RESERVATION_TTL_MS;
  }

  /** Holds a pick at once (before any await), so the next decision on this edge counts it. */
  reserve(reservation: Reservation): void {
    this.#drop(reservation.sessionId);
    const held: Held = {
      ...reservation,
      expiry: this.#clock.setTimeout(() => this.#drop(reservation.sessionId, held), this.#ttlMs),
    };
    this.#held.set(held.sessionId, held);
    this.#count(held.agentId, +1);
    const key = strategyKey(held);
    const pending = this.#byKey.get(key);
    if (pending) pending.picks.push(held);
    else this.#byKey.set(key, { picks: [held], generation: ++this.#generations });
  }

  /** The command was refused or failed: the log will not record this pick (if it does, the view counts it). */
  cancel(sessionId: string, agentId: string): void {
    const held = this.#held.get(sessionId);
    if (held?.agentId === agentId) this.#drop(sessionId, held);
  }

  /** Follows the log, after the view applied `event`: the view now counts what it confirms. */
  settle(event: DomainEvent): void {
    switch (event.type) {
      case "session.routed":
      case "session.rebound": {
        const held = this.#held.get(event.data.sessionId);
        if (held?.agentId === event.data.agentId) this.#drop(held.sessionId, held);
        break;
      }
      case "session.closed":
        this.#drop(event.data.sessionId);
        break;
    }
  }

  /** Picks of `agentId` pending on this edge. */
  reserved(agentId: string): number {
    return this.#perAgent.get(agentId) ?? 0;
  }

  /** The session's pending pick, if any. */
  pick(sessionId: string): Reservation | undefined {
    return this.#held.get(sessionId);
  }

  /** The picks pending under a strategy key (a decision's capability, else the session's key). */
  pending(key: string): PendingPicks | undefined {
    return this.#byKey.get(key);
  }

  get size(): number {
    return this.#held.size;
  }

  #drop(sessionId: string, only?: Held): void {
    const held = this.#held.get(sessionId);
    if (!held || (only && held !== only)) return;
    held.expiry.cancel();
    this.#held.delete(sessionId);
    this.#count(held.agentId, -1);
    const key = strategyKey(held);
    const pending = this.#byKey.get(key)!;
    pending.picks.splice(pending.picks.indexOf(held), 1);
    if (pending.picks.length === 0) this.#byKey.delete(key);
    else pending.generation = ++this.#generations;
  }

  #count(agentId: string, delta: number): void {
    const n = (this.#perAgent.get(agentId) ?? 0) + delta;
    if (n === 0) this.#perAgent.delete(agentId);
    else this.#perAgent.set(agentId, n);
  }
}

/** Where the view keeps the deciding strategy's state: the same key its fold uses. */
function strategyKey(reservation: Reservation): string {
  return reservation.decision.capability ?? reservation.key;
}
