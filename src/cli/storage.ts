import {
  pgliteProjectionDatabase,
  postgresProjectionDatabase,
} from "../../projections/database.ts";
import type { ProjectionSpace } from "../../projections/table-sets.ts";
import type { Config } from "../config/config.ts";
import type { EventStore } from "../store/event-store.ts";
import { pgliteEventStore } from "../store/pglite.ts";
import { postgresEventStore } from "../store/postgres.ts";
import { describeOwner, lockDataDir, openPgliteUnderLock } from "../store/data-dir-lock.ts";
import type { CommandIo } from "./replay.ts";

/** The log and the read models of one deployment, as a command-line tool reaches them. */
export interface Storage {
  store: EventStore;
  space: ProjectionSpace;
  /** Where it is, for people: the database URL without credentials, or the data directory. */
  where: string;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** The event store's schema (the node's default when absent). */
  storeSchema?: string;
  /** The projections' control schema and table-set prefix. */
  viewsSchema?: string;
}

export class StorageMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StorageMissingError";
  }
}

/** Which command opens the storage, and how to do the same while a node runs. */
export interface StorageUse {
  /** The command's name, as a second opener will see it ("cli hashes"). */
  command: string;
  /** What does the same thing against a running node, if anything does. */
  online?: string;
}

/**
 * Opens what the node uses: PostgreSQL when DATABASE_URL is set, else the
 * embedded PGlite under DATA_DIR (one instance for store and projections,
 * as the node has it). Embedded data admits one process at a time: the
 * directory is locked while open, and a directory a running node (or
 * another command) holds is refused with DataDirLockedError naming it.
 */
export async function openStorage(
  config: Config,
  options: StorageOptions,
  use: StorageUse,
  io?: Pick<CommandIo, "stderr">,
): Promise<Storage> {
  // The node names its schemas after the namespace: a tool must find the same ones.
  const base = options.viewsSchema ?? `${config.namespace}_views`;
  const storeSchema = options.storeSchema ?? config.namespace;
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    const store = await postgresEventStore({
      url: config.databaseUrl,
      schema: storeSchema,
    });
    const database = postgresProjectionDatabase({ url: config.databaseUrl });
    return {
      store,
      space: { database, base },
      where: `${url.protocol}//${url.host}${url.pathname}`,
      async close() {
        await store.close();
        await database.close();
      },
    };
  }
  const dir = `${config.dataDir}/pglite`;
  const found = await Deno.stat(dir).then((s) => s.isDirectory, () => false);
  if (!found) {
    throw new StorageMissingError(
      `no embedded database at ${dir}: set DATA_DIR to the node's data directory, or DATABASE_URL`,
    );
  }
  const lock = await lockDataDir(config.dataDir, {
    command: use.command,
    advice: `stop the node first${use.online ? `, or ${use.online}` : ""}`,
  });
  if (lock.abandonedBy) {
    io?.stderr(
      `${use.command}: note: took over ${config.dataDir} from ${
        describeOwner(lock.abandonedBy)
      }, which did not stop cleanly\n`,
    );
  }
  return await openPgliteUnderLock(lock, dir, async (pglite) => {
    const store = await pgliteEventStore({ pglite, schema: storeSchema });
    const database = pgliteProjectionDatabase(pglite);
    return {
      store,
      space: { database, base },
      where: dir,
      async close() {
        await store.close();
        await database.close();
      },
    };
  });
}
