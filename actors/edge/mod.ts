import { EdgeFiguresReported } from "../../events/mod.ts";
import type { Actor } from "../actor.ts";
import { decideBy, event, evolveBy } from "../decider.ts";

/** An edge (one per node, its id the node id): only what it needs to know of its own reports. */
export interface EdgeState {
  reports: number;
}

export const edgeCommands = {
  reportFigures: EdgeFiguresReported.omit({ edgeId: true, at: true }),
};
type EdgeCommands = typeof edgeCommands;

export const evolveEdge = evolveBy<EdgeState>({
  "edge.figuresReported": (state) => ({ reports: state.reports + 1 }),
});

/**
 * The edge's measurements reach the log through here: one batched report
 * per interval (src/edge/figures-reporter.ts). An empty report records
 * nothing, so an idle edge adds no events.
 */
export const edgeActor: Actor<EdgeState> = {
  type: "edge",
  initialState: { reports: 0 },
  commands: edgeCommands,
  decide: decideBy<EdgeState, EdgeCommands>({
    reportFigures: (data, _state, { actorId, metadata: { now } }) => {
      if (data.groups.length === 0) return [];
      return [event("edge.figuresReported", { ...data, edgeId: actorId, at: now })];
    },
  }),
  evolve: evolveEdge,
};
