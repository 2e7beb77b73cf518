import type { Hono } from "hono";
import type { ProjectionRunner, ProjectionSpace } from "../../projections/mod.ts";
import { alertReads } from "../../projections/alerts/reads.ts";
import type { EventStore } from "../store/event-store.ts";
import type { LiveFeed } from "../runtime/live-feed.ts";
import type { CommandClients } from "../runtime/commands/clients.ts";
import { AlertRulesView } from "../runtime/alerting/rules-view.ts";
import { SilencesView } from "../runtime/alerting/silences-view.ts";
import { AlertStates } from "../runtime/alerting/alert-states.ts";
import { LegacyConfigRules } from "../runtime/alerting/config-migration.ts";
import { ProjectionLag } from "../runtime/alerting/projection-lag.ts";
import { AlertEvaluator } from "../runtime/alerting/evaluator.ts";
import { type AlertingLeadership, alertingLeadership } from "../runtime/alerting/leader.ts";
import {
  alertMetricSource,
  type FigureSeriesFn,
  type RecentFiguresFn,
} from "../runtime/alerting/metric-source.ts";
import { dryRun } from "../runtime/alerting/dry-run.ts";
import { alertRoutes } from "../api/routes/alerts.ts";
import { alertRuleRoutes } from "../api/routes/alert-rules.ts";
import { silenceRoutes } from "../api/routes/silences.ts";
import type { AuthEnv } from "../api/middleware/auth.ts";
import type { Logger } from "../telemetry/log.ts";

/** The in-memory alerting views; they listen to the live feed from position 0, so register before it starts. */
export interface AlertingViews {
  readonly rules: AlertRulesView;
  readonly silences: SilencesView;
  readonly states: AlertStates;
  readonly legacy: LegacyConfigRules;
}

export function alertingViews(fleet: LiveFeed): AlertingViews {
  const views = {
    rules: new AlertRulesView(),
    silences: new SilencesView(),
    states: new AlertStates(),
    legacy: new LegacyConfigRules(),
  };
  fleet.listen(views.rules.apply);
  fleet.listen(views.silences.apply);
  fleet.listen(views.states.apply);
  fleet.listen(views.legacy.apply);
  return views;
}

/** Alerting on a node: evaluation on the leader, the routes, and what the notifier needs. */
export interface Alerting extends AlertingViews {
  readonly leadership: AlertingLeadership;
  /** Whether this node holds the alerting lease (evaluates, and notifies). */
  readonly isAlertingLeader: () => boolean;
  readonly evaluator: AlertEvaluator;
  readonly routes: Hono<AuthEnv>[];
  stop(): Promise<void>;
}

export interface AlertingOptions {
  views: AlertingViews;
  fleet: LiveFeed;
  store: EventStore;
  commands: CommandClients;
  partitionOf: (actorId: string) => number;
  ownedPartitions: () => readonly number[];
  projections: readonly ProjectionRunner[];
  space: ProjectionSpace;
  intervalSeconds: number;
  caughtUpTo: (position: number) => Promise<unknown>;
  /** Measured figures (projections/load, measure's): absent, measured metrics are skipped. */
  recentFigures?: RecentFiguresFn;
  figureSeries?: FigureSeriesFn;
  channelExists?: (id: string) => Promise<boolean>;
  log?: Logger;
}

export async function startAlerting(options: AlertingOptions): Promise<Alerting> {
  const { views, commands, log } = options;
  await views.legacy.migrate(
    commands.alertRules,
    log,
    (id) => views.rules.existed(id),
    options.caughtUpTo,
  );

  const lag = new ProjectionLag(() =>
    Object.fromEntries(options.projections.map((r) => [r.name, r.position]))
  );
  options.fleet.listen(lag.observe);
  const leadership = alertingLeadership({
    partitionOf: options.partitionOf,
    ownedPartitions: options.ownedPartitions,
  });
  const evaluator = new AlertEvaluator({
    rules: () => views.rules.list(),
    states: views.states,
    source: alertMetricSource({
      view: options.fleet.view,
      projectionLagMs: () => lag.lagMs(),
      ...(options.recentFigures ? { recentFigures: options.recentFigures } : {}),
    }),
    alerts: commands.alerts,
    isLeader: leadership.isLeader,
    intervalSeconds: () => options.intervalSeconds,
    ...(log ? { log } : {}),
  });
  evaluator.start();

  const alertsRunner = options.projections.find((r) => r.name === "alerts");
  const routes = [
    alertRoutes({
      alerts: commands.alerts,
      reads: alertReads(options.space),
      projected: () => alertsRunner?.caughtUp() ?? Promise.resolve(),
      silences: views.silences,
    }),
    alertRuleRoutes({
      rules: commands.alertRules,
      view: views.rules,
      caughtUpTo: options.caughtUpTo,
      evaluationIntervalSeconds: () => options.intervalSeconds,
      dryRun: (request) =>
        dryRun(request, {
          store: options.store,
          ...(options.figureSeries ? { figureSeries: options.figureSeries } : {}),
        }),
      ...(options.channelExists ? { channelExists: options.channelExists } : {}),
    }),
    silenceRoutes({
      silences: commands.silences,
      view: views.silences,
      caughtUpTo: options.caughtUpTo,
    }),
  ];
  return {
    ...views,
    leadership,
    isAlertingLeader: leadership.isLeader,
    evaluator,
    routes,
    stop: () => evaluator.stop(),
  };
}
