import assert from "node:assert/strict";
import type { RecordedEvent } from "../../events/envelope.ts";
import { pause, waitFor } from "../support/time.ts";
import { type ContractOptions, contractTest } from "./contract-support.ts";
import { counted, testCatalogue } from "./test-catalogue.ts";

/** Subscriptions: catch-up then live, checkpoints, retries, wake-ups by notify(). */
export function subscriptionContract(options: ContractOptions): void {
  const contract = contractTest(options);

  contract("subscription: catch-up then live, checkpoint stored and resumed", async (store) => {
    for (let i = 1; i <= 5; i++) await store.append(`s-${i % 2}`, [counted(i)]);
    const seen: number[] = [];
    const first = store.subscribe({
      name: "projector-a",
      batchSize: 2,
      pollIntervalMs: 60_000, // live delivery must come from the append wake-up, not the poll
      handler: (events) => {
        for (const e of events) seen.push((e.data as { n: number }).n);
      },
    });
    await first.caughtUp();
    assert.deepEqual(seen, [1, 2, 3, 4, 5]);
    for (let i = 6; i <= 8; i++) await store.append("live", [counted(i)]);
    await waitFor(() => seen.length === 8, "live events", 5_000);
    assert.deepEqual(seen, [1, 2, 3, 4, 5, 6, 7, 8]);
    await first.caughtUp();
    const position = first.position;
    await first.stop();
    assert.equal(await store.loadCheckpoint("projector-a"), position);
    assert.equal(position, await store.headPosition());

    await store.append("later", [counted(9), counted(10)]);
    const resumed: number[] = [];
    const second = store.subscribe({
      name: "projector-a",
      handler: (events) => {
        for (const e of events) resumed.push((e.data as { n: number }).n);
      },
    });
    await second.caughtUp();
    assert.deepEqual(resumed, [9, 10]);
    await second.stop();

    const fromStart: number[] = [];
    const manual = store.subscribe({
      name: "replayer",
      after: 0,
      checkpoint: "manual",
      handler: (events) => void fromStart.push(...events.map((e) => (e.data as { n: number }).n)),
    });
    await manual.caughtUp();
    await manual.stop();
    assert.equal(fromStart.length, 10);
    assert.equal(await store.loadCheckpoint("replayer"), 0);
  });

  contract(
    "subscription: a failing handler is retried with backoff and reported",
    async (store) => {
      await store.append("s", [counted(1), counted(2), counted(3)]);
      const errors: unknown[] = [];
      const delivered: number[][] = [];
      let failuresLeft = 3;
      const subscription = store.subscribe({
        name: "flaky",
        batchSize: 2,
        handler: (events) => {
          if (failuresLeft-- > 0) throw new Error("projection table locked");
          delivered.push(events.map((e) => e.version));
        },
        onError: (error) => errors.push(error),
      });
      await subscription.caughtUp();
      await subscription.stop();
      assert.equal(errors.length, 3);
      assert.match(String(errors[0]), /projection table locked/);
      assert.deepEqual(delivered, [[1, 2], [3]]);
    },
  );

  contract("notify wakes a subscriber before its poll interval", async (store, space) => {
    const seen: RecordedEvent[] = [];
    const subscription = store.subscribe({
      name: "woken",
      pollIntervalMs: 60_000,
      handler: (events) => void seen.push(...events),
    });
    await subscription.caughtUp();
    const otherNode = await space.open(testCatalogue);
    try {
      await otherNode.append("s", [counted(1)]);
      await pause(300); // measures real time: nothing but notify() may wake it in a while
      assert.equal(seen.length, 0, "nothing should wake the subscriber but notify()");
      const startedAt = Date.now();
      store.notify();
      await waitFor(() => seen.length === 1, "the notified subscriber", 5_000);
      assert.ok(Date.now() - startedAt < 5_000);
    } finally {
      await subscription.stop();
      await otherNode.close();
    }
  });
}
