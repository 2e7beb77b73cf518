import { type AgentState, agentStatus } from "../../../actors/agent/mod.ts";
import { type MetricSample, selectSeries } from "../../../actors/alert/mod.ts";
import type { AlertMetric, Labels } from "../../../events/alert.ts";
import type { ReadonlyFleetView } from "../fleet/fleet-view.ts";

export type { MetricSample };

/** Where the evaluator reads a metric's series (one per label set) at this moment. */
export interface MetricSource {
  sample(metric: AlertMetric, selector?: Record<string, string>): Promise<MetricSample[]>;
}

/** A metric this source cannot give (no measured figures wired): the rule is skipped, not resolved. */
export class MetricUnavailableError extends Error {
  constructor(readonly metric: AlertMetric, reason: string) {
    super(`metric ${metric} is unavailable: ${reason}`);
    this.name = "MetricUnavailableError";
  }
}

// --- Provided by projections/load (the measure helper's `recentFigures`, `figureSeries`). ---
// Declared here so alerting builds before that lands; the node binds the real functions.

/** Measured figures of one scope over a window. */
export interface Figures {
  opened: number;
  refused: number;
  failovers: number;
  errored: number;
  errorRate: number;
  relayP50Ms: number | null;
  relayP99Ms: number | null;
  responseP50Ms: number | null;
  responseP99Ms: number | null;
  failoversPerSecond: number;
  openRefusalsPerSecond: number;
}

export interface RecentFigures {
  fleet: Figures;
  byAgent: Record<string, Figures>;
  byCapability: Record<string, Figures>;
}

/** `recentFigures(set, options)` with its table set bound. */
export type RecentFiguresFn = (
  options: { windowSeconds: number; at?: string },
) => Promise<RecentFigures>;

/** `figureSeries(set, options)` with its table set bound: one entry per bucket. */
export type FigureSeriesFn = (
  options: { from: string; to: string; resolution: 10 | 60 },
) => Promise<Array<{ at: string } & RecentFigures>>;

// ---

/** Which figure each measured metric reads; null figures (no traffic) give no series. */
export const MEASURED: Partial<Record<AlertMetric, (f: Figures) => number | null>> = {
  error_rate: (f) => f.errorRate,
  relay_p99_ms: (f) => f.relayP99Ms,
  response_p99_ms: (f) => f.responseP99Ms,
  failovers_per_s: (f) => f.failoversPerSecond,
  open_refusals_per_s: (f) => f.openRefusalsPerSecond,
};

export const FLEET_VIEW_METRICS: readonly AlertMetric[] = [
  "unhealthy_agents",
  "agent_unhealthy",
  "sessions",
  "sessions_per_agent",
  "projection_lag_ms",
];

/**
 * A measured metric's series from one set of figures. The selector picks
 * the scope: `agentId` → that agent's series (`*`: one per agent),
 * `capability` → likewise per capability, neither → the fleet's one series
 * (labels `{}`).
 */
export function measuredSeries(
  metric: AlertMetric,
  figures: RecentFigures,
  selector: Labels | undefined,
): MetricSample[] {
  const read = MEASURED[metric];
  if (!read) return [];
  const pick = <T>(all: Record<string, T>, key: string, wanted: string | undefined) =>
    wanted !== undefined && wanted !== "*"
      ? (Object.hasOwn(all, wanted) ? [[{ [key]: wanted }, all[wanted]!] as [Labels, T]] : [])
      : Object.entries(all).map(([k, f]) => [{ [key]: k }, f] as [Labels, T]);
  const entries: [Labels, Figures][] = selector?.agentId !== undefined
    ? pick(figures.byAgent, "agentId", selector.agentId)
    : selector?.capability !== undefined
    ? pick(figures.byCapability, "capability", selector.capability)
    : [[{}, figures.fleet]];
  const samples: MetricSample[] = [];
  for (const [labels, f] of entries) {
    const value = read(f);
    if (value !== null && Number.isFinite(value)) samples.push({ labels, value });
  }
  return selectSeries(samples, selector);
}

/**
 * `agent_unhealthy` per health: suspect (heartbeats missed past the TTL) is
 * half way, so `> 0` fires as soon as an agent falls silent and `>= 1` only
 * once it is ejected.
 */
export const UNHEALTHY_VALUE = { healthy: 0, suspect: 0.5, unhealthy: 1 } as const;

/**
 * An agent's labels on its series: the same object each round while the
 * agent keeps its name (frozen: samples share it), so the evaluator's
 * fingerprint memo hits.
 */
const labelCache = new Map<string, Labels>();
function agentLabels(agentId: string, name: string | undefined): Labels {
  const cached = labelCache.get(agentId);
  if (cached && cached.agent === name) return cached;
  const labels: Labels = name ? { agentId, agent: name } : { agentId };
  Object.freeze(labels);
  if (labelCache.size > 100_000) labelCache.clear();
  labelCache.set(agentId, labels);
  return labels;
}

/** `unhealthy_agents` and `agent_unhealthy` from agent states (the live view's, or a dry run's fold). */
export function healthSeries(
  metric: "unhealthy_agents" | "agent_unhealthy",
  states: Iterable<AgentState>,
): MetricSample[] {
  const agents = [...states].filter((a) => a.agentId && a.registered && !a.deregistered);
  if (metric === "unhealthy_agents") {
    return [{ labels: {}, value: agents.filter((a) => agentStatus(a) === "unhealthy").length }];
  }
  return agents.map((a) => ({
    labels: agentLabels(a.agentId!, a.spec?.name),
    value: UNHEALTHY_VALUE[a.health],
  }));
}

/** Fleet-view metrics: read from the node's in-memory view of the log, no query. */
export function fleetSeries(
  metric: AlertMetric,
  view: ReadonlyFleetView,
  projectionLagMs: () => Record<string, number>,
): MetricSample[] {
  const agents = view.agents().filter((a) => a.agentId && a.registered && !a.deregistered);
  switch (metric) {
    case "unhealthy_agents":
    case "agent_unhealthy":
      return healthSeries(metric, agents);
    case "sessions":
      return [{
        labels: {},
        value: agents.reduce((sum, a) => sum + view.liveSessions(a.agentId!), 0),
      }];
    case "sessions_per_agent":
      return agents.map((a) => ({
        labels: agentLabels(a.agentId!, a.spec?.name),
        value: view.liveSessions(a.agentId!),
      }));
    case "projection_lag_ms":
      return Object.entries(projectionLagMs()).map(([projection, value]) => ({
        labels: { projection },
        value,
      }));
    default:
      return [];
  }
}

export interface AlertMetricSourceOptions {
  view: ReadonlyFleetView;
  /** Per projection: how long (ms) it has been behind this node's view of the log. */
  projectionLagMs: () => Record<string, number>;
  /** The measure helper's `recentFigures`, bound to the load tables; absent: measured metrics are unavailable. */
  recentFigures?: RecentFiguresFn;
  /** Window of the measured figures (default 60 s). */
  windowSeconds?: number;
}

/**
 * The node's metric source: fleet-view metrics from memory, measured ones
 * from the load projection, fetched once per evaluation round at most
 * (`recentFigures` is memoised for a second, so 500 rules cost one query).
 */
export function alertMetricSource(options: AlertMetricSourceOptions): MetricSource {
  let memo: { at: number; figures: Promise<RecentFigures> } | undefined;
  const figures = (): Promise<RecentFigures> => {
    const now = Date.now();
    if (!memo || now - memo.at > 1_000) {
      memo = {
        at: now,
        figures: options.recentFigures!({ windowSeconds: options.windowSeconds ?? 60 }),
      };
      memo.figures.catch(() => (memo = undefined));
    }
    return memo.figures;
  };
  return {
    async sample(metric, selector) {
      if (FLEET_VIEW_METRICS.includes(metric)) {
        return selectSeries(fleetSeries(metric, options.view, options.projectionLagMs), selector);
      }
      if (!options.recentFigures) {
        throw new MetricUnavailableError(metric, "no measured figures on this node");
      }
      return measuredSeries(metric, await figures(), selector);
    },
  };
}
