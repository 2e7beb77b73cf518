import { z } from "zod";
import { NotificationAttempted, NotificationSuppressed } from "../../events/mod.ts";
import { type Actor, reject } from "../actor.ts";
import { decideBy, event, evolveBy } from "../decider.ts";

type Key = Pick<
  z.infer<typeof NotificationAttempted>,
  "channelId" | "alertId" | "ruleId" | "fingerprint" | "status"
>;

export interface NotificationState {
  key?: Key;
  attempts: number;
  /** delivered, suppressed or given up: nothing more will be sent. */
  done?: "delivered" | "suppressed" | "gaveUp";
}

export const notificationCommands = {
  recordAttempt: NotificationAttempted.omit({ notificationId: true, at: true }),
  suppress: NotificationSuppressed.omit({ notificationId: true, at: true }),
};
type NotificationCommands = typeof notificationCommands;

const keyOf = (data: Key): Key => ({
  channelId: data.channelId,
  alertId: data.alertId,
  ruleId: data.ruleId,
  fingerprint: data.fingerprint,
  status: data.status,
});

const sameKey = (a: Key, b: Key) => JSON.stringify(keyOf(a)) === JSON.stringify(keyOf(b));

export const evolveNotification = evolveBy<NotificationState>({
  "notification.attempted": (_state, data) => ({
    key: keyOf(data),
    attempts: data.attempt,
    ...(data.outcome === "delivered"
      ? { done: "delivered" as const }
      : data.retryAt === undefined
      ? { done: "gaveUp" as const }
      : {}),
  }),
  "notification.suppressed": (state, data) => ({
    ...state,
    key: keyOf(data),
    done: "suppressed",
  }),
});

/**
 * One actor per (alert transition, channel): the notifier's record of what
 * it sent. Attempts are numbered in order and nothing is recorded after the
 * notification was delivered, suppressed or given up, so a notifier that
 * restarts (or a second one) finds the log already says "done" and sends
 * nothing twice.
 */
export const notificationActor: Actor<NotificationState> = {
  type: "notification",
  initialState: { attempts: 0 },
  commands: notificationCommands,
  decide: decideBy<NotificationState, NotificationCommands>({
    recordAttempt: (data, state, { actorId, metadata: { now } }) => {
      if (state.done) {
        return reject("notification_done", `notification ${actorId} is ${state.done}`);
      }
      if (state.key && !sameKey(state.key, data)) {
        return reject("invalid_transition", `notification ${actorId} is about another alert`);
      }
      if (data.attempt !== state.attempts + 1) {
        return reject(
          "invalid_transition",
          `notification ${actorId} expects attempt ${state.attempts + 1}, not ${data.attempt}`,
        );
      }
      if (data.outcome === "delivered" && data.retryAt !== undefined) {
        return reject("invalid_command", "a delivered notification has nothing to retry");
      }
      return [event("notification.attempted", { ...data, notificationId: actorId, at: now })];
    },
    suppress: (data, state, { actorId, metadata: { now } }) => {
      if (state.done) {
        return reject("notification_done", `notification ${actorId} is ${state.done}`);
      }
      if (state.attempts > 0) {
        return reject("invalid_transition", `notification ${actorId} was already attempted`);
      }
      return [event("notification.suppressed", { ...data, notificationId: actorId, at: now })];
    },
  }),
  evolve: evolveNotification,
};
