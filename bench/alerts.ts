/**
 * Alert evaluation cost: 500 rules over a 1,000-agent fleet (a tenth of
 * them unhealthy), evaluated as the leader does every 5 s: the fleet-view
 * metrics from memory, the measured ones from a `recentFigures` answer with
 * 1,000 agents, decided on the alert actors' mirrored states. Prints the
 * time of a round (first: every transition; steady: nothing changes) and
 * the share of one core that a round every 5 s costs.
 *
 *   deno run -A bench/alerts.ts
 */
import { FleetView } from "../src/runtime/fleet/fleet-view.ts";
import { AlertEvaluator } from "../src/runtime/alerting/evaluator.ts";
import { AlertStates } from "../src/runtime/alerting/alert-states.ts";
import {
  alertMetricSource,
  type Figures,
  type RecentFigures,
} from "../src/runtime/alerting/metric-source.ts";
import type { AlertCommandClient } from "../src/runtime/commands/clients.ts";
import { alertActor } from "../actors/alert/mod.ts";
import type { AlertMetric, AlertRule, DomainEvent } from "../events/mod.ts";

const AGENTS = 1000;
const RULES = 500;
const INTERVAL_SECONDS = 5;
const ROUNDS = 20;
const at = "2026-12-06T03:00:00.000Z";
const id = (i: number) => `agent-${String(i).padStart(4, "0")}`;

function fleet(): FleetView {
  const view = new FleetView();
  for (let i = 0; i < AGENTS; i++) {
    const events: DomainEvent[] = [{
      type: "agent.registered",
      data: {
        agentId: id(i),
        name: id(i),
        host: "10.0.0.1",
        port: 8000,
        path: "/",
        agentType: "echo",
        capabilities: ["echo"],
        version: "1.0.0",
        weight: 1,
        maxSessions: 100,
        at,
      },
    }];
    if (i % 10 === 0) {
      events.push({
        type: "agent.healthChanged",
        data: { agentId: id(i), from: "healthy", to: "unhealthy", reason: "bench", at },
      });
    }
    for (const e of events) view.apply(e);
  }
  return view;
}

const figures = (i: number): Figures => ({
  opened: 100,
  refused: i % 7,
  failovers: i % 3,
  errored: 0,
  errorRate: (i % 20) / 100,
  relayP50Ms: 0.2,
  relayP99Ms: 0.5 + (i % 4),
  responseP50Ms: 40,
  responseP99Ms: 60 + i % 50,
  failoversPerSecond: (i % 3) / 10,
  openRefusalsPerSecond: (i % 7) / 10,
});
const recent: RecentFigures = {
  fleet: figures(3),
  byAgent: Object.fromEntries(Array.from({ length: AGENTS }, (_, i) => [id(i), figures(i)])),
  byCapability: { echo: figures(5) },
};

const metrics: AlertMetric[] = [
  "agent_unhealthy",
  "sessions_per_agent",
  "error_rate",
  "relay_p99_ms",
  "response_p99_ms",
  "unhealthy_agents",
  "failovers_per_s",
  "open_refusals_per_s",
  "sessions",
];

function rules(): AlertRule[] {
  return Array.from({ length: RULES }, (_, i) => {
    const metric = metrics[i % metrics.length]!;
    // Half fleet-wide (one series per agent for per-agent metrics), half for one agent.
    const perAgent = i % 2 === 0;
    return {
      id: `rule-${i}`,
      name: `rule ${i}`,
      metric,
      op: ">",
      threshold: metric === "agent_unhealthy" ? 0 : metric === "error_rate" ? 0.1 : 1,
      forSeconds: i % 3 === 0 ? 0 : 30,
      severity: "warning",
      ...(perAgent ? { selector: { agentId: id((i * 7) % AGENTS) } } : {}),
    };
  });
}

export default async function main(): Promise<void> {
  const view = fleet();
  const states = new AlertStates();
  let commands = 0;
  let position = 0;
  // The alert actor decides, and its events reach the mirror as the live feed would bring them.
  const client = {
    evaluate: (ruleId: string, data: unknown, options: { metadata: { now: string } }) => {
      commands++;
      const decided = alertActor.decide({
        commandId: `c${commands}`,
        actorType: "alert",
        actorId: ruleId,
        type: "evaluate",
        data: alertActor.commands.evaluate!.parse(data),
        metadata: { now: options.metadata.now },
      }, states.get(ruleId));
      if (Array.isArray(decided)) {
        for (const e of decided) {
          states.apply({
            ...e,
            id: String(++position),
            streamId: `alert-${ruleId}`,
            version: 1,
            position,
            schemaVersion: 1,
            metadata: {},
            recordedAt: at,
          });
        }
      }
      return Promise.resolve();
    },
    retire: () => Promise.resolve(),
  } as unknown as AlertCommandClient;
  const evaluator = new AlertEvaluator({
    rules: rules,
    states,
    source: alertMetricSource({
      view,
      projectionLagMs: () => ({ registry: 0, sessions: 0, load: 0, monitoring: 0, alerts: 0 }),
      recentFigures: () => Promise.resolve(recent),
    }),
    alerts: client,
    isLeader: () => true,
    intervalSeconds: () => INTERVAL_SECONDS,
  });
  const started = performance.now();
  await evaluator.evaluate();
  const firstMs = performance.now() - started;
  const firstCommands = commands;
  // Steady state: nothing changes between rounds (the usual case), so no command is sent.
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await evaluator.evaluate();
    times.push(performance.now() - t);
  }
  const roundMs = times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
  const line = (figure: string, value: number, unit: string) =>
    console.log(JSON.stringify({ bench: "alerts", figure, value: Number(value.toFixed(3)), unit }));
  line("round, 500 rules x 1000 agents (first)", firstMs, "ms");
  line("round, 500 rules x 1000 agents (steady, median)", roundMs, "ms");
  line("commands in a steady round", commands - firstCommands, "commands");
  line("commands in a round with transitions", firstCommands, "commands");
  line(
    `core share at one round every ${INTERVAL_SECONDS} s`,
    (roundMs / (INTERVAL_SECONDS * 1000)) * 100,
    "%",
  );
}

if (import.meta.main) await main();
