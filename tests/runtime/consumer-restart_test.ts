import assert from "node:assert/strict";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { jetStreamCommandLog } from "../../src/bus/jetstream/command-log.ts";
import { ActorHost } from "../../src/runtime/actor-host.ts";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../support/services.ts";
import { pause, waitFor } from "../support/time.ts";
import { counterActor, counterCatalogue } from "./counter-actor.ts";
import { deleteStreams } from "./nats-cleanup.ts";

Deno.test({
  name:
    "actor host: given a partition it owns, when its consumer ends under it, it consumes again and commands are answered; not once the lease is gone",
  ignore: ignoreWithout("nats"),
  async fn() {
    const store = await pgliteEventStore({ catalogue: counterCatalogue });
    const nc = await connect({ servers: requireUrl("nats") });
    const stream = uniqueName("sb_cmd");
    const commandLog = await jetStreamCommandLog({
      connection: nc,
      stream,
      subjectPrefix: stream,
      partitions: 1,
      onError: () => {},
    });
    let leaseHeld = true;
    const host = new ActorHost({
      store,
      commandLog,
      actors: [counterActor],
      stillOwns: () => leaseHeld,
    });
    const send = (by: number) =>
      commandLog.send({
        actorType: "counter",
        actorId: "r",
        type: "increment",
        data: { by },
        commandId: crypto.randomUUID(),
        metadata: { now: new Date().toISOString() },
      }, { timeoutMs: 20_000 });
    const dropConsumers = async () => {
      const jsm = await jetstreamManager(nc);
      for await (const info of jsm.consumers.list(stream)) {
        await jsm.consumers.delete(stream, info.name);
      }
    };
    try {
      await host.startPartition(0);
      assert.ok((await send(1)).ok);

      await dropConsumers();
      await waitFor(() => !host.owns(0), "the host to notice its consumer ended");
      await waitFor(() => host.owns(0), "the host to consume again");
      const reply = await send(2);
      assert.ok(reply.ok && reply.version === 2, JSON.stringify(reply));

      leaseHeld = false;
      await dropConsumers();
      await waitFor(() => !host.owns(0), "the host to notice its consumer ended");
      await pause(1_500); // measures real time: no restart comes
      assert.equal(host.owns(0), false);
    } finally {
      await host.stop();
      await commandLog.close();
      await deleteStreams(nc, [stream, `${stream}_dlq`]);
      await nc.close();
      await store.close();
    }
  },
});
