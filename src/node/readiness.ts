import type { DependencyState, Readiness } from "../api/health.ts";
import type { CommandLog } from "../bus/command-log.ts";
import type { EventStore } from "../store/event-store.ts";
import type { StoreHealth } from "../store/store-health.ts";
import type { PartitionLeases } from "../runtime/leases/partition-leases.ts";

export interface ReadinessDeps {
  store: EventStore;
  /** PostgreSQL's health as the store's queries see it; absent for the embedded store. */
  storeHealth?: StoreHealth;
  commandLog: CommandLog;
  leases: PartitionLeases;
}

/** What the store's outage reads as, to clients (a 1013 reason) and to /readyz. */
export const STORE_UNAVAILABLE = "PostgreSQL (event store) unavailable; retry later";

/**
 * The node's dependencies for /readyz: the store (known down, or one query),
 * the command log and the leases. Each adapter's check lives here so that a
 * new dependency is one more entry.
 */
export function nodeReadiness(deps: ReadinessDeps): Readiness {
  return {
    store: async (): Promise<DependencyState> => {
      const known = deps.storeHealth?.current;
      if (known?.state === "down") {
        const since = new Date(known.since).toISOString();
        return { state: "down", detail: `${STORE_UNAVAILABLE} (since ${since}): ${known.error}` };
      }
      await deps.store.headPosition();
      return { state: "up", detail: deps.storeHealth ? "PostgreSQL" : "embedded" };
    },
    commandLog: () => Promise.resolve(stateOf(deps.commandLog.readiness())),
    leases: () => Promise.resolve(stateOf(deps.leases.readiness())),
  };
}

/** An adapter's own readiness ({ok, detail}) as /readyz reports it. */
function stateOf(readiness: { ok: boolean; detail: string }): DependencyState {
  return { state: readiness.ok ? "up" : "down", detail: readiness.detail };
}
