import assert from "node:assert/strict";
import { FencedError } from "../../src/store/errors.ts";
import { type ContractOptions, contractTest } from "./contract-support.ts";
import { counted } from "./test-catalogue.ts";

/**
 * Fencing: a node that claimed a partition (after taking its lease) makes
 * every append fenced with an older claim fail, alone or in a batch, while
 * its own appends and unfenced ones go through.
 */
export function partitionFencingContract(options: ContractOptions): void {
  const contract = contractTest(options);

  contract("claims of one partition get increasing epochs; partitions are apart", async (store) => {
    const first = await store.claimPartition(3);
    const second = await store.claimPartition(3);
    assert.ok(second > first, `${second} after ${first}`);
    assert.equal(await store.claimPartition(4), 1);
  });

  contract(
    "given a newer claim, when the stale owner appends, it is refused and nothing is written",
    async (store) => {
      const stale = { partition: 2, epoch: await store.claimPartition(2) };
      await store.append("counter-f", [counted(1)], { expectedVersion: 0, fence: stale });
      const current = { partition: 2, epoch: await store.claimPartition(2) };

      await assert.rejects(
        store.append("counter-f", [counted(2)], {
          expectedVersion: 1,
          fence: stale,
          commandId: "c-2",
        }),
        (e: unknown) =>
          e instanceof FencedError && e.partition === 2 && e.epoch === stale.epoch &&
          e.current === current.epoch,
      );
      assert.equal(await store.streamVersion("counter-f"), 1);

      const ok = await store.append("counter-f", [counted(2)], {
        expectedVersion: 1,
        fence: current,
        commandId: "c-2",
      });
      assert.equal(ok.nextExpectedVersion, 2);
      // Another partition's claim and unfenced appends are not affected.
      await store.append("counter-g", [counted(1)], { fence: { partition: 5, epoch: 1 } });
      await store.append("counter-f", [counted(3)]);
      assert.equal(await store.streamVersion("counter-f"), 3);
    },
  );

  contract("in a batch, only the stale owner's append is refused", async (store) => {
    const stale = { partition: 1, epoch: await store.claimPartition(1) };
    const current = { partition: 1, epoch: await store.claimPartition(1) };
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        store.append(`counter-b${i}`, [counted(i)], {
          expectedVersion: 0,
          fence: i === 7 ? stale : current,
        })),
    );
    results.forEach((r, i) => {
      if (i === 7) {
        assert.equal(r.status, "rejected");
        assert.ok((r as PromiseRejectedResult).reason instanceof FencedError);
      } else assert.equal(r.status, "fulfilled", `append ${i}`);
    });
    assert.equal(await store.streamVersion("counter-b7"), 0);
  });
}
