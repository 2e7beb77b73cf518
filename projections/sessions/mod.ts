import { defineProjection } from "../projection.ts";
import { sessionsEventTypes, sessionsFold } from "./fold.ts";
import { sessionsDdl, type SessionsTables } from "./tables.ts";

export * from "./queries.ts";
export * from "./view.ts";
export type { SessionsTables } from "./tables.ts";

/** Closed sessions stay listed this long after closing, on the events' clock. */
export const RETAIN_CLOSED_SECONDS = 24 * 3600;

/** Active and recent sessions: agent, client, capability, times, rebinds, traffic, status. */
export function createSessionsProjection(retainClosedSeconds = RETAIN_CLOSED_SECONDS) {
  return defineProjection<SessionsTables>({
    name: "sessions",
    version: 1,
    eventTypes: sessionsEventTypes,
    ddl: sessionsDdl,
    apply: sessionsFold(retainClosedSeconds),
  });
}

export const sessionsProjection = createSessionsProjection();
