import { notificationActor } from "../../../actors/notification/mod.ts";
import type { DomainEvent } from "../../../events/mod.ts";
import { at, scenario } from "../given-when-then.ts";

const notification = () => scenario(notificationActor, "n1");
const key = {
  channelId: "c1",
  alertId: "a1",
  ruleId: "r1",
  fingerprint: "f00d",
  status: "firing" as const,
};
const failed = { ...key, outcome: "failed" as const, httpStatus: 503, durationMs: 12 };
const attempted = (data: Record<string, unknown>, seconds: number): DomainEvent => ({
  type: "notification.attempted",
  data: { ...key, durationMs: 12, ...data, notificationId: "n1", at: at(seconds) },
} as DomainEvent);

Deno.test("notification: attempts are numbered; a failure with retryAt is retried", () => {
  const first = { ...failed, attempt: 1, retryAt: at(1) };
  notification().given().when("recordAttempt", first, at(0)).then([attempted(first, 0)]);
  const second = { ...key, attempt: 2, outcome: "delivered", httpStatus: 200, durationMs: 12 };
  notification().given(attempted(first, 0)).when("recordAttempt", second, at(1))
    .then([attempted(second, 1)]);
  // Out of order: attempt 3 before 2, or 1 again.
  notification().given(attempted(first, 0)).when("recordAttempt", { ...second, attempt: 3 })
    .thenRejected("invalid_transition");
  notification().given(attempted(first, 0)).when("recordAttempt", first)
    .thenRejected("invalid_transition");
});

Deno.test("notification: nothing after delivered, suppressed or given up", () => {
  const delivered = { ...key, attempt: 1, outcome: "delivered", durationMs: 12 };
  notification().given(attempted(delivered, 0))
    .when("recordAttempt", { ...failed, attempt: 2 }).thenRejected("notification_done");
  const last = { ...failed, attempt: 1 }; // no retryAt: given up
  notification().given(attempted(last, 0))
    .when("recordAttempt", { ...failed, attempt: 2 }).thenRejected("notification_done");
  const suppressed: DomainEvent = {
    type: "notification.suppressed",
    data: { ...key, silenceIds: ["s1"], notificationId: "n1", at: at(0) },
  };
  notification().given().when("suppress", { ...key, silenceIds: ["s1"] }).then([suppressed]);
  notification().given(suppressed).when("recordAttempt", { ...failed, attempt: 1 })
    .thenRejected("notification_done");
  notification().given(suppressed).when("suppress", { ...key, silenceIds: ["s1"] })
    .thenRejected("notification_done");
  notification().given(attempted({ ...failed, attempt: 1, retryAt: at(1) }, 0))
    .when("suppress", { ...key, silenceIds: ["s1"] }).thenRejected("invalid_transition");
});

Deno.test("notification: one actor tells about one alert transition only", () => {
  notification().given(attempted({ ...failed, attempt: 1, retryAt: at(1) }, 0))
    .when("recordAttempt", { ...failed, attempt: 2, status: "resolved" })
    .thenRejected("invalid_transition");
  notification().given().when("recordAttempt", {
    ...key,
    attempt: 1,
    outcome: "delivered",
    durationMs: 1,
    retryAt: at(1),
  }).thenRejected("invalid_command");
});
