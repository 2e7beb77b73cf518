import assert from "node:assert/strict";
import { inProcessCommandLog } from "../../src/bus/in-process/command-log.ts";
import { ActorHost } from "../../src/runtime/actor-host.ts";
import { StoreUnavailableError } from "../../src/store/errors.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import { waitFor } from "../support/time.ts";
import { counterActor, counterCatalogue } from "./counter-actor.ts";

/** The store, with its appends failing as if the database were down while `down()` says so. */
function flaky(store: EventStore, down: () => boolean): EventStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === "append") {
        return (...args: Parameters<EventStore["append"]>) =>
          down()
            ? Promise.reject(new StoreUnavailableError("event store unavailable: ECONNREFUSED"))
            : target.append(...args);
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const increment = (by: number) => ({
  actorType: "counter",
  actorId: "budget",
  type: "increment",
  data: { by },
  commandId: crypto.randomUUID(),
  metadata: { now: new Date().toISOString() },
});

Deno.test("retry budget: given the store down for more attempts than a poison command gets, when it returns, the command is applied once and answered", async () => {
  const base = await pgliteEventStore({ catalogue: counterCatalogue });
  let failures = 0;
  const store = flaky(base, () => failures++ < 4);
  const commandLog = inProcessCommandLog({ partitions: 1, onError: () => {} });
  const host = new ActorHost({ store, commandLog, actors: [counterActor], maxAttempts: 3 });
  try {
    await host.startPartition(0);
    const reply = await commandLog.send(increment(5), { timeoutMs: 30_000 });
    assert.ok(reply.ok && reply.version === 1, JSON.stringify(reply));
    assert.equal((await base.readStream("counter-budget")).length, 1);
    assert.deepEqual(await commandLog.deadLetters(), []);
  } finally {
    await host.stop();
    await commandLog.close();
    await base.close();
  }
});

Deno.test("retry budget: given the store down for longer than the budget, the command is dead-lettered and its sender told", async () => {
  const base = await pgliteEventStore({ catalogue: counterCatalogue });
  const store = flaky(base, () => true);
  const commandLog = inProcessCommandLog({ partitions: 1, onError: () => {} });
  const host = new ActorHost({
    store,
    commandLog,
    actors: [counterActor],
    retryBudgetMs: 1_000,
  });
  try {
    await host.startPartition(0);
    const reply = await commandLog.send(increment(5), { timeoutMs: 30_000 });
    assert.ok(!reply.ok && reply.rejected === "command_failed", JSON.stringify(reply));
    await waitFor(async () => (await commandLog.deadLetters()).length === 1, "the dead letter");
  } finally {
    await host.stop();
    await commandLog.close();
    await base.close();
  }
});
