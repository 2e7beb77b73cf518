import { PGlite } from "@electric-sql/pglite";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import type { Config } from "../config/config.ts";
import type { CommandLog } from "../bus/command-log.ts";
import { inProcessCommandLog } from "../bus/in-process/command-log.ts";
import { jetStreamCommandLog } from "../bus/jetstream/command-log.ts";
import type { EventStore } from "../store/event-store.ts";
import { postgresEventStore } from "../store/postgres.ts";
import { pgliteEventStore } from "../store/pglite.ts";
import type { PartitionLeases } from "../runtime/leases/partition-leases.ts";
import { inProcessLeases } from "../runtime/leases/in-process.ts";
import { natsKvLeases } from "../runtime/leases/nats-kv.ts";
import type { Logger } from "../telemetry/log.ts";

/** The adapters behind the ports, chosen by config. */
export interface Infrastructure {
  store: EventStore;
  commandLog: CommandLog;
  leases: PartitionLeases;
  close(): Promise<void>;
}

/** Embedded: PGlite under the data directory, an in-process log, one node owning everything. */
export async function embedded(config: Config): Promise<Infrastructure> {
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
export async function cluster(
  config: Config,
  nodeId: string,
  log: Logger,
): Promise<Infrastructure> {
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
