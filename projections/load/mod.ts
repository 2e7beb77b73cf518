import { defineProjection } from "../projection.ts";
import { applyLoad, loadEventTypes } from "./fold.ts";
import { loadDdl, type LoadTables } from "./tables.ts";

export * from "./queries.ts";
export * from "./view.ts";
export {
  FLEET,
  LOAD_SCOPES,
  type LoadScope,
  type LoadTables,
  type Resolution,
  RESOLUTIONS,
  retentionOf,
  setLoadRetention,
} from "./tables.ts";
export { latencyBin, type LatencyBins, percentiles } from "./latency.ts";

/** Live sessions, frames/s, bytes/s, error rate and relay latency per agent and capability, in 10 s and 1 min buckets. */
export const loadProjection = defineProjection<LoadTables>({
  name: "load",
  version: 2,
  eventTypes: loadEventTypes,
  ddl: loadDdl,
  apply: applyLoad,
});
