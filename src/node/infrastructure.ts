import { connect } from "@nats-io/transport-node";
import type { Config } from "../config/config.ts";
import type { CommandLog } from "../bus/command-log.ts";
import { inProcessCommandLog } from "../bus/in-process/command-log.ts";
import { jetStreamCommandLog } from "../bus/jetstream/command-log.ts";
import type { EventStore } from "../store/event-store.ts";
import { postgresEventStoreWithHealth } from "../store/postgres.ts";
import type { StoreHealth } from "../store/store-health.ts";
import { pgliteEventStore } from "../store/pglite.ts";
import { describeOwner, lockDataDir, openPgliteUnderLock } from "../store/data-dir-lock.ts";
import type { PartitionLeases } from "../runtime/leases/partition-leases.ts";
import { inProcessLeases } from "../runtime/leases/in-process.ts";
import { natsKvLeases } from "../runtime/leases/nats-kv.ts";
import type { Logger } from "../telemetry/log.ts";
import {
  pgliteProjectionDatabase,
  postgresProjectionDatabase,
  type ProjectionDatabase,
} from "../../projections/database.ts";

/** The adapters behind the ports, chosen by config. */
export interface Infrastructure {
  store: EventStore;
  /** Whether PostgreSQL answers (absent for the embedded store, which is in process). */
  storeHealth?: StoreHealth;
  /** Where the projections' tables live: the same database as the store. */
  views: ProjectionDatabase;
  commandLog: CommandLog;
  leases: PartitionLeases;
  close(): Promise<void>;
}

interface Storage {
  store: EventStore;
  storeHealth?: StoreHealth;
  views: ProjectionDatabase;
  close(): Promise<void>;
}

/** PostgreSQL with DATABASE_URL; otherwise one PGlite under the data directory for store and views. */
async function openStorage(config: Config, nodeId: string, log: Logger): Promise<Storage> {
  if (config.databaseUrl) {
    const { store, health } = await postgresEventStoreWithHealth({
      url: config.databaseUrl,
      schema: config.namespace,
      health: {
        onChange: (state) =>
          state.state === "down"
            ? log.warn("PostgreSQL unreachable", { error: state.error })
            : log.info("PostgreSQL answers again"),
      },
    });
    const views = postgresProjectionDatabase({ url: config.databaseUrl });
    return {
      store,
      storeHealth: health,
      views,
      async close() {
        health.close();
        await views.close();
        await store.close();
      },
    };
  }
  await Deno.mkdir(`${config.dataDir}/pglite`, { recursive: true });
  // One data directory admits one PGlite: the store and the projections share it,
  // and the lock keeps every other process (a second node, an offline command) out.
  const lock = await lockDataDir(config.dataDir, {
    command: `node ${nodeId} on port ${config.port}`,
    advice: "stop that node first, or give this one its own DATA_DIR",
  });
  if (lock.abandonedBy) {
    log.warn("took over a data directory whose holder did not stop cleanly", {
      dataDir: config.dataDir,
      holder: describeOwner(lock.abandonedBy),
    });
  }
  return await openPgliteUnderLock(lock, `${config.dataDir}/pglite`, async (pglite) => {
    const store = await pgliteEventStore({ pglite, schema: config.namespace });
    return { store, views: pgliteProjectionDatabase(pglite), close: () => store.close() };
  });
}

/** JetStream with NATS_URL (partitions shared out by leases in NATS KV); otherwise in process. */
async function openCommandLog(config: Config, nodeId: string, log: Logger) {
  if (!config.natsUrl) {
    const commandLog = inProcessCommandLog({ partitions: config.partitions });
    return {
      commandLog,
      leases: inProcessLeases(config.partitions, nodeId),
      close: () => commandLog.close(),
    };
  }
  const nc = await connect({
    servers: config.natsUrl,
    name: `switchboard-${nodeId}`,
    maxReconnectAttempts: -1,
    // nats.js otherwise builds an Error (a stack trace) per request, in case it fails:
    // 7% of a node's CPU at a few hundred commands a second.
    noAsyncTraces: true,
  });
  try {
    const commandLog = await jetStreamCommandLog({
      connection: nc,
      stream: `${config.namespace}_commands`,
      // Subjects are namespaced too: JetStream refuses two streams over the same subjects.
      subjectPrefix: `${config.namespace}.cmd`,
      partitions: config.partitions,
      onError: (error, context) => log.warn(context, { error }),
    });
    const leases = await natsKvLeases({
      connection: nc,
      nodeId,
      partitions: config.partitions,
      bucket: `${config.namespace}_leases`,
      log,
    });
    return {
      commandLog,
      leases,
      async close() {
        await commandLog.close();
        await nc.drain().catch(() => {});
      },
    };
  } catch (error) {
    await nc.close();
    throw error;
  }
}

/** Embedded (neither URL), cluster (both), or either half on its own. */
export async function openInfrastructure(
  config: Config,
  nodeId: string,
  log: Logger,
): Promise<Infrastructure> {
  const storage = await openStorage(config, nodeId, log);
  try {
    const bus = await openCommandLog(config, nodeId, log);
    return {
      store: storage.store,
      ...(storage.storeHealth ? { storeHealth: storage.storeHealth } : {}),
      views: storage.views,
      commandLog: bus.commandLog,
      leases: bus.leases,
      async close() {
        await bus.close();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
