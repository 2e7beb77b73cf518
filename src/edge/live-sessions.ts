import type { SwitchboardMetrics } from "../telemetry/metrics.ts";

/** A relayed session's running totals (its socket pair's). */
export interface Traffic {
  readonly framesIn: number;
  readonly framesOut: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
}

/** One relayed client session on this edge. */
export interface LiveSession {
  readonly id: string;
  readonly agentId: string | undefined;
  readonly traffic: Traffic;
}

/**
 * The sessions an edge relays right now, counted per identity (for the
 * per-identity cap) and as client connections, and read by the metrics at
 * scrape time: frames and bytes of open sessions come from their sockets.
 */
export class LiveSessions<S extends LiveSession = LiveSession> {
  readonly #sessions = new Map<string, S>();
  readonly #perIdentity = new Map<string, number>();
  /** Client connections past the upgrade, relaying or still opening. */
  #connections = 0;

  constructor(
    private readonly metrics: Pick<
      SwitchboardMetrics,
      "connections" | "frames" | "bytes" | "sessions"
    >,
  ) {
    metrics.connections.collect(() => this.#connections);
    const sum = (read: (t: Traffic) => number) => () => {
      let n = 0;
      for (const s of this.#sessions.values()) n += read(s.traffic);
      return n;
    };
    metrics.frames.collect(sum((t) => t.framesIn), { direction: "in" });
    metrics.frames.collect(sum((t) => t.framesOut), { direction: "out" });
    metrics.bytes.collect(sum((t) => t.bytesIn), { direction: "in" });
    metrics.bytes.collect(sum((t) => t.bytesOut), { direction: "out" });
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** Client connections past the upgrade, relaying or still opening. */
  get connections(): number {
    return this.#connections;
  }

  of(identity: string): number {
    return this.#perIdentity.get(identity) ?? 0;
  }

  get(sessionId: string): S | undefined {
    return this.#sessions.get(sessionId);
  }

  all(): S[] {
    return [...this.#sessions.values()];
  }

  /** Counts a client connection until it is `closed`. */
  connection(closed: Promise<unknown>): void {
    this.#connections++;
    void closed.then(() => this.#connections--);
  }

  /** Adds a session; returns the one it replaces (the same id on an older connection), if any. */
  add(session: S, identity: string): S | undefined {
    const previous = this.#sessions.get(session.id);
    this.#sessions.set(session.id, session);
    this.#perIdentity.set(identity, this.of(identity) + 1);
    this.metrics.sessions.set(this.#sessions.size);
    return previous !== session ? previous : undefined;
  }

  /** Forgets an ended session; its totals move to the closed-session counters. */
  remove(session: S, identity: string): void {
    // Only this connection's entry: a resume may have put a newer one under the same id.
    if (this.#sessions.get(session.id) === session) this.#sessions.delete(session.id);
    const left = this.of(identity) - 1;
    if (left > 0) this.#perIdentity.set(identity, left);
    else this.#perIdentity.delete(identity);
    const { metrics } = this;
    const t = session.traffic;
    metrics.sessions.set(this.#sessions.size);
    metrics.frames.inc({ direction: "in" }, t.framesIn);
    metrics.frames.inc({ direction: "out" }, t.framesOut);
    metrics.bytes.inc({ direction: "in" }, t.bytesIn);
    metrics.bytes.inc({ direction: "out" }, t.bytesOut);
  }
}
