import { z } from "zod";
import { AlertSeverity, Labels, type StoredDomainEvent } from "../../events/mod.ts";

/** How the alert's transition went out through one channel (its last attempt, or the silence). */
export const AlertNotification = z.object({
  channelId: z.string(),
  status: z.enum(["firing", "resolved"]),
  /** retrying: failed, another attempt is scheduled; failed: given up. */
  outcome: z.enum(["delivered", "retrying", "failed", "suppressed"]),
  attempts: z.number().int(),
  httpStatus: z.number().int().optional(),
  error: z.string().optional(),
  at: z.string(),
});
export type AlertNotification = z.infer<typeof AlertNotification>;

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
  /** Per channel and transition, as the notifier recorded it: what the receivers were told. */
  notifications: z.array(AlertNotification),
});
export type AlertRecord = z.infer<typeof AlertRecord>;

type AlertEvent = Extract<
  StoredDomainEvent,
  { type: `alert.${string}` | "notification.attempted" | "notification.suppressed" }
>;

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
        notifications: record?.notifications ?? [],
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
        notifications: record?.notifications ?? [],
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
    case "notification.attempted":
    case "notification.suppressed": {
      if (!record) return undefined;
      const d = event.data;
      const told: AlertNotification = event.type === "notification.suppressed"
        ? { channelId: d.channelId, status: d.status, outcome: "suppressed", attempts: 0, at: d.at }
        : {
          channelId: d.channelId,
          status: d.status,
          outcome: event.data.outcome === "delivered"
            ? "delivered"
            : event.data.retryAt
            ? "retrying"
            : "failed",
          attempts: event.data.attempt,
          ...(event.data.httpStatus !== undefined ? { httpStatus: event.data.httpStatus } : {}),
          ...(event.data.error !== undefined ? { error: event.data.error } : {}),
          at: d.at,
        };
      const same = (n: AlertNotification) =>
        n.channelId === told.channelId && n.status === told.status;
      const notifications = record.notifications.some(same)
        ? record.notifications.map((n) => same(n) ? told : n)
        : [...record.notifications, told];
      return { ...record, notifications };
    }
  }
  return record;
}
