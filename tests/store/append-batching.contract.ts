import assert from "node:assert/strict";
import { InvalidEventError } from "../../events/catalogue.ts";
import { ConcurrencyError } from "../../src/store/errors.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import {
  assertStrictlyIncreasing,
  type ContractOptions,
  contractTest,
} from "./contract-support.ts";
import { counted } from "./test-catalogue.ts";

/** Round trips and appends so far, where the adapter batches appends (both SQL adapters do). */
function statsOf(store: EventStore): { roundTrips: number; appends: number } | undefined {
  return (store as { appendStats?: { roundTrips: number; appends: number } }).appendStats;
}

/**
 * Group commit (src/store/append-batcher.ts): appends made at the same time
 * share round trips, and each one is still judged on its own.
 */
export function appendBatchingContract(options: ContractOptions): void {
  const contract = contractTest(options);

  contract("appends made at once share round trips; each gets its own versions", async (store) => {
    const before = statsOf(store);
    const streams = Array.from({ length: 100 }, (_, i) => `batch-${i}`);
    const first = await Promise.all(
      streams.map((s, i) => store.append(s, [counted(i)], { expectedVersion: 0 })),
    );
    const second = await Promise.all(
      streams.map((s, i) => store.append(s, [counted(i), counted(i)], { expectedVersion: 1 })),
    );
    assert.ok(first.every((r) => r.nextExpectedVersion === 1 && !r.duplicate));
    assert.ok(second.every((r) => r.versions.join() === "2,3"));
    const all = await store.readAll({ after: 0, limit: 1_000 });
    assert.equal(all.length, 300);
    assertStrictlyIncreasing(all.map((e) => e.position));
    for (const [i, result] of [...first, ...second].entries()) {
      const stream = streams[i % 100]!;
      const versions = all.filter((e) => e.streamId === stream);
      for (const [k, position] of result.positions.entries()) {
        assert.equal(versions.find((e) => e.version === result.versions[k])!.position, position);
      }
    }
    const after = statsOf(store);
    if (before && after) {
      const trips = after.roundTrips - before.roundTrips;
      assert.ok(trips < 100, `200 appends at once took ${trips} round trips`);
    }
  });

  contract(
    "a conflict in a batch fails that append alone, with the actual version",
    async (store) => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.append(`c-${i}`, [counted(1)])),
      );
      const results = await Promise.allSettled(
        Array.from(
          { length: 20 },
          (_, i) => store.append(`c-${i}`, [counted(2)], { expectedVersion: i % 5 === 0 ? 0 : 1 }),
        ),
      );
      for (const [i, result] of results.entries()) {
        if (i % 5 === 0) {
          assert.equal(result.status, "rejected");
          const error = (result as PromiseRejectedResult).reason;
          assert.ok(error instanceof ConcurrencyError && error.actual === 1, String(error));
          assert.equal(await store.streamVersion(`c-${i}`), 1);
        } else {
          assert.equal(result.status, "fulfilled");
          assert.equal(await store.streamVersion(`c-${i}`), 2);
        }
      }
    },
  );

  contract(
    "a re-sent command in a batch gets its first result and appends nothing",
    async (store) => {
      const first = await store.append("r-0", [counted(1)], { commandId: "cmd-r0" });
      const [again, ...others] = await Promise.all([
        store.append("r-0", [counted(1)], { commandId: "cmd-r0", expectedVersion: 0 }),
        ...Array.from(
          { length: 10 },
          (_, i) => store.append(`r-${i + 1}`, [counted(1)], { commandId: `cmd-r${i + 1}` }),
        ),
      ]);
      assert.equal(again!.duplicate, true);
      assert.deepEqual(again!.positions, first.positions);
      assert.ok(others.every((r) => !r.duplicate && r.nextExpectedVersion === 1));
      assert.equal(await store.streamVersion("r-0"), 1);
    },
  );

  contract("a reused event id fails only the append that reused it", async (store) => {
    const id = crypto.randomUUID();
    await store.append("u-0", [{ id, type: "counter.counted", data: { n: 1 } }]);
    const results = await Promise.allSettled([
      ...Array.from({ length: 8 }, (_, i) => store.append(`u-${i + 1}`, [counted(1)])),
      store.append("u-9", [{ id, type: "counter.counted", data: { n: 2 } }]),
    ]);
    assert.ok(results.slice(0, 8).every((r) => r.status === "fulfilled"));
    const reused = results[8]!;
    assert.equal(reused.status, "rejected");
    assert.ok((reused as PromiseRejectedResult).reason instanceof InvalidEventError);
    assert.equal(await store.streamVersion("u-9"), 0);
  });

  contract("appends to one stream made at once reach it one at a time, in order", async (store) => {
    const results = await Promise.all(
      Array.from(
        { length: 30 },
        (_, i) => store.append("ordered", [counted(i)], { expectedVersion: i }),
      ),
    );
    assert.deepEqual(results.map((r) => r.nextExpectedVersion), results.map((_, i) => i + 1));
    const events = await store.readStream("ordered");
    assert.deepEqual(events.map((e) => (e.data as { n: number }).n), results.map((_, i) => i));
  });
}
