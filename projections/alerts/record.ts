import { z } from "zod";
import { AlertSeverity, Labels, type StoredDomainEvent } from "../../events/mod.ts";

/** One alert as `GET /alerts` lists it: its whole history folded into one record. */
export const AlertRecord = z.object({
  id: z.string(),
  ruleId: z.string(),
  fingerprint: z.string(),
  state: z.enum(["pending", "firing", "resolved"]),
  severity: AlertSeverity.optional(),
  labels: Labels,
  annotations: Labels,
  /** The latest recorded value (refreshed at most once a minute; null: the series disappeared). */
  value: z.number().nullable(),
  /** When `value` was recorded. */
  valueAt: z.string().optional(),
  /** The value it fired with. */
  raisedValue: z.number().optional(),
  /** When the condition started to hold. */
  activeAt: z.string(),
  /** When it fired (pending: when it became active). */
  startsAt: z.string(),
  endsAt: z.string().optional(),
  acknowledged: z.boolean(),
  acknowledgedBy: z.string().optional(),
  acknowledgedAt: z.string().optional(),
  acknowledgeComment: z.string().optional(),
});
export type AlertRecord = z.infer<typeof AlertRecord>;

type AlertEvent = Extract<StoredDomainEvent, { type: `alert.${string}` }>;

/**
 * One alert event on its record: a new record on `pending` (or `raised` with
 * `forSeconds: 0`), none after `pendingCleared` (it never fired: no history
 * to keep). Pure, and so a rebuild folds the same records.
 */
export function foldAlertRecord(
  record: AlertRecord | undefined,
  event: AlertEvent,
): AlertRecord | undefined {
  const d = event.data;
  switch (event.type) {
    case "alert.pending":
      return {
        id: d.alertId,
        ruleId: d.ruleId,
        fingerprint: d.fingerprint,
        state: "pending",
        labels: event.data.labels,
        annotations: {},
        value: event.data.value,
        valueAt: event.data.at,
        activeAt: event.data.at,
        startsAt: event.data.at,
        acknowledged: record?.acknowledged ?? false,
      };
    case "alert.raised":
      return {
        ...record,
        id: d.alertId,
        ruleId: d.ruleId,
        fingerprint: d.fingerprint,
        state: "firing",
        severity: event.data.severity,
        labels: event.data.labels,
        annotations: event.data.annotations,
        value: event.data.value,
        valueAt: event.data.at,
        raisedValue: event.data.value,
        activeAt: event.data.activeAt ?? event.data.startsAt,
        startsAt: event.data.startsAt,
        acknowledged: record?.acknowledged ?? false,
      };
    case "alert.valueChanged":
      if (!record || record.state === "resolved") return record;
      return { ...record, value: event.data.value, valueAt: event.data.at };
    case "alert.pendingCleared":
      return undefined;
    case "alert.resolved":
      if (!record) return undefined;
      return {
        ...record,
        state: "resolved",
        value: event.data.value ?? record.value,
        ...(event.data.value !== null ? { valueAt: event.data.at } : {}),
        endsAt: event.data.endsAt,
      };
    case "alert.acknowledged":
      if (!record) return undefined;
      return {
        ...record,
        acknowledged: true,
        acknowledgedBy: event.data.by,
        acknowledgedAt: event.data.at,
        ...(event.data.comment !== undefined ? { acknowledgeComment: event.data.comment } : {}),
      };
  }
  return record;
}
