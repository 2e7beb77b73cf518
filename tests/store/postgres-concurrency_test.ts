/**
 * The no-skip proof against real PostgreSQL: many concurrent appenders, some
 * of them slow (their transaction sleeps after the append, before commit, so
 * higher positions commit first) and some rolled back (burned positions),
 * while a subscriber reads in global order. The subscriber must see every
 * committed event exactly once, in strictly increasing position order.
 *
 * A naive reader (ORDER BY position, no transaction-id filter) runs alongside;
 * how many events it skips shows the test really produced out-of-order commits.
 *
 * SB_CONCURRENCY_APPENDS scales the run (default ~3,000 appends, a few seconds).
 */
import assert from "node:assert/strict";
import postgres from "postgres";
import { ignoreWithout, requireUrl } from "../support/services.ts";
import { pause } from "../support/time.ts";
import { assertStrictlyIncreasing, inParallel } from "./contract-support.ts";
import { postgresSpace } from "./pg-space.ts";
import { counted, testCatalogue } from "./test-catalogue.ts";

const FAST_APPENDS = Number(Deno.env.get("SB_CONCURRENCY_APPENDS") ?? 3_000);
const FAST_LANES = 12;
const SLOW_LANES = 4;

Deno.test({
  name: "postgres store: concurrent writers, out-of-order commits, no event skipped",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const space = postgresSpace({ max: FAST_LANES });
    const store = await space.open(testCatalogue);
    const slowClient = postgres(requireUrl("postgres"), { max: SLOW_LANES, onnotice: () => {} });
    const naiveClient = postgres(requireUrl("postgres"), { max: 1 });
    try {
      const seen: number[] = [];
      const subscription = store.subscribe({
        name: "proof",
        batchSize: 250,
        pollIntervalMs: 5,
        handler: (events) => void seen.push(...events.map((e) => e.position)),
      });

      const committed: number[] = [];
      let writing = true;

      const fast = inParallel(
        Array.from({ length: FAST_APPENDS }, (_, i) => i),
        FAST_LANES,
        async (i) => {
          const events = Array.from({ length: 1 + (i % 3) }, (_, k) => counted(k));
          const result = await store.append(`fast-${i % 64}`, events);
          committed.push(...result.positions);
        },
      );

      let rolledBack = 0;
      const slowAppendsPerLane = Math.max(10, Math.round(FAST_APPENDS / 75));
      const slow = inParallel(
        Array.from({ length: SLOW_LANES * slowAppendsPerLane }, (_, i) => i),
        SLOW_LANES,
        async (i) => {
          const payload = JSON.stringify(
            [1, 2].map((n) => ({
              id: crypto.randomUUID(),
              type: "counter.counted",
              schemaVersion: 1,
              data: { n },
              metadata: {},
            })),
          );
          const rollBack = i % 7 === 3;
          const positions: number[] = [];
          await slowClient.begin(async (tx) => {
            const rows = await tx.unsafe(
              `SELECT appended_position FROM ${space.schema}.sb_append($1, NULL, NULL, $2::text::jsonb)`,
              [`slow-${i % 8}`, payload],
            );
            positions.push(...rows.map((r) => Number(r.appended_position)));
            await tx.unsafe(`SELECT pg_sleep($1)`, [0.005 + Math.random() * 0.04]);
            if (rollBack) throw new RolledBack();
          }).catch((error) => {
            if (!(error instanceof RolledBack)) throw error;
            rolledBack++;
          });
          if (!rollBack) committed.push(...positions);
          // Committed by another connection: only notify() or the poll can wake the subscriber.
          store.notify();
        },
      );

      // Reads every committed row in position order with no transaction-id filter.
      const naiveSeen = new Set<number>();
      const naive = (async () => {
        let after = 0;
        while (writing) {
          const rows = await naiveClient.unsafe(
            `SELECT position FROM ${space.schema}.events WHERE position > $1 ORDER BY position LIMIT 1000`,
            [after],
          );
          for (const row of rows) naiveSeen.add(Number(row.position));
          if (rows.length > 0) after = Number(rows[rows.length - 1]!.position);
          else await pause(2); // measures real time: a reader polling as fast as it sensibly can
        }
      })();

      await Promise.all([fast, slow]);
      writing = false;
      await naive;
      await subscription.caughtUp();
      await subscription.stop();

      committed.sort((a, b) => a - b);
      assertStrictlyIncreasing(seen);
      assert.equal(seen.length, committed.length, "every committed event seen exactly once");
      assert.deepEqual(seen, committed);
      const all = await store.readAll({ limit: committed.length + 10 });
      assert.deepEqual(all.map((e) => e.position), committed);

      const naiveSkipped = committed.filter((p) => !naiveSeen.has(p)).length;
      console.log(
        `concurrency proof: ${committed.length} events committed, ${rolledBack} slow appends ` +
          `rolled back, subscriber saw all in order; a naive reader would have skipped ${naiveSkipped}`,
      );
    } finally {
      await store.close();
      await slowClient.end();
      await naiveClient.end();
      await space.drop();
    }
  },
});

class RolledBack extends Error {}
