import { PGlite } from "@electric-sql/pglite";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { agentActor, HealthThresholds, routerActor, sessionActor } from "../actors/mod.ts";
import type { Config } from "./config/config.ts";
import { modeOf } from "./config/config.ts";
import type { CommandLog } from "./bus/command-log.ts";
import { inProcessCommandLog } from "./bus/in-process/command-log.ts";
import { jetStreamCommandLog } from "./bus/jetstream/command-log.ts";
import type { EventStore } from "./store/event-store.ts";
import { postgresEventStore } from "./store/postgres.ts";
import { pgliteEventStore } from "./store/pglite.ts";
import type { PartitionLeases } from "./runtime/leases/partition-leases.ts";
import { inProcessLeases } from "./runtime/leases/in-process.ts";
import { natsKvLeases } from "./runtime/leases/nats-kv.ts";
import { type ActorRuntime, startActorRuntime } from "./runtime/runtime.ts";
import { FleetFeed } from "./runtime/fleet-feed.ts";
import { startHealthSweeper } from "./runtime/health-sweeper.ts";
import { apiApp } from "./api/app.ts";
import { hs256Verifier } from "./api/auth/jwt.ts";
import { embeddedSecrets } from "./api/auth/secrets.ts";
import { agentCommandRoutes } from "./api/routes/agent-commands.ts";
import type { Logger } from "./telemetry/log.ts";

/** A running Switchboard node: what main starts and what e2e tests start and stop. */
export interface SwitchboardNode {
  readonly url: string;
  readonly nodeId: string;
  readonly store: EventStore;
  readonly runtime: ActorRuntime;
  readonly fleet: FleetFeed;
  /** Where the generated admin credential is, in embedded mode without a configured secret. */
  readonly adminTokenFile?: string;
  readonly jwtSecret: string | undefined;
  stop(options?: { release?: boolean }): Promise<void>;
}

interface Infrastructure {
  store: EventStore;
  commandLog: CommandLog;
  leases: PartitionLeases;
  close(): Promise<void>;
}

/** Embedded: PGlite under the data directory, an in-process log, one node owning everything. */
async function embedded(config: Config): Promise<Infrastructure> {
  await Deno.mkdir(`${config.dataDir}/pglite`, { recursive: true });
  const pglite = new PGlite(`${config.dataDir}/pglite`);
  const store = await pgliteEventStore({ pglite });
  const commandLog = inProcessCommandLog({ partitions: config.partitions });
  return {
    store,
    commandLog,
    leases: inProcessLeases(config.partitions),
    async close() {
      await commandLog.close();
      await store.close();
      await pglite.close();
    },
  };
}

/** Cluster: PostgreSQL and JetStream; partitions are shared out by leases in NATS KV. */
async function cluster(config: Config, nodeId: string, log: Logger): Promise<Infrastructure> {
  const store: EventStore = config.databaseUrl
    ? await postgresEventStore({ url: config.databaseUrl })
    : await pgliteEventStore({ dataDir: `${config.dataDir}/pglite` });
  let nc: NatsConnection | undefined;
  try {
    if (!config.natsUrl) {
      const commandLog = inProcessCommandLog({ partitions: config.partitions });
      return {
        store,
        commandLog,
        leases: inProcessLeases(config.partitions, nodeId),
        async close() {
          await commandLog.close();
          await store.close();
        },
      };
    }
    nc = await connect({
      servers: config.natsUrl,
      name: `switchboard-${nodeId}`,
      maxReconnectAttempts: -1,
    });
    const commandLog = await jetStreamCommandLog({
      connection: nc,
      stream: "switchboard_commands",
      partitions: config.partitions,
      onError: (error, context) => log.warn(context, { error }),
    });
    const leases = await natsKvLeases({
      connection: nc,
      nodeId,
      partitions: config.partitions,
      log,
    });
    const connection = nc;
    return {
      store,
      commandLog,
      leases,
      async close() {
        await commandLog.close();
        await connection.drain().catch(() => {});
        await store.close();
      },
    };
  } catch (error) {
    await nc?.close();
    await store.close();
    throw error;
  }
}

/** Composition root: builds every adapter from config, starts the actors and serves HTTP. */
export async function startNode(config: Config, log: Logger): Promise<SwitchboardNode> {
  const nodeId = config.nodeId ?? `node-${crypto.randomUUID().slice(0, 8)}`;
  const mode = modeOf(config);
  const infra = mode === "embedded" ? await embedded(config) : await cluster(config, nodeId, log);
  const { store, commandLog, leases } = infra;

  const secrets = !config.jwtSecret && mode === "embedded"
    ? await embeddedSecrets(config.dataDir)
    : undefined;
  const jwtSecret = config.jwtSecret ?? secrets?.jwtSecret;
  if (!jwtSecret && config.auth === "on") {
    await infra.close();
    throw new Error(
      "SWITCHBOARD_JWT_SECRET is required outside embedded mode (or SWITCHBOARD_AUTH=off)",
    );
  }
  const thresholds = () => HealthThresholds.parse({ ttlSeconds: config.heartbeatTtlSeconds });

  const fleet = new FleetFeed(store, log);
  await fleet.start(`fleet-view-${nodeId}`);
  const runtime = await startActorRuntime({
    store,
    commandLog,
    leases,
    actors: [agentActor, sessionActor, routerActor],
    log,
  });
  const sweeper = startHealthSweeper({
    commandLog,
    view: fleet.view,
    ownedPartitions: () => runtime.host.ownedPartitions,
    thresholds,
    log,
  });

  const app = apiApp({
    auth: { enabled: config.auth === "on", verify: hs256Verifier(jwtSecret ?? "auth-is-off") },
    readiness: [{ name: "event-store", check: async () => void await store.headPosition() }],
    v1: [
      agentCommandRoutes({
        dispatch: runtime.dispatch,
        thresholds,
        caughtUpTo: (position) => fleet.caughtUpTo(position),
        agent: (id) => fleet.view.agent(id),
      }),
    ],
    log,
  });

  const server = Deno.serve(
    { hostname: config.host, port: config.port, onListen: () => {} },
    app.fetch,
  );
  const url = `http://${config.host}:${server.addr.port}`;
  log.info("node started", { nodeId, mode, store: store.kind, commandLog: commandLog.kind, url });

  let stopped: Promise<void> | undefined;
  return {
    url,
    nodeId,
    store,
    runtime,
    fleet,
    jwtSecret,
    ...(secrets ? { adminTokenFile: secrets.adminTokenFile } : {}),
    stop({ release = true } = {}) {
      stopped ??= (async () => {
        sweeper.stop();
        await server.shutdown();
        await runtime.stop({ release });
        await fleet.stop();
        await infra.close();
      })();
      return stopped;
    },
  };
}
