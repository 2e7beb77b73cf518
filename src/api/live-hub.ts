import type { ReadModels } from "../../projections/read-models.ts";
import type { Logger } from "../telemetry/log.ts";

/** What the hub needs of the node's live feed: every event as it is read from the log. */
export interface LiveEvents {
  listen(listener: (event: { type: string; position: number }) => void): void;
}

/** What changed, for the views to re-read only what they show. */
export type ChangeKind = "agents" | "sessions" | "routing" | "config" | "alerts" | "log";

/** One sample of the fleet's running figures, for the charts the series do not cover. */
export interface Sample {
  at: string;
  sessions: number;
  connections: number;
  opened: number;
  frames: number;
  bytes: number;
}

export type Send = (event: string, data: unknown) => void;

const HISTORY_SECONDS = 24 * 3600;

export function kindOf(type: string): ChangeKind {
  if (type.startsWith("agent.")) return "agents";
  if (type.startsWith("session.")) return "sessions";
  if (type.startsWith("routing.")) return "routing";
  if (type.startsWith("config.")) return "config";
  if (type.startsWith("alert") || type.startsWith("notification") || type.startsWith("silence")) {
    return "alerts";
  }
  return "log";
}

/**
 * The one live feed every browser shares (GET /api/v1/stream). The node's
 * live feed marks what changed; once a tick the hub reads the summary and
 * the registry once, for all subscribers alike, and pushes them with the
 * kinds that changed, so a view re-reads only when its data moved. A kind
 * stays marked until the read models have reached the event that marked it
 * (they fold the log a little after the live feed does).
 */
export class LiveHub {
  readonly #subscribers = new Set<Send>();
  readonly #dirty = new Map<ChangeKind, number>();
  readonly #history: Sample[] = [];
  #timer: ReturnType<typeof setInterval> | undefined;
  #ticks = 0;
  #last: unknown;
  #running: Promise<void> | undefined;
  #agents: unknown[] | undefined;

  constructor(
    private readonly deps: {
      models: ReadModels;
      events: LiveEvents;
      intervalMs?: number;
      /** Every this many ticks the figures go out even when nothing changed. */
      idleTicks?: number;
      log?: Logger;
    },
  ) {
    deps.events.listen((event) => {
      const kind = kindOf(event.type);
      this.#dirty.set(kind, Math.max(this.#dirty.get(kind) ?? 0, event.position));
      this.#dirty.set("log", Math.max(this.#dirty.get("log") ?? 0, event.position));
    });
  }

  start(): void {
    this.#timer ??= setInterval(() => void this.tick(), this.deps.intervalMs ?? 1_000);
  }

  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    for (const send of this.#subscribers) send("bye", {});
    this.#subscribers.clear();
  }

  /** Adds a browser: it gets the latest figures and the history at once. */
  subscribe(send: Send): () => void {
    this.#subscribers.add(send);
    send("history", { items: this.history() });
    if (this.#last) send("fleet", this.#last);
    else void this.tick();
    return () => this.#subscribers.delete(send);
  }

  get subscribers(): number {
    return this.#subscribers.size;
  }

  /** The last 24 h of samples: every one of the last hour, one a minute before that. */
  history(): Sample[] {
    const hourAgo = Date.now() - 3600_000;
    let lastMinute = "";
    return this.#history.filter((s) => {
      if (Date.parse(s.at) >= hourAgo) return true;
      const minute = s.at.slice(0, 16);
      if (minute === lastMinute) return false;
      lastMinute = minute;
      return true;
    });
  }

  /** One round: read once, push to everyone. A call during a round waits for that round. */
  tick(): Promise<void> {
    this.#running ??= this.#round().finally(() => this.#running = undefined);
    return this.#running;
  }

  async #round(): Promise<void> {
    try {
      this.#ticks++;
      const idle = this.#ticks % (this.deps.idleTicks ?? 5) === 0;
      if (this.#dirty.size === 0 && !idle && this.#last) return;
      const summary = await this.deps.models.metricsSummary();
      const reached = Math.min(...Object.values(summary.positions), Number.MAX_SAFE_INTEGER);
      const changed: ChangeKind[] = [];
      for (const [kind, position] of this.#dirty) {
        changed.push(kind);
        if (position <= reached) this.#dirty.delete(kind);
      }
      // The registry goes out when it moved (or on idle rounds); browsers keep the last one.
      const withAgents = idle || changed.includes("agents") || this.#agents === undefined;
      if (withAgents) this.#agents = (await this.deps.models.listAgents({ limit: 1_000 })).items;
      this.#record(summary);
      const payload = {
        at: new Date().toISOString(),
        position: reached,
        changed,
        summary,
        sample: this.#history.at(-1),
      };
      this.#last = { ...payload, agents: this.#agents };
      for (const send of this.#subscribers) {
        send("fleet", withAgents ? this.#last : payload);
      }
    } catch (error) {
      this.deps.log?.warn("live hub could not read the read models", { error });
    }
  }

  #record(summary: Awaited<ReturnType<ReadModels["metricsSummary"]>>): void {
    const now = Date.now();
    const last = this.#history.at(-1);
    // One sample per 5 s is plenty for charts; ticks in between only refresh the views.
    if (last && now - Date.parse(last.at) < 4_500) return;
    this.#history.push({
      at: new Date(now).toISOString(),
      sessions: summary.sessions.live,
      connections: summary.connections,
      opened: summary.totals["events.session.opened"] ?? 0,
      frames: summary.totals["traffic.frames"] ?? 0,
      bytes: summary.totals["traffic.bytes"] ?? 0,
    });
    const cutoff = now - HISTORY_SECONDS * 1000;
    while (this.#history.length > 0 && Date.parse(this.#history[0]!.at) < cutoff) {
      this.#history.shift();
    }
  }
}
