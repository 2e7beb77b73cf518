import { ProjectionReader } from "../reader.ts";
import { ensureControl, type ProjectionSpace } from "../table-sets.ts";
import { type AlertQuery, getAlert, listAlerts } from "./queries.ts";
import type { AlertRecord } from "./record.ts";
import { alertsProjection } from "./mod.ts";

/** What `GET /alerts` and `POST /alerts/{id}/ack` read. */
export interface AlertReads {
  list(query: AlertQuery): Promise<AlertRecord[]>;
  get(alertId: string): Promise<AlertRecord | undefined>;
}

/** Reads on the alerts projection's live set (empty before its first build). */
export function alertReads(space: ProjectionSpace): AlertReads {
  const reader = new ProjectionReader(space);
  let control: Promise<void> | undefined;
  const ready = () => (control ??= ensureControl(space).catch((error) => {
    control = undefined;
    throw error;
  }));
  return {
    async list(query) {
      await ready();
      return await reader.read(alertsProjection, (set) => listAlerts(set, query), []);
    },
    async get(alertId) {
      await ready();
      return await reader.read(alertsProjection, (set) => getAlert(set, alertId), undefined);
    },
  };
}
