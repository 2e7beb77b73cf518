import { connect } from "@nats-io/transport-node";
import { jetstream } from "@nats-io/jetstream";
import { deleteStreams } from "./nats-cleanup.ts";
import { jetStreamCommandLog } from "../../src/bus/jetstream/command-log.ts";
import { natsKvLeases } from "../../src/runtime/leases/nats-kv.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../support/services.ts";
import { postgresSpace } from "../store/pg-space.ts";
import { actorRuntimeContract } from "./actor-runtime.contract.ts";
import { counterCatalogue } from "./counter-actor.ts";

actorRuntimeContract("JetStream + PostgreSQL", ignoreWithout("postgres", "nats"), async () => {
  const space = postgresSpace();
  const store = await space.open(counterCatalogue);
  const nc = await connect({ servers: requireUrl("nats") });
  const stream = uniqueName("sb_cmd");
  const bucket = uniqueName("sb_leases");
  const commandLog = await jetStreamCommandLog({
    connection: nc,
    stream,
    subjectPrefix: stream,
    partitions: 4,
    ackWaitMs: 5_000,
    onError: () => {},
  });
  const leases = await natsKvLeases({
    connection: nc,
    nodeId: "solo",
    partitions: 4,
    bucket,
    ttlMs: 3_000,
  });
  return {
    store,
    commandLog,
    leases,
    async injectRaw(actorId, body) {
      const subject = `${stream}.${commandLog.partitionOf(actorId)}.counter.${actorId}`;
      await jetstream(nc).publish(subject, body);
    },
    async cleanup() {
      await commandLog.close();
      await deleteStreams(nc, [stream, `${stream}_dlq`, `KV_${bucket}`]);
      await nc.close();
      await store.close();
      await space.drop();
    },
  };
});
