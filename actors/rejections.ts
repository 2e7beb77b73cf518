import { z } from "zod";

/**
 * Every code a command can be refused with. Callers branch on these (the API
 * turns them into HTTP statuses, the edge into close codes), so a code is
 * added, never renamed; `reject` only takes one of them.
 */
export const RejectionCode = z.enum([
  // The command itself: the log could not read it, the host could not parse or run it.
  "malformed_command",
  "invalid_command",
  "unknown_actor_type",
  "unknown_command",
  "command_failed",
  /** The store refused a decided event (an actor's bug, not the caller's). */
  "invalid_event",
  // Agents.
  "agent_not_found",
  "agent_deregistered",
  "invalid_capability",
  "invalid_weight",
  // Sessions.
  "session_not_found",
  "session_closed",
  "session_exists",
  "session_owned_by_other_edge",
  "bad_resume_token",
  "needs_rebind",
  "invalid_decision",
  "invalid_transition",
  "agent_mismatch",
  /** Routing's refusal (router/request.ts), should a command ever carry it. */
  "no_agent_available",
  // Routers.
  "unknown_strategy",
  // Config.
  "version_conflict",
  // API keys.
  "key_exists",
  "key_not_found",
  "invalid_expiry",
  // Notification channels and their deliveries.
  "channel_exists",
  "channel_not_found",
  "notification_done",
  // Alerting (rules, alerts, silences).
  "rule_exists",
  "rule_not_found",
  "alert_not_open",
  "silence_exists",
  "silence_not_found",
  "invalid_silence",
]);
export type RejectionCode = z.infer<typeof RejectionCode>;
