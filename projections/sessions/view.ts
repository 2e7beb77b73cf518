import { z } from "zod";
import { Capability, Id, SessionOpened, SessionStatus, Timestamp } from "../../events/mod.ts";
import type { SessionDoc } from "./tables.ts";

const Count = z.number().int().min(0);

/** A session as operators read it (GET /sessions): who, where, since when, how much traffic. */
export const SessionView = z.object({
  id: Id,
  clientId: z.string(),
  capability: Capability.optional(),
  agentType: z.string().optional(),
  metadata: SessionOpened.shape.metadata,
  status: SessionStatus,
  agentId: Id.optional(),
  /** The edge that owns the session while attached; its last owner otherwise. */
  edgeId: z.string().optional(),
  openedAt: Timestamp,
  routedAt: Timestamp.optional(),
  closedAt: Timestamp.optional(),
  closeReason: z.string().optional(),
  closeCode: z.number().int().optional(),
  /** While detached: the client may resume until then. */
  graceUntil: Timestamp.optional(),
  lastEventAt: Timestamp,
  rebinds: Count,
  resumes: Count,
  detaches: Count,
  /** Strategy of the latest routing decision. */
  strategy: z.string().optional(),
  traffic: z.object({
    framesIn: Count,
    framesOut: Count,
    bytesIn: Count,
    bytesOut: Count,
    errors: Count,
  }),
  /** Log position of session.opened: the list's order and cursor. */
  position: z.number().int().positive(),
});
export type SessionView = z.infer<typeof SessionView>;

export function sessionView(doc: SessionDoc, sessionId: string): SessionView {
  const { state } = doc;
  const opened = state.opened!;
  return {
    id: sessionId,
    clientId: opened.clientId,
    ...(opened.capability !== undefined ? { capability: opened.capability } : {}),
    ...(opened.agentType !== undefined ? { agentType: opened.agentType } : {}),
    metadata: opened.metadata,
    status: state.status === "none" ? "opening" : state.status,
    ...(state.agentId !== undefined ? { agentId: state.agentId } : {}),
    ...(state.edgeId !== undefined ? { edgeId: state.edgeId } : {}),
    openedAt: doc.openedAt,
    ...(doc.routedAt !== undefined ? { routedAt: doc.routedAt } : {}),
    ...(doc.closedAt !== undefined ? { closedAt: doc.closedAt } : {}),
    ...(state.closedReason !== undefined ? { closeReason: state.closedReason } : {}),
    ...(doc.closeCode !== undefined ? { closeCode: doc.closeCode } : {}),
    ...(state.graceUntil !== undefined ? { graceUntil: state.graceUntil } : {}),
    lastEventAt: doc.lastEventAt,
    rebinds: state.rebinds,
    resumes: doc.resumes,
    detaches: doc.detaches,
    ...(doc.strategy !== undefined ? { strategy: doc.strategy } : {}),
    traffic: state.traffic,
    position: doc.openedPosition,
  };
}
