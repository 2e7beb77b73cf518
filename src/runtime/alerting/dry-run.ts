import { agentActor, type AgentState } from "../../../actors/agent/mod.ts";
import { type FiringInterval, simulateRule, type TimelineStep } from "../../../actors/alert/mod.ts";
import type { AlertMetric, AlertRule, DomainEvent, RecordedEvent } from "../../../events/mod.ts";
import type { EventStore } from "../../store/event-store.ts";
import { type FigureSeriesFn, healthSeries, MEASURED, measuredSeries } from "./metric-source.ts";

/** Metrics a dry run can replay: agent health from the log, measured figures from the load series. */
export const DRY_RUN_METRICS: readonly AlertMetric[] = [
  "agent_unhealthy",
  "unhealthy_agents",
  ...(Object.keys(MEASURED) as AlertMetric[]),
];

/** A dry run asked of a metric it cannot replay, or of figures this node does not have. */
export class DryRunUnsupportedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DryRunUnsupportedError";
  }
}

export interface DryRunRequest {
  rule: AlertRule;
  from: string;
  to: string;
  /** Time between evaluations (the live evaluation interval). */
  stepSeconds: number;
}

export interface DryRunResult {
  from: string;
  to: string;
  stepSeconds: number;
  /** Where the figures came from. */
  source: "agent-events" | "load-series";
  evaluations: number;
  intervals: FiringInterval[];
}

/** The agent events that move health (heartbeats only move it through `healthChanged`). */
const HEALTH_EVENTS = [
  "agent.registered",
  "agent.updated",
  "agent.healthChanged",
  "agent.drained",
  "agent.undrained",
  "agent.maintenanceChanged",
  "agent.deregistered",
];

/** Most evaluations one dry run makes: a wider window gets a longer step. */
const MAX_STEPS = 20_000;

/**
 * `POST /alert-rules/dry-run`: when a rule (not stored) would have fired and
 * resolved over a window. Agent health comes from the agent events in the
 * log (folded with the agent actor's own `evolve`); measured metrics from the
 * load projection's series (`figureSeries`, measure's). Each step is decided
 * by the alert actor's own decider (simulateRule).
 */
export async function dryRun(
  request: DryRunRequest,
  deps: { store: EventStore; figureSeries?: FigureSeriesFn },
): Promise<DryRunResult> {
  const { rule } = request;
  const fromMs = Date.parse(request.from);
  const toMs = Date.parse(request.to);
  if (!DRY_RUN_METRICS.includes(rule.metric)) {
    throw new DryRunUnsupportedError(
      `rule.metric: a dry run replays ${DRY_RUN_METRICS.join(", ")}; not ${rule.metric}`,
    );
  }
  if (rule.metric === "agent_unhealthy" || rule.metric === "unhealthy_agents") {
    const stepSeconds = Math.max(request.stepSeconds, (toMs - fromMs) / 1000 / MAX_STEPS);
    const events = await healthEvents(deps.store, toMs);
    const metric = rule.metric;
    const steps = healthTimeline(
      events,
      fromMs,
      toMs,
      stepSeconds,
      (agents) => healthSeries(metric, agents),
    );
    return finish(request, "agent-events", stepSeconds, rule, steps);
  }
  if (!deps.figureSeries) {
    throw new DryRunUnsupportedError(
      `rule.metric: ${rule.metric} has no stored series on this node (measured figures not wired)`,
    );
  }
  const resolution = toMs - fromMs > 6 * 3600_000 ? 60 : 10;
  const series = await deps.figureSeries({ from: request.from, to: request.to, resolution });
  const steps = series.map((entry) => ({
    at: new Date(Date.parse(entry.at) + resolution * 1000).toISOString(), // a bucket is known at its end
    samples: measuredSeries(rule.metric, entry, rule.selector),
  }));
  return finish(request, "load-series", resolution, rule, steps);
}

function finish(
  request: DryRunRequest,
  source: DryRunResult["source"],
  stepSeconds: number,
  rule: AlertRule,
  steps: TimelineStep[],
): DryRunResult {
  return {
    from: request.from,
    to: request.to,
    stepSeconds,
    source,
    evaluations: steps.length,
    intervals: simulateRule(rule, steps),
  };
}

async function healthEvents(store: EventStore, toMs: number): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: 5_000, types: HEALTH_EVENTS });
    for (const e of page) {
      if (Date.parse((e.data as { at: string }).at) > toMs) return events;
      events.push(e);
    }
    if (page.length < 5_000) return events;
    after = page.at(-1)!.position;
  }
}

/**
 * The agents' states at each step, folded from the events up to that step's
 * time. Each health change is a step of its own too: a blip shorter than the
 * step is still seen, as it was when the evaluator's round fell inside it.
 */
export function healthTimeline(
  events: readonly RecordedEvent[],
  fromMs: number,
  toMs: number,
  stepSeconds: number,
  sample: (agents: Iterable<AgentState>) => TimelineStep["samples"],
): TimelineStep[] {
  const atOf = (e: RecordedEvent) => Date.parse((e.data as { at: string }).at);
  const times = new Set<number>();
  for (let t = fromMs; t <= toMs; t += stepSeconds * 1000) times.add(t);
  for (const e of events) if (atOf(e) >= fromMs && atOf(e) <= toMs) times.add(atOf(e));
  const agents = new Map<string, AgentState>();
  const steps: TimelineStep[] = [];
  let next = 0;
  for (const t of [...times].sort((a, b) => a - b)) {
    while (next < events.length && atOf(events[next]!) <= t) {
      const event = events[next++]!;
      const { agentId } = event.data as { agentId: string };
      const before = agents.get(agentId) ?? agentActor.initialState;
      agents.set(agentId, agentActor.evolve(before, event as DomainEvent));
    }
    steps.push({ at: new Date(t).toISOString(), samples: sample(agents.values()) });
  }
  return steps;
}
