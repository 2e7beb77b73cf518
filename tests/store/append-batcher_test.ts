import assert from "node:assert/strict";
import { AppendBatcher, type QueuedAppend } from "../../src/store/append-batcher.ts";

const append = (streamId: string): QueuedAppend => ({
  streamId,
  expected: null,
  commandId: null,
  events: [],
});
const row = { appended_version: 1, appended_position: 1, duplicate: false };

Deno.test("append batcher: what queues behind the round trips in flight goes out together", async () => {
  const batches: string[][] = [];
  const batcher = new AppendBatcher({
    one: async (a) => (batches.push([a.streamId]), await Promise.resolve(), [row]),
    many: async (
      all,
    ) => (batches.push(all.map((a) => a.streamId)),
      await Promise.resolve(),
      all.map(() => ({ kind: "rows" as const, rows: [row] }))),
    refusedByServer: () => true,
    maxInFlight: 1,
    maxBatch: 3,
  });
  await Promise.all(["a", "b", "c", "d", "a", "e"].map((s) => batcher.append(append(s))));
  // "a" goes alone; then at most 3, never a stream twice nor one still in flight.
  assert.deepEqual(batches, [["a"], ["b", "c", "d"], ["a", "e"]]);
  assert.deepEqual(batcher.stats, { roundTrips: 3, appends: 6 });
});

Deno.test("append batcher: a refused batch is retried one by one; a lost connection is not", async () => {
  let singles = 0;
  const refused = Object.assign(new Error("duplicate key"), { code: "23505" });
  const lost = Object.assign(new Error("connection closed"), { code: "CONNECTION_CLOSED" });
  for (const failure of [refused, lost]) {
    singles = 0;
    let hold = true;
    let release!: () => void;
    const held = new Promise<void>((r) => release = r);
    const batcher = new AppendBatcher({
      one: async (a) => {
        if (hold) {
          hold = false;
          await held; // the first append stays in flight until the others have queued
        } else singles++;
        if (a.streamId === "bad") throw failure;
        return [row];
      },
      many: () => Promise.reject(failure),
      refusedByServer: (e) => e === refused,
      maxInFlight: 1,
    });
    const appends = ["first", "x", "bad", "y"].map((s) => batcher.append(append(s)));
    release();
    const results = await Promise.allSettled(appends);
    assert.equal(results[0]!.status, "fulfilled");
    if (failure === refused) {
      assert.equal(singles, 3, "x, bad and y retried alone");
      assert.deepEqual(results.slice(1).map((r) => r.status), [
        "fulfilled",
        "rejected",
        "fulfilled",
      ]);
    } else {
      assert.equal(singles, 0, "a batch whose commit may have happened is not re-sent");
      assert.ok(results.slice(1).every((r) => r.status === "rejected"));
    }
  }
});
