import { sql } from "kysely";
import { sessionActor } from "../../actors/session/mod.ts";
import type { StoredDomainEvent } from "../../events/mod.ts";
import { inList, upsertRows } from "../bulk.ts";
import { advance, readClock, saveClock } from "../clock.ts";
import type { TableSet } from "../projection.ts";
import type { SessionDoc, SessionsTables } from "./tables.ts";

export const sessionsEventTypes = [
  "session.opened",
  "session.routed",
  "session.rebound",
  "session.resumed",
  "session.detached",
  "session.trafficReported",
  "session.closed",
] as const;

type SessionEvent = Extract<StoredDomainEvent, { type: (typeof sessionsEventTypes)[number] }>;

/**
 * Folds a batch into the sessions table: load the sessions it touches, fold
 * each with the session actor's `evolve`, write them back, then prune closed
 * sessions older than the retention (measured on the events' clock).
 */
export function sessionsFold(retainClosedSeconds: number) {
  return async (set: TableSet<SessionsTables>, events: readonly StoredDomainEvent[]) => {
    const ids = new Set(events.map((e) => (e as SessionEvent).data.sessionId));
    const rows = await set.db.selectFrom("sessions").select(["session_id", "doc"])
      .where(inList("session_id", ids)).execute();
    const docs = new Map(rows.map((r) => [r.session_id, r.doc]));
    const changed = new Set<string>();
    const before = await readClock(set);
    let clock = before;
    for (const event of events as readonly SessionEvent[]) {
      clock = advance(clock, event.data.at);
      const doc = foldSession(docs.get(event.data.sessionId), event);
      if (!doc) continue;
      docs.set(event.data.sessionId, doc);
      changed.add(event.data.sessionId);
    }
    await upsertRows(
      set,
      "sessions",
      ["session_id"],
      [...changed].map((id) => {
        const doc = docs.get(id)!;
        return {
          session_id: id,
          opened_position: doc.openedPosition,
          agent_id: doc.state.agentId ?? null,
          status: doc.state.status,
          closed_at: doc.closedAt ?? null,
          doc,
        };
      }),
    );
    await saveClock(set, before, clock);
    if (clock !== undefined) {
      const cutoff = new Date(Date.parse(clock) - retainClosedSeconds * 1000).toISOString();
      await sql`DELETE FROM ${sql.id(set.schema, "sessions")}
        WHERE closed_at < ${cutoff}::timestamptz`.execute(set.db);
    }
  };
}

/** The next doc, or undefined for an event about a session this model does not hold (never opened, or pruned). */
function foldSession(doc: SessionDoc | undefined, event: SessionEvent): SessionDoc | undefined {
  const at = event.data.at;
  if (event.type === "session.opened") {
    if (doc) return undefined; // deciders never reopen an id; keep the first life
    return {
      state: sessionActor.evolve(sessionActor.initialState, event),
      openedAt: at,
      openedPosition: event.position,
      lastEventAt: at,
      resumes: 0,
      detaches: 0,
    };
  }
  if (!doc) return undefined;
  const next: SessionDoc = {
    ...doc,
    state: sessionActor.evolve(doc.state, event),
    lastEventAt: at,
  };
  switch (event.type) {
    case "session.routed":
      return { ...next, routedAt: at, strategy: event.data.decision.strategy };
    case "session.rebound":
      return { ...next, strategy: event.data.decision.strategy };
    case "session.resumed":
      return { ...next, resumes: doc.resumes + 1 };
    case "session.detached":
      return { ...next, detaches: doc.detaches + 1 };
    case "session.closed":
      return {
        ...next,
        closedAt: at,
        ...(event.data.code !== undefined ? { closeCode: event.data.code } : {}),
      };
    default:
      return next;
  }
}
