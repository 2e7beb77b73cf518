import { z } from "zod";
import { Capability, Id, Timestamp } from "./common.ts";

export const SessionStatus = z.enum(["opening", "active", "detached", "closed"]);
export type SessionStatus = z.infer<typeof SessionStatus>;

/** Why the router chose an agent: enough to audit and to replay the decision. */
export const RoutingDecision = z.object({
  strategy: z.string().max(64),
  candidates: z.array(z.object({ agentId: Id, score: z.number() })).max(10_000),
  reason: z.string().max(500),
  /**
   * The capability the agent was chosen for: the fallback one when the
   * degradation ladder stepped down. Replay keys strategy state (round-robin
   * cursor, weighted current weights) by it, so it must be on the record.
   */
  capability: Capability.optional(),
});
export type RoutingDecision = z.infer<typeof RoutingDecision>;

export const SessionOpened = z.object({
  sessionId: Id,
  clientId: z.string().min(1).max(200),
  capability: Capability.optional(),
  agentType: z.string().max(100).optional(),
  metadata: z.record(z.string(), z.string().max(1000)).default({}),
  /** Only a hash is stored: the token itself is a secret the client holds. */
  resumeTokenHash: z.string().max(200),
  edgeId: z.string().max(200),
  at: Timestamp,
});
export const SessionRouted = z.object({
  sessionId: Id,
  agentId: Id,
  decision: RoutingDecision,
  at: Timestamp,
});
export const SessionRebound = z.object({
  sessionId: Id,
  fromAgentId: Id,
  agentId: Id,
  reason: z.string().max(500),
  decision: RoutingDecision,
  at: Timestamp,
});
export const SessionResumed = z.object({
  sessionId: Id,
  edgeId: z.string().max(200),
  agentId: Id,
  /** The hash of the token handed to the client with this resume: the session's token now. */
  resumeTokenHash: z.string().max(200),
  /**
   * The hash of the token the client presented. It stays valid until the new
   * one is presented: a client whose reply was lost retries with it. Absent on
   * resumes recorded before retries were accepted, when the presented token
   * was always the session's token at the time.
   */
  presentedTokenHash: z.string().max(200).optional(),
  at: Timestamp,
});
/**
 * The client's socket dropped; the session keeps its agent for a grace
 * period so the client can resume, possibly through another edge. Until then
 * no edge owns it, which is what lets a second edge take it over.
 */
export const SessionDetached = z.object({
  sessionId: Id,
  edgeId: z.string().max(200),
  graceUntil: Timestamp,
  at: Timestamp,
});
export const SessionTrafficReported = z.object({
  sessionId: Id,
  agentId: Id.optional(),
  framesIn: z.number().int().min(0),
  framesOut: z.number().int().min(0),
  bytesIn: z.number().int().min(0),
  bytesOut: z.number().int().min(0),
  errors: z.number().int().min(0).default(0),
  latencyP50Ms: z.number().min(0).optional(),
  latencyP99Ms: z.number().min(0).optional(),
  intervalMs: z.number().int().min(0),
  at: Timestamp,
});
export const SessionClosed = z.object({
  sessionId: Id,
  reason: z.string().max(500),
  code: z.number().int().min(1000).max(4999).optional(),
  at: Timestamp,
});
