import assert from "node:assert/strict";
import { NotificationBook } from "../../../src/runtime/notifications/book.ts";
import { setup } from "./fixtures.ts";

Deno.test("notification book: ten hours of flapping alerts hold two hours in memory; a restart sends nothing again", async () => {
  const t = await setup();
  await t.channel("c1");
  t.rule("r1", ["c1"]);
  const notifier = t.start();
  // One alert a minute fires and resolves, each notified through c1.
  for (let minute = 0; minute < 600; minute++) {
    t.raise(`al${minute}`);
    await t.clock.advance(0);
    await notifier.idle();
    t.resolve(`al${minute}`);
    await t.clock.advance(60_000);
    await notifier.idle();
  }
  await notifier.stop();
  const delivered = t.attempts().filter((e) =>
    (e.data as { outcome: string }).outcome === "delivered"
  );
  assert.equal(delivered.length, 1_200, "every firing and every resolution, once");

  // A node that starts now folds the whole log, and keeps only the last two hours.
  const book = t.log.follow(new NotificationBook());
  const { transitions, notifications } = book.size;
  assert.ok(transitions >= 240 && transitions <= 244, `transitions held: ${transitions}`);
  assert.ok(notifications >= 240 && notifications <= 244, `records held: ${notifications}`);
  assert.ok(book.transition("al599", "resolved"), "the newest is held");
  assert.equal(book.transition("al0", "firing"), undefined, "the oldest is forgotten");

  // Its notifier has nothing to send: the held ones are delivered, the forgotten ones stale.
  const posts = t.sender.posts.length;
  const restarted = t.start();
  await t.clock.advance(0);
  await restarted.idle();
  await t.clock.advance(5_000);
  await restarted.idle();
  await restarted.stop();
  assert.equal(t.sender.posts.length, posts, "no notification sent twice");
});
