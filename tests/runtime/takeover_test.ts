import assert from "node:assert/strict";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { jetStreamCommandLog } from "../../src/bus/jetstream/command-log.ts";
import type { CommandLog } from "../../src/bus/command-log.ts";
import { natsKvLeases } from "../../src/runtime/leases/nats-kv.ts";
import { type ActorRuntime, startActorRuntime } from "../../src/runtime/runtime.ts";
import { createDispatcher } from "../../src/runtime/dispatch.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../support/services.ts";
import { waitFor } from "../support/time.ts";
import { postgresSpace } from "../store/pg-space.ts";
import { counterActor, counterCatalogue } from "./counter-actor.ts";
import { deleteStreams } from "./nats-cleanup.ts";

const PARTITIONS = 8;
const TTL_MS = 2_000;

Deno.test({
  name:
    "runtime takeover: a node killed mid-load loses its partitions to the survivor, no command lost or doubled",
  ignore: ignoreWithout("postgres", "nats"),
  async fn() {
    const space = postgresSpace({ max: 8 });
    const store = await space.open(counterCatalogue);
    const stream = uniqueName("sb_cmd");
    const bucket = uniqueName("sb_leases");
    const connections: NatsConnection[] = [];
    const logs: CommandLog[] = [];
    const runtimes: ActorRuntime[] = [];
    let watcher: ReturnType<typeof setInterval> | undefined;

    async function node(nodeId: string) {
      const nc = await connect({
        servers: requireUrl("nats"),
        name: nodeId,
        maxReconnectAttempts: 0,
      });
      connections.push(nc);
      const commandLog = await jetStreamCommandLog({
        connection: nc,
        stream,
        subjectPrefix: stream,
        partitions: PARTITIONS,
        ackWaitMs: 4_000,
        onError: () => {},
      });
      logs.push(commandLog);
      const leases = await natsKvLeases({
        connection: nc,
        nodeId,
        partitions: PARTITIONS,
        bucket,
        ttlMs: TTL_MS,
      });
      const runtime = await startActorRuntime({
        store,
        commandLog,
        leases,
        actors: [counterActor],
      });
      runtimes.push(runtime);
      return { nc, runtime };
    }

    try {
      const a = await node("node-a");
      const b = await node("node-b");
      await waitFor(
        () =>
          a.runtime.leases.owned().length === PARTITIONS / 2 &&
          b.runtime.leases.owned().length === PARTITIONS / 2,
        "an even split of partitions",
      );
      assert.deepEqual(
        [...a.runtime.leases.owned(), ...b.runtime.leases.owned()].sort((x, y) => x - y),
        Array.from({ length: PARTITIONS }, (_, i) => i),
      );

      // Commands come from a third connection, as from an edge or the API.
      const sender = await connect({ servers: requireUrl("nats"), name: "sender" });
      connections.push(sender);
      const senderLog = await jetStreamCommandLog({
        connection: sender,
        stream,
        subjectPrefix: stream,
        partitions: PARTITIONS,
      });
      logs.push(senderLog);
      const dispatch = createDispatcher(senderLog);

      const actors = Array.from({ length: 60 }, (_, i) => `k${i}`);
      const total = 2_400;
      const sent = new Map<string, number>(); // actor → commands sent
      const results: { actorId: string; version: number; duplicate: boolean }[] = [];
      let killedAt = 0;
      let takeoverMs = NaN;
      const watchTakeover = () => {
        watcher = setInterval(() => {
          if (b.runtime.host.ownedPartitions.length !== PARTITIONS) return;
          takeoverMs = performance.now() - killedAt;
          clearInterval(watcher);
        }, 10);
      };
      let next = 0;
      const worker = async () => {
        while (next < total) {
          const i = next++;
          const actorId = actors[i % actors.length]!;
          sent.set(actorId, (sent.get(actorId) ?? 0) + 1);
          if (i === total / 3 && killedAt === 0) {
            // The crash: connection gone, consumers stop unacked, leases left to expire.
            killedAt = performance.now();
            await a.nc.close();
            watchTakeover();
          }
          const reply = await dispatch(
            { actorType: "counter", actorId, type: "increment", data: { by: 1 } },
            { timeoutMs: 30_000, attemptTimeoutMs: 1_000 },
          );
          results.push({ actorId, version: reply.version, duplicate: reply.duplicate ?? false });
        }
      };
      await Promise.all(Array.from({ length: 40 }, worker));

      await waitFor(() => !Number.isNaN(takeoverMs), "the survivor to own every partition");
      // The dead node's last renewal was at most TTL/3 before the kill; the survivor looks every TTL/3.
      assert.ok(takeoverMs <= TTL_MS * 1.5, `takeover took ${takeoverMs} ms (TTL ${TTL_MS} ms)`);

      assert.equal(results.length, total, "every command got exactly one result");
      for (const actorId of actors) {
        const events = await store.readStream(`counter-${actorId}`);
        const n = sent.get(actorId)!;
        assert.deepEqual(
          events.map((e) => e.version),
          Array.from({ length: n }, (_, i) => i + 1),
          `${actorId} gap-free`,
        );
        assert.equal(
          new Set(events.map((e) => e.metadata.commandId)).size,
          n,
          `${actorId} no duplicate command ids`,
        );
        assert.equal((events.at(-1)!.data as { total: number }).total, n);
      }
      console.log(
        JSON.stringify({
          figure: "takeover_ms",
          value: Math.round(takeoverMs),
          ttlMs: TTL_MS,
        }),
      );
    } finally {
      clearInterval(watcher);
      for (const runtime of runtimes) await runtime.stop({ release: false }).catch(() => {});
      for (const log of logs) await log.close().catch(() => {});
      const live = connections.find((c) => !c.isClosed());
      if (live) await deleteStreams(live, [stream, `${stream}_dlq`, `KV_${bucket}`]);
      for (const nc of connections) if (!nc.isClosed()) await nc.close();
      await store.close();
      await space.drop();
    }
  },
});
