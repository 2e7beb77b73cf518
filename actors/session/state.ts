import type { EventData, SessionStatus } from "../../events/mod.ts";
import { evolveBy } from "../decider.ts";

type Opened = EventData<"session.opened">;

export interface TrafficTotals {
  framesIn: number;
  framesOut: number;
  bytesIn: number;
  bytesOut: number;
  errors: number;
}

export interface SessionState {
  /** `none` until opened. */
  status: "none" | SessionStatus;
  opened?: Omit<Opened, "edgeId" | "at">;
  /** The edge that owns the session while it is active (attached); the last owner otherwise. */
  edgeId?: string;
  agentId?: string;
  /**
   * The token hash presented last: still accepted until the session's own
   * (`opened.resumeTokenHash`, handed out with that resume) is presented.
   */
  previousResumeTokenHash?: string;
  /** Set while detached: after this the session may be expired. */
  graceUntil?: string;
  rebinds: number;
  traffic: TrafficTotals;
  closedReason?: string;
}

export const initialSessionState: SessionState = {
  status: "none",
  rebinds: 0,
  traffic: { framesIn: 0, framesOut: 0, bytesIn: 0, bytesOut: 0, errors: 0 },
};

export const evolveSession = evolveBy<SessionState>({
  "session.opened": (state, { edgeId, at: _at, ...opened }) => ({
    ...state,
    status: "opening",
    opened,
    edgeId,
  }),
  "session.routed": (state, data) => ({ ...state, status: "active", agentId: data.agentId }),
  // A rebind keeps ownership: a detached session stays detached on its new agent.
  "session.rebound": (state, data) => ({
    ...state,
    agentId: data.agentId,
    rebinds: state.rebinds + 1,
  }),
  "session.resumed": (state, data) => ({
    ...state,
    // The token rotates on every resume; the one just presented works until the new one is.
    opened: state.opened && { ...state.opened, resumeTokenHash: data.resumeTokenHash },
    previousResumeTokenHash: data.presentedTokenHash ?? state.opened?.resumeTokenHash,
    status: "active",
    edgeId: data.edgeId,
    agentId: data.agentId,
    graceUntil: undefined,
  }),
  "session.detached": (state, data) => ({
    ...state,
    status: "detached",
    graceUntil: data.graceUntil,
  }),
  "session.trafficReported": (state, data) => ({
    ...state,
    traffic: {
      framesIn: state.traffic.framesIn + data.framesIn,
      framesOut: state.traffic.framesOut + data.framesOut,
      bytesIn: state.traffic.bytesIn + data.bytesIn,
      bytesOut: state.traffic.bytesOut + data.bytesOut,
      errors: state.traffic.errors + data.errors,
    },
  }),
  "session.closed": (state, data) => ({ ...state, status: "closed", closedReason: data.reason }),
});
