import { live } from "./store.ts";
import type { FleetPayload, Sample } from "./types.ts";

let source: EventSource | undefined;

/**
 * The browser's one live connection (GET /api/v1/stream). EventSource
 * reconnects by itself; each `fleet` message bumps the version of every
 * kind it says changed, and the views showing those re-read.
 */
export function connectFeed(): void {
  source?.close();
  const es = new EventSource("/api/v1/stream");
  source = es;
  es.onopen = () => live.update((s) => ({ ...s, connected: true }));
  es.onerror = () => live.update((s) => ({ ...s, connected: false }));
  es.addEventListener("history", (e) => {
    const { items } = JSON.parse((e as MessageEvent).data) as { items: Sample[] };
    live.update((s) => ({ ...s, history: items }));
  });
  es.addEventListener("fleet", (e) => {
    const message = JSON.parse((e as MessageEvent).data) as Omit<FleetPayload, "agents"> & {
      agents?: FleetPayload["agents"];
    };
    live.update((s) => {
      // The registry comes only when it moved: keep the last one otherwise.
      const fleet: FleetPayload = { ...message, agents: message.agents ?? s.fleet?.agents ?? [] };
      const versions: Record<string, number> = {
        ...s.versions,
        tick: (s.versions["tick"] ?? 0) + 1,
      };
      for (const kind of fleet.changed) versions[kind] = (versions[kind] ?? 0) + 1;
      const history = fleet.sample && fleet.sample.at !== s.history.at(-1)?.at
        ? [...s.history, fleet.sample].slice(-4000)
        : s.history;
      return { connected: true, fleet, history, versions };
    });
  });
}

export function disconnectFeed(): void {
  source?.close();
  source = undefined;
  live.set({ connected: false, history: [], versions: {} });
}
