import { z } from "zod";
import {
  RoutingDecision,
  SessionClosed,
  SessionOpened,
  SessionRebound,
  SessionRouted,
  SessionTrafficReported,
} from "../../events/mod.ts";

/** The edge a command comes from. Absent for operators and timers, which own nothing. */
const edgeId = SessionOpened.shape.edgeId;
const fromEdge = { edgeId: edgeId.optional() };

export const sessionCommands = {
  /**
   * Opens a session; with `route`, routes it in the same decision (the edge
   * decides from its fleet view), so opening costs one command, not two.
   */
  open: SessionOpened.omit({ sessionId: true, at: true }).extend({
    route: SessionRouted.pick({ agentId: true, decision: true }).optional(),
  }).refine(
    (open) => open.capability !== undefined || open.agentType !== undefined,
    { message: "a session needs a capability or an agent type", path: ["capability"] },
  ),
  route: SessionRouted.omit({ sessionId: true, at: true }).extend(fromEdge),
  /** Failover: the agent failed, move the session; metadata and resume token stay. */
  rebind: SessionRebound.omit({ sessionId: true, at: true, fromAgentId: true }).extend({
    ...fromEdge,
    /** The agent the caller believes the session is on; a mismatch means someone else moved it first. */
    fromAgentId: SessionRebound.shape.fromAgentId.optional(),
  }),
  /**
   * A reconnecting client. The caller says whether the session's agent is
   * healthy (it reads the fleet view; the actor cannot); if not, it routes
   * first and passes the new agent in `rebind`, so resume and failover are
   * one atomic decision.
   */
  resume: z.object({
    edgeId,
    resumeTokenHash: SessionOpened.shape.resumeTokenHash,
    /**
     * The hash of the fresh token handed to the client. The presented token
     * keeps working until this one is presented (a retry whose reply was lost).
     */
    nextResumeTokenHash: SessionOpened.shape.resumeTokenHash.optional(),
    agentHealthy: z.boolean(),
    rebind: z.object({
      agentId: SessionRebound.shape.agentId,
      /** The agent the caller found unavailable; the session may have moved since it looked. */
      fromAgentId: SessionRebound.shape.fromAgentId.optional(),
      reason: SessionRebound.shape.reason.default("agent unavailable on resume"),
      decision: RoutingDecision,
    }).optional(),
  }),
  /** The client dropped; keep the agent for a grace period so it can resume. */
  detach: z.object({
    edgeId,
    graceSeconds: z.number().int().min(0).max(86_400).default(30),
    /**
     * The token the detaching connection handed out. A session with another
     * token was resumed since by a newer connection (a retry), which this
     * one's end must not detach.
     */
    resumeTokenHash: SessionOpened.shape.resumeTokenHash.optional(),
  }),
  /** Sent by a timer: closes the session only if it is still detached past its grace. */
  expire: z.object({}),
  reportTraffic: SessionTrafficReported.omit({ sessionId: true, at: true, agentId: true }).extend(
    fromEdge,
  ),
  close: SessionClosed.omit({ sessionId: true, at: true }).extend(fromEdge),
};
export type SessionCommands = typeof sessionCommands;
