import type { ReadSet } from "../projection.ts";
import type { AlertRecord } from "./record.ts";
import type { AlertsTables } from "./tables.ts";

export interface AlertQuery {
  /** `all` (default) includes pending, firing and resolved. */
  state?: "pending" | "firing" | "resolved" | "all";
  ruleId?: string;
  limit: number;
}

/** Alerts, newest start first (then by id, so equal starts list the same every time). */
export async function listAlerts(
  { db }: ReadSet<AlertsTables>,
  query: AlertQuery,
): Promise<AlertRecord[]> {
  let select = db.selectFrom("alerts").select("doc")
    .orderBy("starts_at", "desc").orderBy("alert_id").limit(query.limit);
  if (query.state && query.state !== "all") select = select.where("state", "=", query.state);
  if (query.ruleId) select = select.where("rule_id", "=", query.ruleId);
  return (await select.execute()).map((r) => r.doc);
}

export async function getAlert(
  { db }: ReadSet<AlertsTables>,
  alertId: string,
): Promise<AlertRecord | undefined> {
  const row = await db.selectFrom("alerts").select("doc").where("alert_id", "=", alertId)
    .executeTakeFirst();
  return row?.doc;
}
