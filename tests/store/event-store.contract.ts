import assert from "node:assert/strict";
import { InvalidEventError, UnknownEventTypeError } from "../../events/catalogue.ts";
import type { RecordedEvent } from "../../events/envelope.ts";
import { ConcurrencyError } from "../../src/store/errors.ts";
import {
  assertStrictlyIncreasing,
  type ContractOptions,
  contractTest,
  inParallel,
} from "./contract-support.ts";
import { subscriptionContract } from "./subscription.contract.ts";
import { appendBatchingContract } from "./append-batching.contract.ts";
import { partitionFencingContract } from "./partition-fencing.contract.ts";
import { counted, testCatalogueV2 } from "./test-catalogue.ts";

export type { ContractOptions, StoreSpace } from "./contract-support.ts";

/** Registers the EventStore contract for one adapter: both adapters must pass all of it. */
export function eventStoreContract(options: ContractOptions): void {
  const contract = contractTest(options);

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

  contract(
    "findCommand returns a recorded command's first result and event types",
    async (store) => {
      const first = await store.append("s", [counted(1), counted(2)], { commandId: "c-9" });
      await store.append("s", [counted(3)], { commandId: "c-10" });
      const found = await store.findCommand("s", "c-9");
      assert.deepEqual(found, {
        ...first,
        duplicate: true,
        types: ["counter.counted", "counter.counted"],
      });
      assert.equal(await store.findCommand("s", "never-sent"), undefined);
      assert.equal(await store.findCommand("other", "c-9"), undefined);
    },
  );

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

    const id = crypto.randomUUID();
    await store.append("s", [{ ...counted(1), id }]);
    await assert.rejects(
      store.append("t", [counted(2), { ...counted(3), id }]),
      (e: unknown) => e instanceof InvalidEventError && e.message.includes(id),
    );
    assert.equal(await store.streamVersion("t"), 0);
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

  subscriptionContract(options);
  appendBatchingContract(options);
  partitionFencingContract(options);
}
