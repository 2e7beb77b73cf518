import type { EdgeFigureGroup } from "../../events/mod.ts";
import { latencyUpperBound } from "../../projections/load/latency.ts";
import type { EdgeCommandClient } from "../runtime/commands/clients.ts";
import type { SwitchboardMetrics } from "../telemetry/metrics.ts";
import type { EdgeMeter } from "./edge-meter.ts";

type FigureMetrics = Pick<
  SwitchboardMetrics,
  | "edgeOpens"
  | "edgeFailovers"
  | "erroredSessions"
  | "agentSocketErrors"
  | "clientCloses"
  | "relayLatency"
  | "responseLatency"
>;

/** What a refusal's close code says, in a word (CONTRACT.md, close codes). */
export function refusalClass(code: string): string {
  switch (code) {
    case "4001":
      return "unauthorized";
    case "4003":
      return "forbidden";
    case "4004":
      return "unknown_session";
    case "4008":
      return "rate_limited";
    case "4013":
      return "no_agent";
    case "4400":
      return "bad_request";
    case "1001":
      return "shutting_down";
    case "1013":
      return "unavailable";
    default:
      return "internal";
  }
}

/**
 * The edge's measurements reach the log as one `reportFigures` command per
 * interval (never per frame or per open, like the traffic reporter), and
 * Prometheus at the same moment. An idle edge sends nothing.
 */
export class FiguresReporter {
  #timer: ReturnType<typeof setInterval> | undefined;
  #last = performance.now();

  constructor(
    private readonly meter: EdgeMeter,
    private readonly edges: Pick<EdgeCommandClient, "reportFigures">,
    private readonly edgeId: string,
    private readonly metrics: FigureMetrics,
    private readonly intervalMs = 10_000,
  ) {}

  start(): void {
    this.#timer ??= setInterval(() => this.flush(), this.intervalMs);
    Deno.unrefTimer(this.#timer);
  }

  /** Sends what was measured since the last flush; resolves once the log has it (or refused it). */
  flush(): Promise<void> {
    const now = performance.now();
    const intervalMs = Math.round(now - this.#last);
    this.#last = now;
    const groups = this.meter.take();
    if (groups.length === 0) return Promise.resolve();
    for (const group of groups) this.#export(group);
    // Lost reports are lost counts, not lost sessions: a debug line, not a warning.
    return this.edges.reportFigures(this.edgeId, { intervalMs, groups })
      .then(() => {}, () => {});
  }

  stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    return this.flush();
  }

  #export(g: EdgeFigureGroup): void {
    const m = this.metrics;
    const labels = { capability: g.capability, agent: g.agentId ?? "" };
    if (g.opened) m.edgeOpens.inc({ ...labels, outcome: "opened" }, g.opened);
    if (g.resumed) m.edgeOpens.inc({ ...labels, outcome: "resumed" }, g.resumed);
    for (const [code, n] of Object.entries(g.refused)) {
      m.edgeOpens.inc({ ...labels, outcome: "refused", code, class: refusalClass(code) }, n);
    }
    for (const [reason, n] of Object.entries(g.failovers)) {
      m.edgeFailovers.inc({ ...labels, reason }, n);
    }
    if (g.failoverFailed) m.edgeFailovers.inc({ ...labels, reason: "failed" }, g.failoverFailed);
    if (g.errored) m.erroredSessions.inc(labels, g.errored);
    if (g.agentErrors) m.agentSocketErrors.inc({ agent: labels.agent }, g.agentErrors);
    for (const [code, n] of Object.entries(g.clientCloses)) m.clientCloses.inc({ code }, n);
    for (const [bin, n] of Object.entries(g.relay)) {
      m.relayLatency.observe(latencyUpperBound(Number(bin)) / 1000, labels, n);
    }
    for (const [bin, n] of Object.entries(g.response)) {
      m.responseLatency.observe(latencyUpperBound(Number(bin)) / 1000, labels, n);
    }
  }
}
