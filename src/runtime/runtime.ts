import type { CommandLog } from "../bus/command-log.ts";
import type { EventStore } from "../store/event-store.ts";
import type { Logger } from "../telemetry/log.ts";
import { ActorHost, type ActorHostOptions } from "./actor-host.ts";
import { createDispatcher, type Dispatch } from "./dispatch.ts";
import type { DependencyState, PartitionLeases } from "./leases/partition-leases.ts";

export interface ActorRuntime {
  readonly host: ActorHost;
  readonly leases: PartitionLeases;
  readonly dispatch: Dispatch;
  /** `release: false` simulates a crash: leases expire instead of being handed back. */
  stop(options?: { release?: boolean }): Promise<void>;
  /** The command log's and the leases' state, for readiness. */
  readiness(): { commandLog: DependencyState; leases: DependencyState };
}

/** Wires an actor host to the leases that say which partitions it consumes. */
export async function startActorRuntime(options: {
  store: EventStore;
  commandLog: CommandLog;
  leases: PartitionLeases;
  actors: ActorHostOptions["actors"];
  log?: Logger;
  host?: Partial<ActorHostOptions>;
  observeDispatch?: Parameters<typeof createDispatcher>[2];
  /**
   * Commands for partitions this node owns skip the log round trip (on by
   * default; dispatch.ts, LocalHost). Off: every command travels the log.
   */
  localDispatch?: boolean;
}): Promise<ActorRuntime> {
  const host = new ActorHost({
    stillOwns: (p) => options.leases.owned().includes(p),
    ...options.host,
    store: options.store,
    commandLog: options.commandLog,
    actors: options.actors,
    ...(options.log ? { log: options.log } : {}),
  });
  await options.leases.start({
    acquired: (p) => host.startPartition(p),
    lost: (p) => host.stopPartition(p, { release: true }),
  });
  return {
    host,
    leases: options.leases,
    dispatch: createDispatcher(
      options.commandLog,
      undefined,
      options.observeDispatch,
      options.localDispatch === false ? undefined : host,
    ),
    readiness: () => ({
      commandLog: options.commandLog.readiness(),
      leases: options.leases.readiness(),
    }),
    async stop({ release = true } = {}) {
      // Consumers first, so a crash-like stop leaves unacked commands for the next owner.
      await host.stop({ release });
      await options.leases.stop({ release });
    },
  };
}
