import assert from "node:assert/strict";
import { verifyWebhookSignature } from "../../../src/security/webhook-signature.ts";
import { notificationId, retryDelayMs } from "../../../src/runtime/notifications/notifier.ts";
import { iso, SECRET, setup, T0 } from "./fixtures.ts";
import { waitFor } from "../../support/time.ts";

type Attempt = {
  attempt: number;
  outcome: string;
  retryAt?: string;
  httpStatus?: number;
  at: string;
};

Deno.test("notifier: a firing alert is POSTed in Alertmanager v4 format, signed, and recorded", async () => {
  const t = await setup();
  await t.channel("c1");
  t.rule("r1", ["c1"]);
  const notifier = t.start();
  t.raise("al1");
  await t.clock.advance(0);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 1);
  const post = t.sender.posts[0]!;
  assert.equal(post.url, "http://hooks.test/c1");
  assert.equal(
    await verifyWebhookSignature(SECRET, post.body, post.headers["x-switchboard-signature"]!),
    true,
  );
  const body = JSON.parse(post.body);
  assert.equal(body.version, "4");
  assert.equal(body.status, "firing");
  assert.equal(body.receiver, "receiver-c1");
  assert.deepEqual(body.commonLabels, {
    alertname: "AgentDown",
    severity: "critical",
    agentId: "a1",
  });
  assert.equal(body.alerts.length, 1);
  assert.deepEqual(body.alerts[0], {
    status: "firing",
    labels: { alertname: "AgentDown", severity: "critical", agentId: "a1" },
    annotations: { summary: "agent down" },
    startsAt: iso(T0),
    endsAt: "0001-01-01T00:00:00Z",
    generatorURL: "http://sb.test:9000/api/v1/alerts?state=all#al1",
    fingerprint: "0123456789abcdef",
  });
  const [attempt] = t.attempts();
  assert.equal(attempt!.streamId, `notification-${notificationId("c1", "al1", "firing")}`);
  assert.deepEqual(
    { ...(attempt!.data as Attempt), durationMs: 0 },
    {
      notificationId: notificationId("c1", "al1", "firing"),
      channelId: "c1",
      alertId: "al1",
      ruleId: "r1",
      fingerprint: "0123456789abcdef",
      status: "firing",
      attempt: 1,
      outcome: "delivered",
      httpStatus: 200,
      durationMs: 0,
      at: iso(T0),
    },
  );
  // The secret is in no event (sealed in the channel's, absent from the attempts).
  assert.ok(!JSON.stringify(t.log.events).includes(SECRET));
  await notifier.stop();
});

Deno.test("notifier: resolved follows firing, with endsAt; unsigned when the channel has no secret", async () => {
  const t = await setup();
  await t.channel("c1", "http://hooks.test/plain", "");
  t.rule("r1", ["c1"]);
  const notifier = t.start();
  t.raise("al1");
  await t.clock.advance(5_000);
  t.resolve("al1");
  await t.clock.advance(0);
  await notifier.idle();
  const bodies = t.sender.posts.map((p) => JSON.parse(p.body));
  assert.deepEqual(bodies.map((b) => b.status), ["firing", "resolved"]);
  assert.equal(bodies[1].alerts[0].endsAt, iso(T0 + 5_000));
  assert.equal(bodies[1].alerts[0].startsAt, iso(T0));
  assert.deepEqual(bodies[1].alerts[0].annotations, { summary: "agent down" });
  assert.equal(t.sender.posts[0]!.headers["x-switchboard-signature"], undefined);
  await notifier.stop();
});

Deno.test("notifier: a failing receiver is retried with exponential back-off, then given up", async () => {
  const t = await setup({ retry: { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 60_000 } });
  await t.channel("c1");
  t.rule("r1", ["c1"]);
  t.sender.answer = () => ({ status: 503 });
  const notifier = t.start();
  t.raise("al1");
  await t.clock.advance(0);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 1);
  // Not before the back-off: 1 s, then 2 s, then 4 s.
  await t.clock.advance(900);
  assert.equal(t.sender.posts.length, 1);
  await t.clock.advance(100);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 2);
  await t.clock.advance(2_000);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 3);
  await t.clock.advance(4_000);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 4);
  await t.clock.advance(120_000);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 4, "given up after maxAttempts");
  const attempts = t.attempts().map((e) => e.data as Attempt);
  assert.deepEqual(attempts.map((a) => [a.attempt, a.outcome, a.httpStatus, a.retryAt]), [
    [1, "failed", 503, iso(T0 + 1_000)],
    [2, "failed", 503, iso(T0 + 3_000)],
    [3, "failed", 503, iso(T0 + 7_000)],
    [4, "failed", 503, undefined],
  ]);
  // Every attempt carried the same body (same fingerprint, same groupKey).
  assert.equal(new Set(t.sender.posts.map((p) => p.body)).size, 1);
  assert.equal(
    retryDelayMs({ maxAttempts: 99, baseDelayMs: 1_000, maxDelayMs: 60_000 }, 20),
    60_000,
  );
  await notifier.stop();
});

Deno.test("notifier: a receiver that recovers gets it on the retry; 4xx is not retried", async () => {
  const t = await setup();
  await t.channel("c1");
  await t.channel("c2");
  t.rule("r1", ["c1", "c2"]);
  let calls = 0;
  t.sender.answer = (post) => {
    if (post.url.endsWith("/c2")) return { status: 404 };
    return ++calls === 1 ? { error: "connection refused" } : { status: 204 };
  };
  const notifier = t.start();
  t.raise("al1");
  await t.clock.advance(0);
  await notifier.idle();
  await t.clock.advance(1_000);
  await notifier.idle();
  await t.clock.advance(60_000);
  await notifier.idle();
  const attempts = t.attempts().map((e) =>
    e.data as Attempt & { channelId: string; error?: string }
  );
  // The two channels' first attempts run side by side: their records come in either order.
  const byChannel = attempts.toSorted((a, b) =>
    a.channelId.localeCompare(b.channelId) || a.attempt - b.attempt
  );
  assert.deepEqual(
    byChannel.map((a) => [a.channelId, a.attempt, a.outcome, a.httpStatus ?? a.error]),
    [
      ["c1", 1, "failed", "connection refused"],
      ["c1", 2, "delivered", 204],
      ["c2", 1, "failed", 404],
    ],
  );
  await notifier.stop();
});

Deno.test("notifier: a receiver that never answers holds no other delivery", async () => {
  const t = await setup();
  await t.channel("slow");
  await t.channel("fast");
  t.rule("r1", ["slow", "fast"]);
  const releases: (() => void)[] = [];
  t.sender.answer = (post) =>
    post.url.endsWith("/slow")
      ? new Promise((resolve) => releases.push(() => resolve({ error: "timed out" })))
      : { status: 200 };
  const notifier = t.start();
  t.raise("al1");
  t.raise("al2");
  await t.clock.advance(0);
  const delivered = () =>
    t.attempts().map((e) => e.data as Attempt & { channelId: string; alertId: string })
      .filter((a) => a.outcome === "delivered").map((a) => `${a.channelId}/${a.alertId}`);
  // Signing runs on WebCrypto's threads, not the fake clock: wait for both records.
  await waitFor(
    () => delivered().length === 2 && notifier.inFlight === 2,
    "both fast deliveries recorded and both slow POSTs out",
    10_000,
  );
  assert.deepEqual(delivered().sort(), ["fast/al1", "fast/al2"]);
  assert.equal(notifier.inFlight, 2, "the two slow POSTs are still out");
  // While one is out, it is not started again.
  await t.clock.advance(10_000);
  assert.equal(t.sender.posts.filter((p) => p.url.endsWith("/slow")).length, 2);
  for (const release of releases) release();
  await notifier.stop();
});

Deno.test("notifier: a silence suppresses the notification, recorded as such", async () => {
  const t = await setup();
  await t.channel("c1");
  t.rule("r1", ["c1"]);
  t.log.append({
    type: "silence.created",
    data: {
      silenceId: "s1",
      matchers: [{ name: "agentId", value: "a1", isRegex: false, isEqual: true }],
      startsAt: iso(T0 - 1_000),
      endsAt: iso(T0 + 60_000),
      comment: "maintenance",
      author: "ops",
      at: iso(T0 - 1_000),
    },
  });
  const notifier = t.start();
  t.raise("al1", "r1", { agentId: "a1" });
  t.raise("al2", "r1", { agentId: "a2" });
  await t.clock.advance(0);
  await notifier.idle();
  assert.deepEqual(t.sender.posts.map((p) => JSON.parse(p.body).alerts[0].labels.agentId), ["a2"]);
  const suppressed = t.log.events.filter((e) => e.type === "notification.suppressed");
  assert.equal(suppressed.length, 1);
  assert.deepEqual((suppressed[0]!.data as { silenceIds: string[]; alertId: string }).silenceIds, [
    "s1",
  ]);
  // The silenced alert resolves after the silence was deleted: its receiver never heard it fire.
  t.log.append({ type: "silence.deleted", data: { silenceId: "s1", at: iso(t.clock.now()) } });
  t.resolve("al1", "r1", { agentId: "a1" });
  await t.clock.advance(0);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 1, "no resolved for a firing never sent");
  const resolvedSuppressed = t.log.events.filter((e) => e.type === "notification.suppressed")
    .map((e) => e.data as { status: string; silenceIds: string[] });
  assert.deepEqual(resolvedSuppressed.map((d) => [d.status, d.silenceIds]), [
    ["firing", ["s1"]],
    ["resolved", ["s1"]],
  ]);
  // Past the silence's end, a new transition is sent again.
  await t.clock.advance(61_000);
  t.raise("al3", "r1", { agentId: "a1" });
  await t.clock.advance(0);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 2);
  await notifier.stop();
});

Deno.test("notifier: only the leader sends; a new leader resumes from the log without re-sending", async () => {
  const t = await setup();
  await t.channel("c1");
  t.rule("r1", ["c1"]);
  t.sender.answer = () => ({ status: 500 });
  t.setLeader(false);
  const first = t.start();
  t.raise("al1");
  await t.clock.advance(5_000);
  assert.equal(t.sender.posts.length, 0, "not the leader: nothing sent");
  t.setLeader(true);
  await t.clock.advance(1_000);
  await first.idle();
  assert.equal(t.sender.posts.length, 1);
  await first.stop();
  // Another node (a fresh book from the log) takes over: attempt 2 when it is due, not 1 again.
  t.sender.answer = () => ({ status: 200 });
  const second = t.start();
  await t.clock.advance(0);
  await second.idle();
  assert.equal(t.sender.posts.length, 1, "retry not due yet");
  await t.clock.advance(1_000);
  await second.idle();
  assert.deepEqual(t.attempts().map((e) => (e.data as Attempt).attempt), [1, 2]);
  await second.stop();
  // A third start after delivery sends nothing.
  const third = t.start();
  await t.clock.advance(10_000);
  await third.idle();
  assert.equal(t.sender.posts.length, 2);
  await third.stop();
});

Deno.test("notifier: stale transitions, deleted channels and refused targets are not sent", async () => {
  const t = await setup({ maxAgeSeconds: 60 });
  await t.channel("c1");
  await t.channel("meta", "http://169.254.169.254/latest/meta-data/");
  t.rule("r1", ["c1", "meta", "missing"]);
  t.raise("old");
  await t.clock.advance(120_000);
  const notifier = t.start();
  await t.clock.advance(1_000);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 0, "an alert raised 2 minutes before start is history");
  t.raise("new");
  await t.clock.advance(0);
  await notifier.idle();
  assert.deepEqual(t.sender.posts.map((p) => p.url), ["http://hooks.test/c1"]);
  const refused = t.attempts().map((e) => e.data as Attempt & { channelId: string; error?: string })
    .find((a) => a.channelId === "meta")!;
  assert.equal(refused.outcome, "failed");
  assert.equal(refused.retryAt, undefined, "a refused target is not retried");
  assert.match(refused.error!, /refused target: 169\.254\.169\.254 is in 169\.254\.0\.0\/16/);
  t.log.append({
    type: "notificationChannel.deleted",
    data: { channelId: "c1", at: iso(t.clock.now()) },
  });
  t.raise("after-delete");
  await t.clock.advance(0);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 1);
  await notifier.stop();
});

Deno.test("notifier: a lagging feed does not make it send an attempt twice", async () => {
  const t = await setup();
  await t.channel("c1");
  t.rule("r1", ["c1"]);
  const commands = t.log.commands();
  const notifier = t.start({ commands });
  t.log.lagging = true;
  t.sender.answer = () => ({ status: 503 });
  t.raise("al1");
  await t.clock.advance(0);
  await notifier.idle();
  await t.clock.advance(500);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 1, "not again before its retryAt, though the book is behind");
  t.sender.answer = () => ({ status: 200 });
  await t.clock.advance(500);
  await notifier.idle();
  await t.clock.advance(5_000);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 2);
  assert.deepEqual(commands.rejected, []);
  assert.deepEqual(t.attempts().map((e) => (e.data as Attempt).attempt), [1, 2]);
  t.log.catchUp();
  await t.clock.advance(5_000);
  await notifier.idle();
  assert.equal(t.sender.posts.length, 2);
  await notifier.stop();
});
