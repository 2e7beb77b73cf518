import { RejectionCode } from "../../../actors/rejections.ts";

export { RejectionCode };

/** The statuses a rejection can read as over HTTP. */
export type RejectionStatus = 400 | 403 | 404 | 409 | 500 | 503;

/**
 * The WebSocket close codes a rejection can end a client session with: the
 * contract's (CONTRACT.md, Client WebSocket; edge/close-codes.ts names them,
 * and a test holds the two equal).
 */
export const RejectionCloseCode = { unknownSession: 4004, noAgent: 4013, internal: 1011 } as const;
export type RejectionCloseCode = (typeof RejectionCloseCode)[keyof typeof RejectionCloseCode];

/** What one rejection code means to an HTTP caller and to a WebSocket client. */
export interface RejectionMeaning {
  httpStatus: RejectionStatus;
  closeCode: RejectionCloseCode;
  /** The close frame's reason, from the rejection's code and message. */
  closeReason(rejection: { code: string; message: string }): string;
}

/** Neither the client's fault nor something it can fix by reconnecting: a 1011 naming the code. */
const refused = (httpStatus: RejectionStatus): RejectionMeaning => ({
  httpStatus,
  closeCode: RejectionCloseCode.internal,
  closeReason: ({ code }) => `session refused: ${code}`,
});

/** A resume of a session the client cannot have: 4004, start a new one. */
const cannotResume = (httpStatus: RejectionStatus): RejectionMeaning => ({
  httpStatus,
  closeCode: RejectionCloseCode.unknownSession,
  closeReason: ({ message }) => `cannot resume: ${message}`,
});

/**
 * The one table of rejections: every code, its HTTP status (conflicts are
 * 409; a bad request 400) and its close code and reason at the edge.
 */
export const rejections: Record<RejectionCode, RejectionMeaning> = {
  malformed_command: refused(409),
  invalid_command: refused(400),
  unknown_actor_type: refused(400),
  unknown_command: refused(400),
  command_failed: refused(500),
  invalid_event: refused(409),
  agent_not_found: refused(404),
  agent_deregistered: refused(409),
  invalid_capability: refused(400),
  invalid_weight: refused(400),
  session_not_found: cannotResume(404),
  session_closed: cannotResume(409),
  session_exists: refused(409),
  session_owned_by_other_edge: {
    httpStatus: 409,
    closeCode: RejectionCloseCode.unknownSession,
    closeReason: () => "session is attached to another connection",
  },
  bad_resume_token: cannotResume(403),
  needs_rebind: {
    httpStatus: 409,
    closeCode: RejectionCloseCode.noAgent,
    closeReason: ({ message }) => message,
  },
  invalid_decision: refused(400),
  invalid_transition: refused(409),
  agent_mismatch: refused(409),
  no_agent_available: {
    httpStatus: 503,
    closeCode: RejectionCloseCode.noAgent,
    closeReason: ({ message }) => message,
  },
  unknown_strategy: refused(400),
  version_conflict: refused(409),
  key_exists: refused(409),
  key_not_found: refused(409),
  invalid_expiry: refused(409),
  channel_exists: refused(409),
  channel_not_found: refused(404),
  notification_done: refused(409),
  rule_exists: refused(409),
  rule_not_found: refused(404),
  alert_not_open: refused(409),
  silence_exists: refused(409),
  silence_not_found: refused(404),
  invalid_silence: refused(400),
};

/** Unknown codes (a newer node's) read as conflicts and close with a 1011 naming them. */
const unknownCode = refused(409);

export function isRejectionCode(code: string): code is RejectionCode {
  return RejectionCode.safeParse(code).success;
}

/** The meaning of a code as it came over the wire. */
export function meaningOf(code: string): RejectionMeaning {
  return isRejectionCode(code) ? rejections[code] : unknownCode;
}
