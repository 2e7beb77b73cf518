import type { SessionCommandClient } from "../runtime/commands/clients.ts";

/** A session's running totals, kept by the relay as plain numbers (the hot path only adds). */
export interface TrafficCounters {
  framesIn: number;
  framesOut: number;
  bytesIn: number;
  bytesOut: number;
  errors: number;
}

interface Tracked {
  read: () => TrafficCounters;
  reported: TrafficCounters;
}

const zero = (): TrafficCounters => ({
  framesIn: 0,
  framesOut: 0,
  bytesIn: 0,
  bytesOut: 0,
  errors: 0,
});

/**
 * Traffic reaches the log as periodic batched events, never per frame: one
 * timer per edge walks the live sessions and sends each one's deltas since
 * its last report as a single `reportTraffic` command. Idle sessions send
 * nothing.
 */
export class TrafficReporter {
  readonly #sessions = new Map<string, Tracked>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #last = performance.now();

  constructor(
    private readonly sessions: SessionCommandClient,
    private readonly edgeId: string,
    private readonly intervalMs = 10_000,
  ) {}

  start(): void {
    this.#timer ??= setInterval(() => this.flush(), this.intervalMs);
    Deno.unrefTimer(this.#timer);
  }

  track(sessionId: string, read: () => TrafficCounters): void {
    // A resume on a new connection replaces the old one: report what the old one relayed first.
    this.untrack(sessionId);
    this.#sessions.set(sessionId, { read, reported: zero() });
  }

  /**
   * Stops tracking, after a last report of what was not reported yet. With
   * `read`, only if the session is still tracked with that reader (the
   * connection ending is still the session's current one).
   */
  untrack(sessionId: string, read?: () => TrafficCounters): void {
    const tracked = this.#sessions.get(sessionId);
    if (!tracked || (read && tracked.read !== read)) return;
    this.#report(sessionId, tracked, performance.now() - this.#last);
    this.#sessions.delete(sessionId);
  }

  flush(): void {
    const now = performance.now();
    const intervalMs = now - this.#last;
    this.#last = now;
    for (const [sessionId, tracked] of this.#sessions) this.#report(sessionId, tracked, intervalMs);
  }

  #report(sessionId: string, tracked: Tracked, intervalMs: number): void {
    const now = tracked.read();
    const delta = {
      framesIn: now.framesIn - tracked.reported.framesIn,
      framesOut: now.framesOut - tracked.reported.framesOut,
      bytesIn: now.bytesIn - tracked.reported.bytesIn,
      bytesOut: now.bytesOut - tracked.reported.bytesOut,
      errors: now.errors - tracked.reported.errors,
    };
    if (delta.framesIn + delta.framesOut + delta.errors === 0) return;
    tracked.reported = { ...now };
    // Lost reports are lost counts, not lost sessions: a debug line, not a warning.
    void this.sessions.reportTraffic(
      sessionId,
      { ...delta, intervalMs: Math.round(intervalMs), edgeId: this.edgeId },
      { wait: false, quiet: true },
    );
  }

  stop(): void {
    clearInterval(this.#timer);
    this.flush();
  }
}
