import { sql } from "kysely";
import type { ReadSet } from "../projection.ts";
import type { AgentStatus } from "../../events/mod.ts";
import { iso } from "../bulk.ts";
import { type Page, toPage } from "../page.ts";
import type { RegistryTables } from "./tables.ts";
import { type AgentDetail, type AgentView, agentView } from "./view.ts";

export interface AgentQuery {
  status?: AgentStatus;
  capability?: string;
  limit: number;
  /** Agent id to start after (the previous page's cursor). */
  cursor?: string;
}

/** Agents by id, filtered by status and capability. */
export async function listAgents(
  { db }: ReadSet<RegistryTables>,
  query: AgentQuery,
): Promise<Page<AgentView>> {
  let select = db.selectFrom("agents").select(["agent_id", "doc"])
    .orderBy("agent_id").limit(query.limit + 1);
  if (query.status) select = select.where("status", "=", query.status);
  if (query.capability) {
    select = select.where(sql<boolean>`${query.capability} = ANY(capabilities)`);
  }
  if (query.cursor !== undefined) select = select.where("agent_id", ">", query.cursor);
  const rows = await select.execute();
  return toPage(rows, query.limit, (row) => agentView(row.doc), (row) => row.agent_id);
}

/** One agent with its version history, oldest first. */
export async function getAgent(
  { db }: ReadSet<RegistryTables>,
  agentId: string,
): Promise<AgentDetail | undefined> {
  const row = await db.selectFrom("agents").select("doc")
    .where("agent_id", "=", agentId).executeTakeFirst();
  if (!row) return undefined;
  const versions = await db.selectFrom("agent_versions")
    .select(["version", "previous_version", "at", "position"])
    .where("agent_id", "=", agentId).orderBy("position").execute();
  return {
    ...agentView(row.doc),
    versions: versions.map((v) => ({
      version: v.version,
      previousVersion: v.previous_version,
      at: iso(v.at)!,
      position: Number(v.position),
    })),
  };
}

export async function agentsByStatus(
  { db }: ReadSet<RegistryTables>,
): Promise<Record<string, number>> {
  const rows = await db.selectFrom("agents")
    .select(["status", (eb) => eb.fn.countAll<number>().as("agents")])
    .groupBy("status").orderBy("status").execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.agents)]));
}

/** Live sessions per agent, for agents that have any, busiest first. */
export async function sessionsPerAgent(
  { db }: ReadSet<RegistryTables>,
): Promise<{ agentId: string; sessions: number }[]> {
  const sessions = sql<number>`(doc->>'currentSessions')::int`;
  const rows = await db.selectFrom("agents").select(["agent_id", sessions.as("sessions")])
    .where(sessions, ">", 0).orderBy("sessions", "desc").orderBy("agent_id").execute();
  return rows.map((r) => ({ agentId: r.agent_id, sessions: Number(r.sessions) }));
}
