import type { AgentState } from "../../actors/mod.ts";
import { type Config, modeOf } from "../config/config.ts";
import type { Authenticator } from "../auth/authenticator.ts";
import type { CommandClients } from "../runtime/commands/clients.ts";
import type { ConfigView } from "../runtime/config-view.ts";
import type { LiveFeed } from "../runtime/live-feed.ts";
import { ownedIdFactory } from "../runtime/owned-ids.ts";
import { Edge } from "../edge/edge.ts";
import { EdgeMeter } from "../edge/edge-meter.ts";
import { FiguresReporter } from "../edge/figures-reporter.ts";
import { followFleetEvents } from "../edge/fleet-events.ts";
import { SessionControl } from "../edge/session-control.ts";
import { TrafficReporter } from "../edge/traffic-reporter.ts";
import { signDialToken } from "../security/agent-trust.ts";
import { Guard } from "../security/guard.ts";
import type { SecretFiles } from "../security/secret-file.ts";
import type { Logger } from "../telemetry/log.ts";
import type { SwitchboardMetrics } from "../telemetry/metrics.ts";
import { loadDialKeys } from "./dial-key.ts";
import { STORE_UNAVAILABLE } from "./readiness.ts";

export interface NodeEdgeDeps {
  config: Config;
  nodeId: string;
  files: SecretFiles;
  commands: CommandClients;
  fleet: LiveFeed;
  configView: ConfigView;
  metrics: SwitchboardMetrics;
  auth: Authenticator;
  partitionOf: (id: string) => number;
  ownedPartitions: () => readonly number[];
  /** The store is down: new sessions are refused with a clear close instead of hanging. */
  storeDown: () => boolean;
  log: Logger;
}

/**
 * One node's edge: the session control that routes from the fleet view, the
 * reporters that send its traffic and measured figures to the log, the guard,
 * the dial keys, and the edge itself, following the fleet's events.
 */
export async function startNodeEdge(deps: NodeEdgeDeps) {
  const { config, nodeId, files, commands, fleet, configView, metrics, auth, log } = deps;
  const mode = modeOf(config);
  const thresholds = () => configView.current().health;
  const partitionOf = deps.partitionOf;
  const reporter = new TrafficReporter(
    commands.sessions,
    nodeId,
    configView.current().sessions.trafficReportIntervalMs,
  );
  reporter.start();
  const meter = new EdgeMeter();
  const figures = new FiguresReporter(
    meter,
    commands.edges,
    nodeId,
    metrics,
    configView.current().sessions.trafficReportIntervalMs,
  );
  figures.start();
  // Heartbeat figures as the agents last reported them, read at scrape time.
  const loads = (pick: (l: AgentState["load"]) => number | undefined) => () =>
    fleet.view.agents().flatMap((a): [Record<string, string>, number][] => {
      const v = pick(a.load);
      return a.agentId && v !== undefined ? [[{ agent: a.agentId }, v]] : [];
    });
  metrics.agentCpu.collectMany(loads((l) => l.cpu));
  metrics.agentQueueDepth.collectMany(loads((l) => l.queueDepth));
  metrics.agentLatency.collectMany(loads((l) => l.latencyMs));
  const sessions = new SessionControl({
    commands,
    fleet,
    edgeId: nodeId,
    thresholds,
    onDecision: (strategy, outcome) => metrics.routingDecisions.inc({ strategy, outcome }),
    resumeGraceSeconds: () => configView.current().sessions.resumeGraceSeconds,
    unavailable: () => deps.storeDown() ? STORE_UNAVAILABLE : undefined,
    newSessionId: ownedIdFactory(
      partitionOf,
      deps.ownedPartitions,
    ),
  });
  const guard = new Guard(configView, log);
  const dialKeys = await loadDialKeys({
    files,
    ...(config.dialKeyFile ? { privateKeyFile: config.dialKeyFile } : {}),
    ...(mode === "embedded" ? { dataDir: config.dataDir } : {}),
  });
  const edge = new Edge({
    sessions,
    auth,
    config: configView,
    reporter,
    metrics,
    meter,
    sessionKey: (sessionId) => fleet.view.session(sessionId)?.key,
    guard,
    log,
    ...(dialKeys
      ? {
        dialToken: (sessionId: string, agentId: string) =>
          signDialToken({ privateKey: dialKeys.privateKeyPem, sessionId, agentId }),
      }
      : {}),
  });
  fleet.listen(followFleetEvents(edge, nodeId));
  // A node restarted under the same NODE_ID holds none of its last run's sockets, and the
  // orphan sweep never sees its edge missing: it detaches those sessions itself.
  for (const [sessionId, edgeId] of fleet.view.attachedSessions()) {
    if (edgeId === nodeId) {
      sessions.detach(sessionId, configView.current().sessions.resumeGraceSeconds);
    }
  }

  return { edge, reporter, figures, guard, dialKeys };
}
