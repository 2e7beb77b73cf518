import { defineProjection } from "../projection.ts";
import { applyRegistry, registryEventTypes } from "./fold.ts";
import { registryDdl, type RegistryTables } from "./tables.ts";

export * from "./queries.ts";
export * from "./view.ts";
export type { RegistryTables } from "./tables.ts";

/** Agents: status, capabilities, version history, weight, last heartbeat and load, live sessions. */
export const registryProjection = defineProjection<RegistryTables>({
  name: "registry",
  version: 1,
  eventTypes: registryEventTypes,
  ddl: registryDdl,
  apply: applyRegistry,
});
