import { defineProjection } from "../projection.ts";
import { alertsEventTypes, applyAlerts } from "./fold.ts";
import { alertsDdl, type AlertsTables } from "./tables.ts";

export * from "./queries.ts";
export { AlertRecord, foldAlertRecord } from "./record.ts";
export type { AlertsTables } from "./tables.ts";

/** The alert history (every alert that was pending or fired), the rules and the silences. */
export const alertsProjection = defineProjection<AlertsTables>({
  name: "alerts",
  // 2: records carry their notifications.
  version: 2,
  eventTypes: alertsEventTypes,
  ddl: alertsDdl,
  apply: applyAlerts,
});
