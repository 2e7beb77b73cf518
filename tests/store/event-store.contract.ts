import assert from "node:assert/strict";
import type { EventCatalogue } from "../../events/catalogue.ts";
import { InvalidEventError, UnknownEventTypeError } from "../../events/catalogue.ts";
import type { RecordedEvent } from "../../events/envelope.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import { ConcurrencyError } from "../../src/store/errors.ts";
import { waitFor } from "../support/services.ts";
import { counted, testCatalogue, testCatalogueV2 } from "./test-catalogue.ts";

/**
 * One place to keep events (a PostgreSQL schema, a PGlite instance). Stores
 * opened on the same space see the same log, so a test can reopen with another
 * catalogue or write from a second store the first one knows nothing about.
 */
export interface StoreSpace {
  open(catalogue?: EventCatalogue): Promise<EventStore>;
  /** Removes everything; every store opened on the space must be closed first. */
  drop(): Promise<void>;
}

export interface ContractOptions {
  name: string;
  ignore: boolean;
  createSpace(): Promise<StoreSpace>;
}

/** Registers the EventStore contract for one adapter. */
export function eventStoreContract(options: ContractOptions): void {
  const contract = (
    title: string,
    fn: (store: EventStore, space: StoreSpace) => Promise<void>,
  ) =>
    Deno.test({
      name: `${options.name} store: ${title}`,
      ignore: options.ignore,
      async fn() {
        const space = await options.createSpace();
        try {
          const store = await space.open(testCatalogue);
          try {
            await fn(store, space);
          } finally {
            await store.close();
          }
        } finally {
          await space.drop();
        }
      },
    });

  contract("append then read back the full envelope", async (store) => {
    const id = crypto.randomUUID();
    const result = await store.append("counter-1", [
      { id, type: "counter.counted", data: { n: 1 }, metadata: { correlationId: "corr-1" } },
      counted(2, "second"),
    ], { commandId: "cmd-1" });
    assert.equal(result.streamId, "counter-1");
    assert.deepEqual(result.versions, [1, 2]);
    assert.equal(result.nextExpectedVersion, 2);
    assert.equal(result.duplicate, false);
    assert.equal(result.positions.length, 2);
    assert.ok(result.positions[0]! < result.positions[1]!);

    const events = await store.readStream("counter-1");
    assert.equal(events.length, 2);
    const [first, second] = events as [RecordedEvent, RecordedEvent];
    assert.equal(first.id, id);
    assert.equal(first.streamId, "counter-1");
    assert.equal(first.version, 1);
    assert.equal(first.position, result.positions[0]);
    assert.equal(first.type, "counter.counted");
    assert.equal(first.schemaVersion, 1);
    assert.deepEqual(first.data, { n: 1 });
    assert.deepEqual(first.metadata, { correlationId: "corr-1", commandId: "cmd-1" });
    assert.ok(!Number.isNaN(Date.parse(first.recordedAt)), first.recordedAt);
    assert.deepEqual(second.data, { n: 2, note: "second" });
    assert.match(second.id, /^[0-9a-f-]{36}$/);
    assert.equal(typeof second.position, "number");

    assert.equal(await store.streamVersion("counter-1"), 2);
    assert.equal(await store.streamVersion("counter-none"), 0);
    assert.deepEqual(
      (await store.readStream("counter-1", { fromVersion: 2 })).map((e) => e.version),
      [2],
    );
    assert.deepEqual((await store.readStream("counter-1", { limit: 1 })).map((e) => e.version), [
      1,
    ]);
    assert.deepEqual(await store.readStream("counter-none"), []);
  });

  contract("expected version: any, no_stream, exact; conflicts write nothing", async (store) => {
    await store.append("s", [counted(1)], { expectedVersion: "no_stream" });
    await assert.rejects(
      store.append("s", [counted(2)], { expectedVersion: "no_stream" }),
      (e: unknown) => e instanceof ConcurrencyError && e.actual === 1 && e.streamId === "s",
    );
    const second = await store.append("s", [counted(2)], { expectedVersion: 1 });
    assert.equal(second.nextExpectedVersion, 2);
    const head = await store.headPosition();
    await assert.rejects(
      store.append("s", [counted(3), counted(4), counted(5)], { expectedVersion: 1 }),
      (e: unknown) => e instanceof ConcurrencyError && e.actual === 2 && e.expected === 1,
    );
    await assert.rejects(store.append("s", [counted(3)], { expectedVersion: 5 }), ConcurrencyError);
    assert.equal(await store.streamVersion("s"), 2);
    assert.equal(await store.headPosition(), head);

    await store.append("t", [counted(1)], { expectedVersion: 0 });
    await assert.rejects(store.append("t", [counted(2)], { expectedVersion: 0 }), ConcurrencyError);
    const any = await store.append("t", [counted(2), counted(3)], { expectedVersion: "any" });
    assert.deepEqual(any.versions, [2, 3]);
    assert.deepEqual((await store.append("t", [counted(4)])).versions, [4]);
    await assert.rejects(store.append("t", [counted(5)], { expectedVersion: -1 }), RangeError);
  });

  contract("idempotent append: a re-sent command id appends nothing", async (store) => {
    const first = await store.append("s", [counted(1), counted(2)], { commandId: "c-1" });
    const again = await store.append("s", [counted(1), counted(2)], { commandId: "c-1" });
    assert.deepEqual(again, { ...first, duplicate: true });
    // Idempotency wins over the version check: a retry carries a stale expected version.
    const stale = await store.append("s", [counted(1)], { commandId: "c-1", expectedVersion: 0 });
    assert.deepEqual(stale, { ...first, duplicate: true });
    assert.equal(await store.streamVersion("s"), 2);
    // The same command id on another stream is another command.
    assert.equal(
      (await store.append("other", [counted(1)], { commandId: "c-1" })).duplicate,
      false,
    );
  });

  contract("1,000 re-sent command ids append nothing", async (store) => {
    const commands = Array.from(
      { length: 1_000 },
      (_, i) => ({ stream: `s-${i % 20}`, id: `c-${i}` }),
    );
    const send = () =>
      inParallel(commands, 8, (c, i) => store.append(c.stream, [counted(i)], { commandId: c.id }));
    const firsts = await send();
    assert.ok(firsts.every((r) => !r.duplicate));
    const head = await store.headPosition();
    const resent = await send();
    assert.ok(resent.every((r) => r.duplicate));
    assert.deepEqual(resent.map((r) => r.positions), firsts.map((r) => r.positions));
    assert.equal(await store.headPosition(), head);
    assert.equal((await store.readAll({ limit: 5_000 })).length, 1_000);
  });

  contract(
    "racing appends with one command id: the loser returns the winner's result",
    async (store) => {
      for (let round = 0; round < 10; round++) {
        const stream = `race-${round}`;
        const results = await Promise.all(
          [0, 1, 2].map(() =>
            store.append(stream, [counted(1), counted(2)], { commandId: `cmd-${round}` })
          ),
        );
        assert.equal(results.filter((r) => !r.duplicate).length, 1);
        for (const r of results) assert.deepEqual(r.positions, results[0]!.positions);
        assert.equal(await store.streamVersion(stream), 2);
      }
    },
  );

  contract("invalid or unknown events are refused before anything is written", async (store) => {
    await assert.rejects(
      store.append("s", [counted(1), { type: "counter.counted", data: { n: "two" } }]),
      (e: unknown) => e instanceof InvalidEventError && /\bn\b/.test(e.message),
    );
    await assert.rejects(
      store.append("s", [counted(1), { type: "counter.exploded", data: {} }]),
      UnknownEventTypeError,
    );
    await assert.rejects(
      store.append("s", [{ ...counted(1), metadata: { correlationId: "" } }]),
      (e: unknown) =>
        e instanceof InvalidEventError && e.message.includes("metadata.correlationId"),
    );
    await assert.rejects(
      store.append("s", [{ ...counted(1), id: "not-a-uuid" }]),
      (e: unknown) => e instanceof InvalidEventError && e.message.includes("id"),
    );
    assert.equal(await store.streamVersion("s"), 0);
    assert.equal(await store.headPosition(), 0);
  });

  contract("readAll: global order, after/limit paging, stream and type filters", async (store) => {
    for (let i = 0; i < 10; i++) {
      await store.append(i % 2 ? "odd" : "even", [
        counted(i),
        ...(i % 3 === 0 ? [{ type: "counter.reset", data: { reason: `r${i}` } }] : []),
      ]);
    }
    const all = await store.readAll({ limit: 100 });
    assert.equal(all.length, 14);
    assertStrictlyIncreasing(all.map((e) => e.position));
    assert.equal(await store.headPosition(), all.at(-1)!.position);

    const paged: RecordedEvent[] = [];
    for (let after = 0;;) {
      const page = await store.readAll({ after, limit: 3 });
      if (page.length === 0) break;
      assert.ok(page.length <= 3);
      paged.push(...page);
      after = page.at(-1)!.position;
    }
    assert.deepEqual(paged, all);

    const mid = all[5]!.position;
    assert.deepEqual(await store.readAll({ after: mid, limit: 100 }), all.slice(6));
    const odd = await store.readAll({ limit: 100, streamId: "odd" });
    assert.deepEqual(odd, all.filter((e) => e.streamId === "odd"));
    assert.deepEqual(odd.map((e) => e.version), [1, 2, 3, 4, 5, 6, 7]);
    const resets = await store.readAll({ limit: 100, types: ["counter.reset"] });
    assert.deepEqual(resets, all.filter((e) => e.type === "counter.reset"));
    assert.equal(resets.length, 4);
    assert.deepEqual(await store.readAll({ limit: 100, types: [] }), []);
    assert.deepEqual(await store.readAll({ after: all.at(-1)!.position, limit: 10 }), []);
  });

  contract("upcasting on read: v1 rows come back in the current schema", async (v1, space) => {
    await v1.append("person-1", [{ type: "counter.renamed", data: { name: "Ada King Lovelace" } }]);
    await assert.rejects(
      v1.append("person-1", [{ type: "counter.renamed", data: { first: "A", last: "L" } }]),
      InvalidEventError,
    );
    const v2 = await space.open(testCatalogueV2);
    try {
      await v2.append("person-1", [{ type: "counter.renamed", data: { first: "Ada", last: "L" } }]);
      const [old, current] = await v2.readStream("person-1") as [RecordedEvent, RecordedEvent];
      assert.deepEqual(old.data, { first: "Ada", last: "King Lovelace" });
      assert.equal(old.schemaVersion, 2);
      assert.deepEqual(current.data, { first: "Ada", last: "L" });
      assert.deepEqual((await v2.readAll({ limit: 10 })).map((e) => e.data), [
        old.data,
        current.data,
      ]);
      // The stored row is untouched: a v1 reader still sees what was written.
      assert.deepEqual((await v1.readStream("person-1", { limit: 1 }))[0]!.data, {
        name: "Ada King Lovelace",
      });
    } finally {
      await v2.close();
    }
  });

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
      await new Promise((r) => setTimeout(r, 300));
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

  contract("snapshots: save, load, keep the highest version", async (store) => {
    assert.equal(await store.loadSnapshot("agent-1"), undefined);
    await store.saveSnapshot({ streamId: "agent-1", version: 3, state: { load: 3, tags: ["a"] } });
    await store.saveSnapshot({ streamId: "agent-1", version: 5, state: { load: 5, tags: [] } });
    await store.saveSnapshot({ streamId: "agent-1", version: 4, state: { load: 4, tags: [] } });
    assert.deepEqual(await store.loadSnapshot("agent-1"), {
      streamId: "agent-1",
      version: 5,
      state: { load: 5, tags: [] },
    });
    await store.saveSnapshot({ streamId: "agent-2", version: 1, state: "just a string" });
    assert.equal((await store.loadSnapshot<string>("agent-2"))?.state, "just a string");
  });

  contract("checkpoints: save and load", async (store) => {
    assert.equal(await store.loadCheckpoint("nobody"), 0);
    await store.saveCheckpoint("p", 42);
    await store.saveCheckpoint("p", 43);
    assert.equal(await store.loadCheckpoint("p"), 43);
    await assert.rejects(store.saveCheckpoint("p", -1), RangeError);
  });
}

export function assertStrictlyIncreasing(positions: number[]): void {
  for (let i = 1; i < positions.length; i++) {
    assert.ok(
      positions[i - 1]! < positions[i]!,
      `position ${positions[i]} after ${positions[i - 1]}`,
    );
  }
}

/** Runs `work` over `items` with at most `width` in flight; results in item order. */
export async function inParallel<T, R>(
  items: T[],
  width: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
}
