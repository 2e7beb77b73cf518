import { sql } from "kysely";
import { eventDefinitions, type EventType, type StoredDomainEvent } from "../../events/mod.ts";
import { recordsOf, type SqlTarget } from "../bulk.ts";
import { advance, readClock, saveClock } from "../clock.ts";
import type { TableSet } from "../projection.ts";
import type { MonitoringTables } from "./tables.ts";

/** Every event type: each is counted, some also move a fleet figure. */
export const monitoringEventTypes = Object.keys(eventDefinitions) as EventType[];

/** Names of the running figures besides `events.<type>`. */
export const COUNTERS = {
  events: "events",
  liveSessions: "sessions.live",
  failovers: "sessions.failovers",
  resumes: "sessions.resumes",
  frames: "traffic.frames",
  bytes: "traffic.bytes",
  errors: "traffic.errors",
  activeAlerts: "alerts.active",
  registrations: "agents.registrations",
} as const;

/**
 * Everything here is a sum, so a batch folds into deltas and each table
 * takes one additive upsert: no rows need loading first.
 */
export async function applyMonitoring(
  set: TableSet<MonitoringTables>,
  events: readonly StoredDomainEvent[],
): Promise<void> {
  const counters = new Map<string, number>();
  const decisions = new Map<string, number>();
  const bump = (name: string, by = 1) => counters.set(name, (counters.get(name) ?? 0) + by);
  const before = await readClock(set);
  let clock = before;
  for (const event of events) {
    clock = advance(clock, event.data.at);
    bump(COUNTERS.events);
    bump(`events.${event.type}`);
    switch (event.type) {
      case "session.opened":
        bump(COUNTERS.liveSessions);
        break;
      case "session.closed":
        bump(COUNTERS.liveSessions, -1);
        break;
      case "session.routed":
      case "session.rebound": {
        const kind = event.type === "session.routed" ? "routed" : "rebound";
        const { strategy, capability } = event.data.decision;
        const key = JSON.stringify([kind, strategy, capability ?? ""]);
        decisions.set(key, (decisions.get(key) ?? 0) + 1);
        if (kind === "rebound") bump(COUNTERS.failovers);
        break;
      }
      case "session.resumed":
        bump(COUNTERS.resumes);
        break;
      case "session.trafficReported":
        bump(COUNTERS.frames, event.data.framesIn + event.data.framesOut);
        bump(COUNTERS.bytes, event.data.bytesIn + event.data.bytesOut);
        bump(COUNTERS.errors, event.data.errors);
        break;
      case "alert.raised":
        bump(COUNTERS.activeAlerts);
        break;
      case "alert.resolved":
        bump(COUNTERS.activeAlerts, -1);
        break;
      case "agent.registered":
        bump(COUNTERS.registrations);
        break;
    }
  }
  await addTo(
    set,
    "counters",
    ["name"],
    "value",
    [...counters].map(([name, value]) => ({
      name,
      value,
    })),
  );
  await addTo(
    set,
    "routing_decisions",
    ["kind", "strategy", "capability"],
    "decisions",
    [...decisions].map(([key, n]) => {
      const [kind, strategy, capability] = JSON.parse(key) as string[];
      return { kind, strategy, capability, decisions: n };
    }),
  );
  await saveClock(set, before, clock);
}

/** Inserts rows, or adds their `column` to the stored row's. */
async function addTo(
  set: SqlTarget,
  table: string,
  key: string[],
  column: string,
  rows: object[],
): Promise<void> {
  if (rows.length === 0) return;
  const target = sql.id(set.schema, table);
  const columns = sql.join(Object.keys(rows[0]!).map((c) => sql.id(c)));
  await sql`
    INSERT INTO ${target} AS t (${columns})
    SELECT ${columns} FROM ${recordsOf(target, rows)}
    ON CONFLICT (${sql.join(key.map((c) => sql.id(c)))})
    DO UPDATE SET ${sql.id(column)} = t.${sql.id(column)} + excluded.${sql.id(column)}`
    .execute(set.db);
}
