import type { StoredDomainEvent } from "../../events/mod.ts";
import { deleteKeys, inList, upsertRows } from "../bulk.ts";
import type { TableSet } from "../projection.ts";
import { type AlertRecord, foldAlertRecord } from "./record.ts";
import type { AlertsTables } from "./tables.ts";

export const alertsEventTypes = [
  "alert.pending",
  "alert.pendingCleared",
  "alert.valueChanged",
  "alert.raised",
  "alert.resolved",
  "alert.acknowledged",
  "notification.attempted",
  "notification.suppressed",
  "alertRule.created",
  "alertRule.updated",
  "alertRule.deleted",
  "silence.created",
  "silence.deleted",
] as const;

interface Row<D> {
  doc: D;
  deleted_at: string | null;
  position: number;
}

/** A batch: the alerts it touches loaded once, folded in memory, written with one statement per table. */
export async function applyAlerts(
  set: TableSet<AlertsTables>,
  events: readonly StoredDomainEvent[],
): Promise<void> {
  const ids = new Set<string>();
  for (const e of events) {
    if (e.type.startsWith("alert.") || e.type.startsWith("notification.")) {
      ids.add((e.data as { alertId: string }).alertId);
    }
  }
  const alerts = new Map<string, { doc: AlertRecord | undefined; position: number }>();
  if (ids.size > 0) {
    const rows = await set.db.selectFrom("alerts").select(["alert_id", "doc", "position"])
      .where(inList("alert_id", ids)).execute();
    for (const r of rows) alerts.set(r.alert_id, { doc: r.doc, position: Number(r.position) });
  }
  const rules = new Map<string, Row<unknown>>();
  const silences = new Map<string, Row<unknown>>();
  const touched = new Set<string>();
  for (const event of events) {
    switch (event.type) {
      case "alert.pending":
      case "alert.pendingCleared":
      case "alert.valueChanged":
      case "alert.raised":
      case "alert.resolved":
      case "alert.acknowledged":
      case "notification.attempted":
      case "notification.suppressed": {
        const id = event.data.alertId;
        alerts.set(id, {
          doc: foldAlertRecord(alerts.get(id)?.doc, event),
          position: event.position,
        });
        touched.add(id);
        break;
      }
      case "alertRule.created":
      case "alertRule.updated":
        rules.set(event.data.ruleId, {
          doc: { ...event.data.rule, id: event.data.ruleId },
          deleted_at: null,
          position: event.position,
        });
        break;
      case "alertRule.deleted": {
        const known = rules.get(event.data.ruleId) ??
          await stored(set, "alert_rules", "rule_id", event.data.ruleId);
        if (known) {
          rules.set(event.data.ruleId, {
            ...known,
            deleted_at: event.data.at,
            position: event.position,
          });
        }
        break;
      }
      case "silence.created": {
        const { at: _at, ...silence } = event.data;
        silences.set(event.data.silenceId, {
          doc: silence,
          deleted_at: null,
          position: event.position,
        });
        break;
      }
      case "silence.deleted": {
        const known = silences.get(event.data.silenceId) ??
          await stored(set, "silences", "silence_id", event.data.silenceId);
        if (known) {
          silences.set(event.data.silenceId, {
            ...known,
            deleted_at: event.data.at,
            position: event.position,
          });
        }
        break;
      }
    }
  }
  const kept = [...touched].filter((id) => alerts.get(id)?.doc);
  await upsertRows(
    set,
    "alerts",
    ["alert_id"],
    kept.map((id) => {
      const { doc, position } = alerts.get(id)!;
      return {
        alert_id: id,
        rule_id: doc!.ruleId,
        state: doc!.state,
        starts_at: doc!.startsAt,
        position,
        doc,
      };
    }),
  );
  await deleteKeys(set, "alerts", "alert_id", [...touched].filter((id) => !alerts.get(id)?.doc));
  await upsertRows(
    set,
    "alert_rules",
    ["rule_id"],
    [...rules].map(([rule_id, r]) => ({ rule_id, ...r })),
  );
  await upsertRows(
    set,
    "silences",
    ["silence_id"],
    [...silences].map(([silence_id, r]) => ({ silence_id, ...r })),
  );
}

async function stored(
  set: TableSet<AlertsTables>,
  table: "alert_rules" | "silences",
  key: "rule_id" | "silence_id",
  id: string,
): Promise<Row<unknown> | undefined> {
  // deno-lint-ignore no-explicit-any
  const row = await (set.db as any).selectFrom(table).select(["doc", "deleted_at", "position"])
    .where(key, "=", id).executeTakeFirst() as Row<unknown> | undefined;
  return row ? { ...row, position: Number(row.position) } : undefined;
}
