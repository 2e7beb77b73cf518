import { z } from "zod";
import { Id, Timestamp } from "./common.ts";

/**
 * Notification channels and the deliveries made through them. A channel's
 * secret is never in an event: only its sealed envelope (AES-GCM under the
 * cluster's key, bound to the channel id), so the auditors who read
 * `GET /events` see ciphertext, and a replay needs no secret.
 */
export const ChannelType = z.enum(["webhook"]);

export const NotificationChannelCreated = z.object({
  channelId: Id,
  name: z.string().min(1).max(200),
  type: ChannelType,
  url: z.string().max(2000),
  /** `v1.<keyId>.<iv>.<ciphertext>`: absent when the channel signs nothing. */
  sealedSecret: z.string().max(2000).optional(),
  at: Timestamp,
});
export const NotificationChannelDeleted = z.object({ channelId: Id, at: Timestamp });

/** Which transition of an alert a notification tells about. */
export const NotificationStatus = z.enum(["firing", "resolved"]);

/** What every notification event carries: which alert transition, through which channel. */
const NotificationKey = z.object({
  notificationId: Id,
  channelId: Id,
  alertId: Id,
  ruleId: Id,
  fingerprint: z.string().min(1).max(200),
  status: NotificationStatus,
});

/**
 * One delivery attempt, whatever came of it. `retryAt` says another attempt
 * follows; a failure without it is the last (the notification is given up).
 */
export const NotificationAttempted = NotificationKey.extend({
  attempt: z.number().int().min(1).max(100),
  outcome: z.enum(["delivered", "failed"]),
  httpStatus: z.number().int().min(100).max(599).optional(),
  error: z.string().max(500).optional(),
  durationMs: z.number().int().min(0),
  retryAt: Timestamp.optional(),
  at: Timestamp,
});

/** A silence matched the alert: nothing is sent, and this says why. */
export const NotificationSuppressed = NotificationKey.extend({
  silenceIds: z.array(Id).min(1).max(100),
  at: Timestamp,
});
