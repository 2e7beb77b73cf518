import { fleetCounters, monitoringProjection } from "../../projections/monitoring/mod.ts";
import { ProjectionReader } from "../../projections/reader.ts";
import type { ProjectionSpace } from "../../projections/table-sets.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import { Driver } from "./driver.ts";

/** `n` heartbeats over two agents (plus their registrations): plenty of small events. */
export async function heartbeats(store: EventStore, n: number, from = 0): Promise<void> {
  const fleet = new Driver(store);
  if (from === 0) {
    await fleet.register("a1", 0);
    await fleet.register("a2", 0);
  }
  for (let i = from; i < from + n; i++) {
    await store.append(`agent-a${1 + (i % 2)}`, [{
      type: "agent.heartbeatReceived",
      data: {
        agentId: `a${1 + (i % 2)}`,
        cpu: i % 100,
        at: new Date(Date.UTC(2026, 10, 25, 12, 0, i)).toISOString(),
      },
    }]);
  }
}

/** The monitoring model's event count: each event counted once means it equals the log's size. */
export async function countedEvents(space: ProjectionSpace): Promise<number> {
  const counters = await new ProjectionReader(space).read(monitoringProjection, fleetCounters, {});
  return counters["events"] ?? 0;
}

/** How many events the log holds (read page by page). */
export async function logSize(store: EventStore): Promise<number> {
  let after = 0;
  let count = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page.length === 0) return count;
    count += page.length;
    after = page[page.length - 1]!.position;
  }
}

/** A promise and the function that settles it: for "wait until this happened" in tests. */
export function signal<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
