import assert from "node:assert/strict";
import type { CommandLog } from "../../src/bus/command-log.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import type { PartitionLeases } from "../../src/runtime/leases/partition-leases.ts";
import { type ActorRuntime, startActorRuntime } from "../../src/runtime/runtime.ts";
import { CommandRejectedError } from "../../src/runtime/dispatch.ts";
import { counterActor } from "./counter-actor.ts";

export interface RuntimeStack {
  store: EventStore;
  commandLog: CommandLog;
  leases: PartitionLeases;
  /** Puts bytes on the log as a foreign writer could, bypassing the sender's checks. */
  injectRaw?(actorId: string, body: string): Promise<void>;
  cleanup(): Promise<void>;
}

/** Runs the same runtime tests over a store + command log pair. */
export function actorRuntimeContract(
  name: string,
  ignore: boolean,
  makeStack: () => Promise<RuntimeStack>,
) {
  // Every behaviour holds both ways a command reaches its actor: through the log,
  // and run in process for a partition the sending node owns (dispatch.ts, LocalHost).
  for (const local of [false, true]) runtimeSuite(name, ignore, makeStack, local);
}

function runtimeSuite(
  name: string,
  ignore: boolean,
  makeStack: () => Promise<RuntimeStack>,
  local: boolean,
) {
  async function withRuntime(
    fn: (runtime: ActorRuntime, stack: RuntimeStack) => Promise<void>,
    host: { maxAttempts?: number } = {},
  ) {
    const stack = await makeStack();
    const runtime = await startActorRuntime({
      ...stack,
      actors: [counterActor],
      host,
      localDispatch: local,
    });
    try {
      await fn(runtime, stack);
    } finally {
      await runtime.stop();
      await stack.cleanup();
    }
  }
  const via = local ? "in process" : "via the log";
  const test = (title: string, fn: () => Promise<void>) =>
    Deno.test({ name: `runtime (${name}, ${via}): ${title}`, ignore, fn });

  test("a command travels the log only when its partition is not this node's to run", async () => {
    const stack = await makeStack();
    let sent = 0;
    const counted = new Proxy(stack.commandLog, {
      get(target, key, receiver) {
        if (key === "send") {
          return (...args: Parameters<typeof target.send>) => (sent++, target.send(...args));
        }
        const value = Reflect.get(target, key, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const runtime = await startActorRuntime({
      ...stack,
      commandLog: counted,
      actors: [counterActor],
      localDispatch: local,
    });
    try {
      for (let i = 0; i < 5; i++) {
        const reply = await runtime.dispatch({
          actorType: "counter",
          actorId: `own-${i}`,
          type: "increment",
          data: { by: 1 },
        });
        assert.equal(reply.version, 1);
      }
      // A lone node owns every partition.
      assert.equal(sent, local ? 0 : 5);
      assert.equal(runtime.host.commandsHandled, 5);
      assert.equal((await stack.store.readStream("counter-own-4")).length, 1);
    } finally {
      await runtime.stop();
      await stack.cleanup();
    }
  });

  test("dispatch decides, appends and replies with the new version", async () => {
    await withRuntime(async ({ dispatch }, { store }) => {
      const first = await dispatch({
        actorType: "counter",
        actorId: "c1",
        type: "increment",
        data: { by: 2 },
      });
      assert.equal(first.version, 1);
      assert.equal(first.events[0]!.type, "counter.incremented");
      const second = await dispatch({
        actorType: "counter",
        actorId: "c1",
        type: "increment",
        data: { by: 3 },
      });
      assert.equal(second.version, 2);
      const events = await store.readStream("counter-c1");
      assert.deepEqual(events.map((e) => e.data), [{ by: 2, total: 2 }, { by: 3, total: 5 }]);
      assert.ok(events[0]!.metadata.commandId);
      assert.equal(events[0]!.metadata.causationId, events[0]!.metadata.commandId);
    });
  });

  test("commands for one actor run in order; many actors run side by side", async () => {
    await withRuntime(async ({ dispatch }, { store }) => {
      const perActor = 40;
      const actors = Array.from({ length: 25 }, (_, i) => `a${i}`);
      await Promise.all(
        actors.flatMap((id) =>
          Array.from(
            { length: perActor },
            () =>
              dispatch({ actorType: "counter", actorId: id, type: "increment", data: { by: 1 } }),
          )
        ),
      );
      for (const id of actors) {
        const events = await store.readStream(`counter-${id}`);
        assert.deepEqual(
          events.map((e) => e.version),
          Array.from({ length: perActor }, (_, i) => i + 1),
        );
        assert.deepEqual(
          events.map((e) => (e.data as { total: number }).total),
          events.map((e) => e.version),
        );
        assert.equal(new Set(events.map((e) => e.metadata.commandId)).size, perActor);
      }
    });
  });

  test("1,000 re-sent commands with the same ids append nothing and get their first result", async () => {
    await withRuntime(async ({ dispatch }, { store }) => {
      const ids = Array.from(
        { length: 1000 },
        (_, i) => ({ commandId: `cmd-${i}`, actorId: `r${i % 50}` }),
      );
      const first = await Promise.all(
        ids.map(({ commandId, actorId }) =>
          dispatch({ commandId, actorType: "counter", actorId, type: "increment", data: { by: 1 } })
        ),
      );
      const head = await store.headPosition();
      const again = await Promise.all(
        ids.map(({ commandId, actorId }) =>
          dispatch({ commandId, actorType: "counter", actorId, type: "increment", data: { by: 1 } })
        ),
      );
      assert.equal(await store.headPosition(), head, "nothing new appended");
      for (let i = 0; i < ids.length; i++) {
        assert.equal(again[i]!.duplicate, true);
        assert.equal(again[i]!.version, first[i]!.version);
        assert.deepEqual(
          again[i]!.events.map((e) => e.position),
          first[i]!.events.map((e) => e.position),
        );
      }
    });
  });

  test("a re-sent command whose re-decision would be refused still gets its first result", async () => {
    await withRuntime(async ({ dispatch }) => {
      const cmd = {
        commandId: "only-once",
        actorType: "counter",
        actorId: "lim",
        type: "incrementBelow",
      };
      const first = await dispatch({ ...cmd, data: { by: 5, limit: 5 } });
      const again = await dispatch({ ...cmd, data: { by: 5, limit: 5 } });
      assert.equal(again.duplicate, true);
      assert.equal(again.version, first.version);
    });
  });

  test("bad commands get typed rejections and the host keeps serving", async () => {
    await withRuntime(async ({ dispatch }, { commandLog, injectRaw }) => {
      const expectRejected = async (code: string, p: Promise<unknown>) => {
        await assert.rejects(
          p,
          (e: unknown) => e instanceof CommandRejectedError && e.code === code,
        );
      };
      await expectRejected(
        "unknown_actor_type",
        dispatch({ actorType: "ghost", actorId: "x", type: "increment", data: {} }),
      );
      await expectRejected(
        "unknown_command",
        dispatch({ actorType: "counter", actorId: "x", type: "fly", data: {} }),
      );
      await expectRejected(
        "invalid_command",
        dispatch({ actorType: "counter", actorId: "x", type: "increment", data: { by: "two" } }),
      );
      await expectRejected(
        "limit_reached",
        dispatch({
          actorType: "counter",
          actorId: "x",
          type: "incrementBelow",
          data: { by: 2, limit: 1 },
        }),
      );
      // The log refuses to carry what is not a command…
      await assert.rejects(commandLog.send({ nonsense: true } as never, { timeoutMs: 5000 }));
      // …but a foreign writer may still put garbage on a shared log: the host must shrug it off.
      await injectRaw?.("x", "{not json");
      await injectRaw?.(
        "x",
        JSON.stringify({ commandId: "c", actorType: "counter", actorId: "x" }),
      );
      const ok = await dispatch({
        actorType: "counter",
        actorId: "x",
        type: "increment",
        data: { by: 1 },
      });
      assert.equal(ok.version, 1);
    });
  });

  test("a handler that keeps throwing is retried, then dead-lettered with a typed rejection", async () => {
    await withRuntime(async ({ dispatch }, { commandLog }) => {
      await assert.rejects(
        dispatch({ actorType: "counter", actorId: "bomb", type: "explode", data: {} }, {
          timeoutMs: 15_000,
          attemptTimeoutMs: 15_000,
        }),
        (e: unknown) =>
          e instanceof CommandRejectedError && e.code === "command_failed" &&
          /3 attempts/.test(e.message),
      );
      const dead = await commandLog.deadLetters(10);
      assert.ok(dead.some((d) => /boom/.test(d.reason)));
      const ok = await dispatch({
        actorType: "counter",
        actorId: "bomb",
        type: "increment",
        data: { by: 1 },
      });
      assert.equal(ok.version, 1);
    }, { maxAttempts: 3 });
  });

  test("a warm actor costs one append, not a replay", async () => {
    await withRuntime(async ({ dispatch }, { store }) => {
      await dispatch({ actorType: "counter", actorId: "warm", type: "increment", data: { by: 1 } });
      let reads = 0;
      const readStream = store.readStream.bind(store);
      store.readStream = (...args) => {
        reads++;
        return readStream(...args);
      };
      try {
        for (let i = 0; i < 20; i++) {
          await dispatch({
            actorType: "counter",
            actorId: "warm",
            type: "increment",
            data: { by: 1 },
          });
        }
      } finally {
        store.readStream = readStream;
      }
      assert.equal(reads, 0);
    });
  });

  /** Counts the store's reads while `fn` runs. */
  async function countingReads(store: EventStore, fn: () => Promise<void>): Promise<number> {
    let reads = 0;
    const { readStream, loadSnapshot } = store;
    store.readStream = (...args) => (reads++, readStream.apply(store, args));
    store.loadSnapshot =
      ((streamId: string) => (reads++, loadSnapshot.call(store, streamId))) as EventStore[
        "loadSnapshot"
      ];
    try {
      await fn();
    } finally {
      store.readStream = readStream;
      store.loadSnapshot = loadSnapshot;
    }
    return reads;
  }

  test("a command that starts a stream is decided on a cold actor without reading", async () => {
    await withRuntime(async ({ dispatch }, { store }) => {
      const reads = await countingReads(store, async () => {
        const reply = await dispatch({
          actorType: "counter",
          actorId: "new",
          type: "start",
          data: {},
        });
        assert.equal(reply.version, 1);
      });
      assert.equal(reads, 0);
      assert.equal((await store.readStream("counter-new")).length, 1);
    });
  });

  test("a starting command on a stream that exists after all is judged on its real state", async () => {
    await withRuntime(async ({ dispatch }, { store }) => {
      // Written by someone else: this host has never seen the actor.
      const data = { by: 5, total: 5 };
      await store.append("counter-old", [{ type: "counter.incremented", data }], {
        expectedVersion: 0,
        commandId: "earlier",
      });
      await assert.rejects(
        dispatch({ actorType: "counter", actorId: "old", type: "start", data: {} }),
        (e: unknown) => e instanceof CommandRejectedError && e.code === "already_started",
      );
      assert.equal((await store.readStream("counter-old")).length, 1, "nothing appended");
      // A re-sent command that started it gets its first answer, also on a cold actor.
      await store.append("counter-resent", [{ type: "counter.incremented", data }], {
        expectedVersion: 0,
        commandId: "start-1",
      });
      const again = await dispatch({
        actorType: "counter",
        actorId: "resent",
        type: "start",
        data: {},
        commandId: "start-1",
      });
      assert.equal(again.version, 1);
      assert.equal(again.duplicate, true);
      assert.equal((await store.readStream("counter-resent")).length, 1);
    });
  });

  test("the trace context travels from the sender into the events' metadata", async () => {
    await withRuntime(async ({ dispatch }, { store }) => {
      const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
      await dispatch({
        actorType: "counter",
        actorId: "traced",
        type: "increment",
        data: { by: 1 },
        metadata: { traceparent: `00-${traceId}-00f067aa0ba902b7-01`, correlationId: "req-42" },
      });
      const [event] = await store.readStream("counter-traced");
      assert.equal(event!.metadata.traceId, traceId);
      assert.equal(event!.metadata.correlationId, "req-42");
    });
  });
}
