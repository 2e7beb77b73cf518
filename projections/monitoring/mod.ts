import { defineProjection } from "../projection.ts";
import { applyMonitoring, monitoringEventTypes } from "./fold.ts";
import { monitoringDdl, type MonitoringTables } from "./tables.ts";

export * from "./queries.ts";
export { COUNTERS } from "./fold.ts";
export type { MonitoringTables } from "./tables.ts";

/** Fleet-wide running figures and the routing decisions' distribution per strategy. */
export const monitoringProjection = defineProjection<MonitoringTables>({
  name: "monitoring",
  version: 1,
  eventTypes: monitoringEventTypes,
  ddl: monitoringDdl,
  apply: applyMonitoring,
});
