import type { SwitchboardMetrics } from "../telemetry/metrics.ts";
import type { Tunnel } from "./tunnel/tunnel.ts";

/** One relayed client session on this edge. */
export interface LiveSession {
  readonly id: string;
  readonly tunnel: Tunnel;
  /** Set when the session ends because the client's token expired: it stays resumable. */
  expired?: boolean;
  agentId: string;
  upstream: Deno.Conn | undefined;
  /** Set while a failover is running, so a second loss waits for it. */
  moving: boolean;
  /** Why the edge itself cut the agent's socket (a planned move), if it did. */
  plannedMove?: string;
  /** The client resumed on another connection: this one ends without a word to the log. */
  superseded?: boolean;
  /** `control=none`: the client gets no control frames, only what the agents send. */
  transparent: boolean;
  /** The session stream's version when this connection took the session (open or resume). */
  attachedVersion: number;
}

/**
 * The sessions an edge relays right now, counted per identity (for the
 * per-identity cap) and as client connections, and read by the metrics at
 * scrape time: frames and bytes of open sessions come from their tunnels.
 */
export class LiveSessions {
  readonly #sessions = new Map<string, LiveSession>();
  readonly #perIdentity = new Map<string, number>();
  /** Client connections past the upgrade, relaying or still opening. */
  #connections = 0;

  constructor(private readonly metrics: SwitchboardMetrics) {
    metrics.connections.collect(() => this.#connections);
    const sum = (read: (t: Tunnel) => number) => () => {
      let n = 0;
      for (const s of this.#sessions.values()) n += read(s.tunnel);
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

  of(identity: string): number {
    return this.#perIdentity.get(identity) ?? 0;
  }

  get(sessionId: string): LiveSession | undefined {
    return this.#sessions.get(sessionId);
  }

  all(): LiveSession[] {
    return [...this.#sessions.values()];
  }

  /** Counts a client connection until its tunnel closes. */
  connection(tunnel: Tunnel): void {
    this.#connections++;
    void tunnel.closed.then(() => this.#connections--);
  }

  /** Adds a session; returns the one it replaces (the same id on an older connection), if any. */
  add(session: LiveSession, identity: string): LiveSession | undefined {
    const previous = this.#sessions.get(session.id);
    this.#sessions.set(session.id, session);
    this.#perIdentity.set(identity, this.of(identity) + 1);
    this.metrics.sessions.set(this.#sessions.size);
    return previous !== session ? previous : undefined;
  }

  /** Forgets an ended session; its tunnel's totals move to the closed-session counters. */
  remove(session: LiveSession, identity: string): void {
    // Only this connection's entry: a resume may have put a newer one under the same id.
    if (this.#sessions.get(session.id) === session) this.#sessions.delete(session.id);
    const left = this.of(identity) - 1;
    if (left > 0) this.#perIdentity.set(identity, left);
    else this.#perIdentity.delete(identity);
    const { metrics } = this;
    const t = session.tunnel;
    metrics.sessions.set(this.#sessions.size);
    metrics.frames.inc({ direction: "in" }, t.framesIn);
    metrics.frames.inc({ direction: "out" }, t.framesOut);
    metrics.bytes.inc({ direction: "in" }, t.bytesIn);
    metrics.bytes.inc({ direction: "out" }, t.bytesOut);
  }
}
