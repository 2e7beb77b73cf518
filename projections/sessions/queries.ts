import { sql } from "kysely";
import type { ReadSet } from "../projection.ts";
import type { SessionStatus } from "../../events/mod.ts";
import { type Page, toPage } from "../page.ts";
import type { SessionsTables } from "./tables.ts";
import { type SessionView, sessionView } from "./view.ts";

export interface SessionQuery {
  agentId?: string;
  status?: SessionStatus;
  /** The capability the client asked for (exact). */
  capability?: string;
  /** The client's id, the token's `sub` (exact). */
  clientId?: string;
  limit: number;
  /** The previous page's cursor: an opened position; this page starts below it. */
  cursor?: number;
}

/** Newest first (by the position the session opened at). */
export async function listSessions(
  { db }: ReadSet<SessionsTables>,
  query: SessionQuery,
): Promise<Page<SessionView>> {
  let select = db.selectFrom("sessions").select(["session_id", "opened_position", "doc"])
    .orderBy("opened_position", "desc").limit(query.limit + 1);
  if (query.agentId !== undefined) select = select.where("agent_id", "=", query.agentId);
  if (query.status !== undefined) select = select.where("status", "=", query.status);
  // Read from the stored fold state: the list is bounded by the closed sessions' retention.
  if (query.capability !== undefined) {
    select = select.where(sql`doc->'state'->'opened'->>'capability'`, "=", query.capability);
  }
  if (query.clientId !== undefined) {
    select = select.where(sql`doc->'state'->'opened'->>'clientId'`, "=", query.clientId);
  }
  if (query.cursor !== undefined) select = select.where("opened_position", "<", query.cursor);
  const rows = await select.execute();
  return toPage(
    rows,
    query.limit,
    (row) => sessionView(row.doc, row.session_id),
    (row) => String(row.opened_position),
  );
}

export async function getSession(
  { db }: ReadSet<SessionsTables>,
  sessionId: string,
): Promise<SessionView | undefined> {
  const row = await db.selectFrom("sessions").select(["session_id", "doc"])
    .where("session_id", "=", sessionId).executeTakeFirst();
  return row ? sessionView(row.doc, row.session_id) : undefined;
}

/** Sessions held per status (closed ones only within the retention). */
export async function sessionsByStatus(
  { db }: ReadSet<SessionsTables>,
): Promise<Record<string, number>> {
  const rows = await db.selectFrom("sessions")
    .select(["status", (eb) => eb.fn.countAll<number>().as("sessions")])
    .groupBy("status").orderBy("status").execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.sessions)]));
}
