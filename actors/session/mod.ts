import type { Actor } from "../actor.ts";
import { sessionCommands } from "./commands.ts";
import { decideSession } from "./decide.ts";
import { evolveSession, initialSessionState, type SessionState } from "./state.ts";

export { sessionCommands } from "./commands.ts";
export type { SessionState, TrafficTotals } from "./state.ts";

/** One client session: its owner edge, its agent, failovers, resumes and traffic. Actor id = session id. */
export const sessionActor: Actor<SessionState> = {
  type: "session",
  initialState: initialSessionState,
  commands: sessionCommands,
  // Edges open sessions under fresh random ids.
  startsStream: new Set(["open"]),
  decide: decideSession,
  evolve: evolveSession,
};
