import { clockDdl } from "../clock.ts";

export interface MonitoringTables {
  /** Fleet-wide running figures by name (see fold.ts for the names). */
  counters: { name: string; value: number };
  /** Routing decisions by kind (routed / rebound), strategy and capability. */
  routing_decisions: { kind: string; strategy: string; capability: string; decisions: number };
  clock: { singleton: boolean; high_water_at: Date | string };
}

export function monitoringDdl(schema: string): string[] {
  return [
    `CREATE TABLE ${schema}.counters (
      name text PRIMARY KEY,
      value bigint NOT NULL
    )`,
    `CREATE TABLE ${schema}.routing_decisions (
      kind text NOT NULL,
      strategy text NOT NULL,
      capability text NOT NULL,
      decisions bigint NOT NULL,
      PRIMARY KEY (kind, strategy, capability)
    )`,
    clockDdl(schema),
  ];
}
