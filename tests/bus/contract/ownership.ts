import assert from "node:assert/strict";
import type { CommandLog, DeliveredCommand } from "../../../src/bus/command-log.ts";
import { pause, waitFor } from "../../support/time.ts";
import {
  actorOn,
  command,
  type CommandLogFactory,
  numberOf,
  recorder,
  withFixture,
} from "./helpers.ts";

/** Acks, naks, ack floors, takeover after a crash, dead letters, flow control. */
export function ownershipContract(adapter: string, factory: CommandLogFactory, ignore: boolean) {
  const test = (name: string, fn: () => Promise<void>) =>
    Deno.test({ name: `${adapter} command log: ${name}`, ignore, fn });

  /** Publishes commands n = from..to (inclusive) for `actor`, in order. */
  async function publishRange(
    log: CommandLog,
    actor: string,
    from: number,
    to: number,
  ) {
    for (let n = from; n <= to; n++) await log.publish(command(actor, n));
  }

  test("a consumer stopped by its owner (cleanly, as a crash, or by consuming the partition again) does not report that it ended", async () => {
    await withFixture(factory, { partitions: 1 }, async ({ log }) => {
      const ended: unknown[] = [];
      const onEnded = (error: unknown) => ended.push(error);
      const r = recorder({ autoAck: true });
      const first = await log.consume(0, r.handler, { onEnded });
      await log.publish(command("quiet", 1));
      await waitFor(() => r.seen.length === 1, "a delivery");
      await first.stop();
      const second = await log.consume(0, r.handler, { onEnded });
      await second.stop({ release: false });
      await log.consume(0, r.handler, { onEnded });
      const taker = await log.consume(0, r.handler, { onEnded });
      await log.publish(command("quiet", 2));
      await waitFor(() => r.numbers().includes(2), "a delivery to the newest consumer");
      await taker.stop();
      assert.deepEqual(ended, []);
    });
  });

  test("nak delivers the command again with deliveryCount 2, after the delay", async () => {
    await withFixture(factory, { partitions: 1 }, async ({ log }) => {
      const seen: { n: number; count: number; at: number }[] = [];
      const settled: Promise<void>[] = [];
      const consumer = await log.consume(0, (delivery) => {
        seen.push({ n: numberOf(delivery), count: delivery.deliveryCount, at: Date.now() });
        settled.push(
          delivery.deliveryCount === 1
            ? delivery.nak(numberOf(delivery) === 2 ? 400 : 0)
            : delivery.ack(),
        );
      });
      await publishRange(log, "naked", 1, 2);
      await waitFor(() => seen.length === 4, "two deliveries of each command");
      await Promise.all(settled);
      const again = (n: number) => seen.filter((s) => s.n === n);
      assert.deepEqual(again(1).map((s) => s.count), [1, 2]);
      assert.deepEqual(again(2).map((s) => s.count), [1, 2]);
      assert.ok(again(2)[1]!.at - again(2)[0]!.at >= 300, "delayed nak came too early");
      await consumer.stop();
    });
  });

  test("after a crash the next consumer gets the unacked commands again, in order, before newer ones", async () => {
    await withFixture(factory, { partitions: 2 }, async ({ log }) => {
      const actor = actorOn(log, 1);
      const first = recorder();
      const crashed = await log.consume(1, first.handler);
      await publishRange(log, actor, 1, 5);
      await waitFor(() => first.seen.length === 5, "five deliveries");
      await first.seen[0]!.ack();
      await first.seen[1]!.ack();
      await crashed.stop({ release: false });
      // A dead process cannot ack: late acks from it do not count.
      await first.seen[2]!.ack();
      await publishRange(log, actor, 6, 7);
      const next = recorder({ autoAck: true });
      const successor = await log.consume(1, next.handler);
      await waitFor(() => next.seen.length >= 5, "unacked and newer commands");
      assert.deepEqual(next.numbers(), [3, 4, 5, 6, 7]);
      // Delivery is in order: a redelivery from below the floor would come before this one.
      await log.publish(command(actor, 8));
      await waitFor(() => next.numbers().includes(8), "a command published after them");
      assert.deepEqual(
        next.numbers(),
        [3, 4, 5, 6, 7, 8],
        "nothing below the ack floor came again",
      );
      await successor.stop();
    });
  });

  test("acked commands below the ack floor are never redelivered; above it they may be", async () => {
    await withFixture(factory, { partitions: 1 }, async ({ log }) => {
      const first = recorder();
      const crashed = await log.consume(0, first.handler);
      await publishRange(log, "floor", 1, 6);
      await waitFor(() => first.seen.length === 6, "six deliveries");
      // Floor ends at 2; 4 and 6 are acked above a gap at 3 and 5.
      for (const index of [0, 1, 3, 5]) await first.seen[index]!.ack();
      await crashed.stop({ release: false });
      const next = recorder({ autoAck: true });
      const successor = await log.consume(0, next.handler);
      await waitFor(() => next.numbers().includes(5), "the unacked commands");
      // Delivery is in order: anything redelivered comes before a command published now.
      await log.publish(command("floor", 7));
      await waitFor(() => next.numbers().includes(7), "a command published after them");
      const numbers = next.numbers();
      assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b), "in order");
      assert.ok(numbers.every((n) => n >= 3), `redelivered below the floor: ${numbers}`);
      assert.ok(numbers.includes(3) && numbers.includes(5), `${numbers}`);
      await successor.stop();
    });
  });

  test("successive crashes without any ack keep the ack floor", async () => {
    await withFixture(factory, { partitions: 1 }, async ({ log }) => {
      const first = recorder({ autoAck: true });
      const a = await log.consume(0, first.handler);
      await publishRange(log, "twice", 1, 3);
      await waitFor(() => first.acked() === 3, "three acked");
      await a.stop({ release: false });
      await publishRange(log, "twice", 4, 5);
      for (let crash = 0; crash < 2; crash++) {
        const r = recorder();
        const b = await log.consume(0, r.handler);
        // In order: a redelivery of 1-3 would come first, so the first two tell.
        await waitFor(() => r.seen.length >= 2, "the two unacked commands");
        assert.deepEqual(r.numbers(), [4, 5]);
        await b.stop({ release: false });
      }
    });
  });

  test("a clean release hands over: acked work is not repeated and late acks count", async () => {
    await withFixture(factory, { partitions: 1 }, async ({ log }) => {
      const first = recorder();
      const a = await log.consume(0, first.handler);
      await publishRange(log, "handover", 1, 3);
      await waitFor(() => first.seen.length === 3, "three deliveries");
      await first.seen[0]!.ack();
      await first.seen[1]!.ack();
      await a.stop({ release: true });
      // The old owner finishes work it already had.
      await first.seen[2]!.ack();
      const next = recorder({ autoAck: true });
      const b = await log.consume(0, next.handler);
      await log.publish(command("handover", 4));
      await waitFor(() => next.seen.length >= 1, "the new command");
      // In order: a repeat of 1-3 would have come before 4, and before 5.
      await log.publish(command("handover", 5));
      await waitFor(() => next.numbers().includes(5), "a second new command");
      assert.deepEqual(next.numbers(), [4, 5]);
      assert.equal(first.seen.length, 3, "no delivery after stop");
      await b.stop();
    });
  });

  test("a new consumer of a partition takes over from one still running", async () => {
    await withFixture(factory, { partitions: 1 }, async ({ log }) => {
      const first = recorder();
      await log.consume(0, first.handler);
      await log.publish(command("owner", 1));
      await waitFor(() => first.seen.length === 1, "first delivery");
      const next = recorder({ autoAck: true });
      const b = await log.consume(0, next.handler);
      await log.publish(command("owner", 2));
      await waitFor(() => next.seen.length >= 2, "unacked and new command");
      await log.publish(command("owner", 3));
      await waitFor(() => next.numbers().includes(3), "a third command");
      assert.deepEqual(next.numbers(), [1, 2, 3]);
      assert.equal(first.seen.length, 1, "the replaced consumer still receives");
      await b.stop();
    });
  });

  test("deadLetter records the command with its reason and it is not delivered again", async () => {
    await withFixture(factory, { partitions: 1 }, async ({ log }) => {
      const c = command("doomed", 1);
      const first = recorder();
      const a = await log.consume(0, first.handler);
      await log.publish(c);
      await waitFor(() => first.seen.length === 1, "delivery");
      await first.seen[0]!.deadLetter("cannot be decided");
      await a.stop({ release: false });
      const letters = await log.deadLetters();
      assert.deepEqual(letters.at(-1), {
        payload: JSON.parse(JSON.stringify(c)),
        reason: "cannot be decided",
      });
      const next = recorder();
      const b = await log.consume(0, next.handler);
      // In order: were the dead letter delivered again, it would come before this one.
      await log.publish(command("doomed", 2));
      await waitFor(() => next.seen.length >= 1, "a command published after it");
      assert.deepEqual(next.numbers(), [2]);
      await b.stop();
    });
  });

  test("maxInFlight bounds unacked deliveries", async () => {
    await withFixture(factory, { partitions: 1 }, async ({ log }) => {
      const seen: DeliveredCommand[] = [];
      const consumer = await log.consume(0, (d) => seen.push(d), { maxInFlight: 3 });
      await publishRange(log, "bounded", 1, 8);
      await waitFor(() => seen.length === 3, "three deliveries");
      await pause(200); // measures real time: a bound holding is no delivery for a while
      assert.equal(seen.length, 3);
      await seen[0]!.ack();
      await waitFor(() => seen.length === 4, "a fourth after one ack");
      await pause(200); // measures real time: a bound holding is no delivery for a while
      assert.equal(seen.length, 4);
      assert.deepEqual(seen.map(numberOf), [1, 2, 3, 4]);
      await consumer.stop();
    });
  });

  test("a command nobody acks within the ack wait is delivered again", async () => {
    await withFixture(factory, { partitions: 1, ackWaitMs: 1000 }, async ({ log }) => {
      const r = recorder();
      const consumer = await log.consume(0, r.handler);
      await log.publish(command("slow", 1));
      await waitFor(() => r.seen.length === 2, "redelivery after the ack wait", 5000);
      assert.deepEqual(r.seen.map((d) => d.deliveryCount), [1, 2]);
      await r.seen[1]!.ack();
      await consumer.stop();
    });
  });
}
