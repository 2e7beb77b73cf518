import { agentActor, routerActor, sessionActor } from "../../actors/mod.ts";
import { configActor, RuntimeConfig } from "../../actors/config/mod.ts";
import { apiKeyActor } from "../../actors/api-key/mod.ts";
import { edgeActor } from "../../actors/edge/mod.ts";
import { channelActor } from "../../actors/notification-channel/mod.ts";
import { notificationActor } from "../../actors/notification/mod.ts";
import { nodeNotifications } from "./notifications.ts";
import { alertActor } from "../../actors/alert/mod.ts";
import { alertRuleActor } from "../../actors/alert-rule/mod.ts";
import { silenceActor } from "../../actors/silence/mod.ts";
import { type Config, modeOf } from "../config/config.ts";
import { SWITCHBOARD_VERSION } from "../config/version.ts";
import type { EventStore } from "../store/event-store.ts";
import { type ActorRuntime, startActorRuntime } from "../runtime/runtime.ts";
import { LiveFeed } from "../runtime/live-feed.ts";
import { ConfigView } from "../runtime/config-view.ts";
import { startHealthSweeper } from "../runtime/health-sweeper.ts";
import { startSessionExpiry } from "../runtime/session-expiry.ts";
import { commandClients } from "../runtime/commands/clients.ts";
import { apiApp } from "../api/app.ts";
import { createVerifier } from "../auth/verifiers.ts";
import { API_KEY_PREFIX, ApiKeyRegistry } from "../auth/api-keys.ts";
import { embeddedJwtSecret } from "../auth/secrets.ts";
import type { Logger } from "../telemetry/log.ts";
import type { Authenticator } from "../auth/authenticator.ts";
import { type Alerting, alertingViews, startAlerting } from "./alerting.ts";
import { LiveHub } from "../api/live-hub.ts";
import { createReadModels, startProjections } from "../../projections/mod.ts";
import { Edge } from "../edge/edge.ts";
import { FiguresReporter } from "../edge/figures-reporter.ts";
import { setLoadRetention } from "../../projections/load/mod.ts";
import { startHealthProber } from "../edge/health-prober.ts";
import { SecretFiles } from "../security/secret-file.ts";
import { startFrontDoor } from "../edge/tunnel/front-door.ts";
import { type SwitchboardMetrics, switchboardMetrics } from "../telemetry/metrics.ts";
import { openInfrastructure } from "./infrastructure.ts";
import { nodeReadiness } from "./readiness.ts";
import { ensureAdminKey } from "./admin-key.ts";
import { nodeApiRoutes } from "./api-routes.ts";
import { startNodeEdge } from "./edge.ts";

/** A running Switchboard node: what main starts and what e2e tests start and stop. */
export interface SwitchboardNode {
  readonly url: string;
  readonly nodeId: string;
  readonly store: EventStore;
  readonly runtime: ActorRuntime;
  readonly fleet: LiveFeed;
  readonly config: ConfigView;
  readonly metrics: SwitchboardMetrics;
  readonly edge: Edge;
  /** Batches the edge's measurements to the log; `flush()` sends what is pending now. */
  readonly figures: FiguresReporter;
  /** Alert rules, silences, the evaluator and `isAlertingLeader` (src/node/alerting.ts). */
  readonly alerting: Alerting;
  /** Where the generated admin API key is (embedded mode). */
  readonly adminKeyFile?: string;
  readonly jwtSecret: string | undefined;
  /** The public key agents verify the edge's dials with (PEM), when dials are signed. */
  readonly dialPublicKey?: string;
  stop(options?: { release?: boolean }): Promise<void>;
}

/** Composition root: builds every adapter from config, starts the actors and serves HTTP. */
export async function startNode(config: Config, log: Logger): Promise<SwitchboardNode> {
  const nodeId = config.nodeId ?? `node-${crypto.randomUUID().slice(0, 8)}`;
  const mode = modeOf(config);
  const files = await SecretFiles.fromEnv(config.dataKey);
  const jwtSecret = config.jwtSecret ??
    (mode === "embedded" ? await embeddedJwtSecret(config.dataDir, files) : undefined);
  if (!jwtSecret && config.auth === "on") {
    throw new Error(
      "SWITCHBOARD_JWT_SECRET is required outside embedded mode (or SWITCHBOARD_AUTH=off)",
    );
  }
  const startedAt = new Date().toISOString();
  const infra = await openInfrastructure(config, nodeId, log);
  const { store, commandLog, leases } = infra;

  // In-memory views of the log, rebuilt at start and followed live.
  const fleet = new LiveFeed(store, log);
  const configView = new ConfigView(
    RuntimeConfig.parse({ health: { ttlSeconds: config.heartbeatTtlSeconds } }),
  );
  const apiKeys = new ApiKeyRegistry();
  fleet.listen(configView.apply);
  fleet.listen(apiKeys.apply);
  const notifications = await nodeNotifications({ config, jwtSecret, store, log });
  notifications.follow(fleet);
  const alertViews = alertingViews(fleet);
  await fleet.start(`live-feed-${nodeId}`);
  const thresholds = () => configView.current().health;
  const caughtUpTo = (position: number) => fleet.caughtUpTo(position);

  const metrics = switchboardMetrics();
  const runtime = await startActorRuntime({
    store,
    commandLog,
    leases,
    actors: [
      edgeActor,
      agentActor,
      sessionActor,
      routerActor,
      configActor,
      apiKeyActor,
      channelActor,
      notificationActor,
      alertActor,
      alertRuleActor,
      silenceActor,
    ],
    log,
    host: { retryBudgetMs: config.commandRetryBudgetSeconds * 1000 },
    observeDispatch: (actorType, outcome, ms) =>
      metrics.commandSeconds.observe(ms / 1000, { actor: actorType, outcome }),
  });
  // The one way this node sends commands: the API, the edge and the background jobs alike.
  const commands = commandClients(runtime.dispatch, log);
  const partitionOf = (id: string) => commandLog.partitionOf(id);
  const prober = startHealthProber({
    view: fleet.view,
    agents: commands.agents,
    partitionOf,
    ownedPartitions: () => runtime.host.ownedPartitions,
    thresholds,
    log,
  });
  const sweeper = startHealthSweeper({
    agents: commands.agents,
    partitionOf,
    view: fleet.view,
    ownedPartitions: () => runtime.host.ownedPartitions,
    thresholds,
    log,
  });
  const expiry = startSessionExpiry({
    sessions: commands.sessions,
    partitionOf,
    view: fleet.view,
    ownedPartitions: () => runtime.host.ownedPartitions,
    liveEdges: () => leases.liveNodes(),
    resumeGraceSeconds: () => configView.current().sessions.resumeGraceSeconds,
    log,
  });
  // Read models for operators and auditors, folded from the log into tables.
  const space = { database: infra.views, base: `${config.namespace}_views` };
  setLoadRetention({ 10: config.loadRetention10sSeconds, 60: config.loadRetention1mSeconds });
  const projections = await startProjections(store, space, {
    onError: (projection, error) => log.warn("projection failed", { projection, error }),
  });
  const readModels = createReadModels(store, space);
  const projected = (position: number) => projections.reached(position);
  for (const runner of projections.runners) {
    // How far each projection is behind what this node has seen of the log.
    metrics.projectionLag.collect(() => Math.max(0, fleet.position - runner.position), {
      projection: runner.name,
    });
  }

  const alerting = await startAlerting({
    views: alertViews,
    fleet,
    store,
    commands,
    partitionOf,
    ownedPartitions: () => runtime.host.ownedPartitions,
    projections: projections.runners,
    space,
    intervalSeconds: config.alertEvaluationIntervalSeconds,
    recentFigures: readModels.recentFigures,
    figureSeries: readModels.figureSeries,
    caughtUpTo,
    channelExists: notifications.channelExists,
    log,
  });

  const adminKeyFile = mode === "embedded" && config.auth === "on"
    ? await ensureAdminKey(config.dataDir, commands.apiKeys, apiKeys, caughtUpTo)
    : undefined;

  const jwt = createVerifier({
    hs256Secret: jwtSecret ?? "auth-is-off-auth-is-off-auth-is-off",
    ...(config.jwtPublicKey ? { publicKeyPem: config.jwtPublicKey } : {}),
    ...(config.jwksUrl ? { jwksUrl: config.jwksUrl } : {}),
    ...(config.jwtAudience ? { audience: config.jwtAudience } : {}),
    ...(config.jwtIssuer ? { issuer: config.jwtIssuer } : {}),
  });
  const auth: Authenticator = {
    enabled: config.auth === "on",
    verify: (token) => token.startsWith(API_KEY_PREFIX) ? apiKeys.verify(token) : jwt(token),
  };

  // The edge: sessions decided from the fleet view, relayed by tunnels.
  const { edge, reporter, figures, guard, dialKeys } = await startNodeEdge({
    config,
    nodeId,
    files,
    commands,
    fleet,
    configView,
    metrics,
    auth,
    partitionOf,
    ownedPartitions: () => runtime.host.ownedPartitions,
    storeDown: () => infra.storeHealth?.current.state === "down",
    log,
  });
  // The UI's one live feed per browser: read once per tick, pushed to every browser.
  const hub = new LiveHub({ models: readModels, events: fleet, log });
  hub.start();

  // Following event streams end when the node stops, instead of holding its shutdown open.
  const closing = new AbortController();
  const app = apiApp({
    auth,
    guard,
    readiness: nodeReadiness({
      store,
      commandLog,
      leases,
      ...(infra.storeHealth ? { storeHealth: infra.storeHealth } : {}),
    }),
    v1: nodeApiRoutes({
      config,
      nodeId,
      store,
      views: infra.views,
      space,
      leases,
      commands,
      fleet,
      configView,
      apiKeys,
      readModels,
      hub,
      alerting,
      notifications,
      caughtUpTo,
      projected,
      closing: closing.signal,
      log,
    }),
    maxHeaderBytes: () => configView.current().limits.maxHeaderBytes,
    log,
  });

  // Prometheus scrapes without credentials, as it does everywhere; it shows counts, never data.
  app.get(
    "/metrics",
    (c) => c.text(metrics.registry.render(), 200, { "content-type": "text/plain; version=0.0.4" }),
  );

  // One port for everything: the front door takes /ws upgrades itself and hands the rest to hono.
  const tls = config.tlsCertFile && config.tlsKeyFile
    ? {
      cert: await Deno.readTextFile(config.tlsCertFile),
      key: await Deno.readTextFile(config.tlsKeyFile),
    }
    : undefined;
  const door = await startFrontDoor({
    ...(tls ? { tls } : {}),
    hostname: config.host,
    port: config.port,
    maxHeaderBytes: configView.current().limits.maxHeaderBytes,
    handshakeTimeoutMs: configView.current().limits.handshakeTimeoutMs,
    isWebSocketRoute: (path) => path === "/ws",
    onWebSocket: edge.onWebSocket,
    fallback: app.fetch,
  });
  const url = `${tls ? "https" : "http"}://${config.host}:${door.addr.port}`;
  notifications.start({
    commands,
    caughtUpTo,
    // The evaluator's node notifies: one sender per cluster, moving with the lease.
    isLeader: alerting.isAlertingLeader,
    externalUrl: url,
  });
  leases.announce?.({ address: url, version: SWITCHBOARD_VERSION, startedAt });
  log.info("node started", { nodeId, mode, store: store.kind, commandLog: commandLog.kind, url });

  let stopped: Promise<void> | undefined;
  return {
    url,
    nodeId,
    store,
    runtime,
    fleet,
    config: configView,
    metrics,
    edge,
    figures,
    alerting,
    jwtSecret,
    ...(dialKeys?.publicKeyPem ? { dialPublicKey: dialKeys.publicKeyPem } : {}),
    ...(adminKeyFile ? { adminKeyFile } : {}),
    stop({ release = true } = {}) {
      stopped ??= (async () => {
        closing.abort();
        sweeper.stop();
        hub.stop();
        expiry.stop();
        await notifications.stop();
        await alerting.stop();
        prober.stop();
        await edge.shutdown();
        reporter.stop();
        void figures.stop(); // like the traffic reporter: a last report, not waited for
        await door.close();
        await runtime.stop({ release });
        await projections.stop();
        await fleet.stop();
        await infra.close();
      })();
      return stopped;
    },
  };
}
