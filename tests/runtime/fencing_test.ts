import assert from "node:assert/strict";
import { inProcessCommandLog } from "../../src/bus/in-process/command-log.ts";
import { ActorHost } from "../../src/runtime/actor-host.ts";
import { FencedError } from "../../src/store/errors.ts";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import { waitFor } from "../support/time.ts";
import { counterActor, counterCatalogue } from "./counter-actor.ts";

/**
 * Two nodes that both believe they own a partition (the old owner cut off
 * from the lease service and not yet aware of it): the one that claimed it
 * last writes, the stale one's append is refused and it drops the partition.
 */
Deno.test("fencing: given a newer owner's claim, when the stale owner runs a command, its append is refused and it drops the partition", async () => {
  const store = await pgliteEventStore({ catalogue: counterCatalogue });
  const logs = [1, 2].map(() => inProcessCommandLog({ partitions: 1, onError: () => {} }));
  const [stale, current] = logs.map((commandLog) =>
    new ActorHost({ store, commandLog, actors: [counterActor] })
  ) as [ActorHost, ActorHost];
  try {
    await stale.startPartition(0);
    const first = await stale.runLocal({
      actorType: "counter",
      actorId: "c",
      type: "increment",
      data: { by: 1 },
      commandId: crypto.randomUUID(),
      metadata: { now: new Date().toISOString() },
    });
    assert.ok(first.ok);

    await current.startPartition(0);
    const second = await current.runLocal({
      actorType: "counter",
      actorId: "c",
      type: "increment",
      data: { by: 10 },
      commandId: crypto.randomUUID(),
      metadata: { now: new Date().toISOString() },
    });
    assert.ok(second.ok && second.version === 2);

    await assert.rejects(
      stale.runLocal({
        actorType: "counter",
        actorId: "c",
        type: "increment",
        data: { by: 100 },
        commandId: crypto.randomUUID(),
        metadata: { now: new Date().toISOString() },
      }),
      FencedError,
    );
    await waitFor(() => !stale.owns(0), "the stale owner to drop the partition");
    assert.deepEqual(
      (await store.readStream("counter-c")).map((e) => (e.data as { by: number }).by),
      [1, 10],
    );

    // A command the log delivers to the stale owner is neither applied nor acked there.
    // The stale node takes the partition back for a while, then loses it again.
    await stale.startPartition(0);
    await stale.runLocal({
      actorType: "counter",
      actorId: "c",
      type: "increment",
      data: { by: 3 },
      commandId: crypto.randomUUID(),
      metadata: { now: new Date().toISOString() },
    });
    await current.stopPartition(0);
    await current.startPartition(0);
    await current.runLocal({
      actorType: "counter",
      actorId: "c",
      type: "increment",
      data: { by: 1000 },
      commandId: crypto.randomUUID(),
      metadata: { now: new Date().toISOString() },
    });
    await logs[0]!.publish({
      actorType: "counter",
      actorId: "c",
      type: "increment",
      data: { by: 5 },
      commandId: crypto.randomUUID(),
      metadata: { now: new Date().toISOString() },
    });
    await waitFor(() => !stale.owns(0), "the stale owner to drop the partition again");
    assert.deepEqual(
      (await store.readStream("counter-c")).map((e) => (e.data as { by: number }).by),
      [1, 10, 3, 1000],
    );
  } finally {
    await stale.stop();
    await current.stop();
    for (const log of logs) await log.close();
    await store.close();
  }
});
