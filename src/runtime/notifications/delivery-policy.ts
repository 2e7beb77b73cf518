/** When a notification is done, when to try again, and what it is called: the notifier's rules. */
import { sha256Hex } from "../../auth/digest.ts";
import type { NotificationRecord } from "./book.ts";
import type { SendResult } from "./webhook-sender.ts";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Wait before the second attempt; doubled for each one after, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetry: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 60_000 };

/** The id of the notification of one alert transition through one channel: the same on every node. */
export function notificationId(channelId: string, alertId: string, status: string): string {
  return `n${sha256Hex(`${channelId}\n${alertId}\n${status}`).slice(0, 32)}`;
}

/** Wait before attempt `next` (2, 3, …): exponential from the base, capped. */
export function retryDelayMs(policy: RetryPolicy, next: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (next - 2));
}

/** Delivered, suppressed, or failed with no retry to come. */
export function isDone(record: NotificationRecord | undefined): boolean {
  if (!record) return false;
  if (record.suppressed) return true;
  const last = record.attempts.at(-1);
  return last !== undefined && (last.outcome === "delivered" || last.retryAt === undefined);
}

/** Whether another attempt may succeed: network trouble, timeouts, 408, 429 and 5xx. */
export function retryable(result: SendResult): boolean {
  if ("error" in result) return !result.permanent;
  return result.status === 408 || result.status === 429 || result.status >= 500;
}
