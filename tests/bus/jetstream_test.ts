import assert from "node:assert/strict";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { jetStreamCommandLog } from "../../src/bus/jetstream/command-log.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../support/services.ts";
import { waitFor } from "../support/time.ts";
import { commandLogContract, type FixtureOptions } from "./command-log.contract.ts";
import { command, recorder } from "./contract/helpers.ts";

const ignore = ignoreWithout("nats");

/** Removes the test's streams (their consumers go with them). */
async function deleteStreams(stream: string): Promise<void> {
  const nc = await connect({ servers: requireUrl("nats") });
  try {
    const jsm = await jetstreamManager(nc);
    for (const name of [stream, `${stream}_dlq`]) await jsm.streams.delete(name);
  } finally {
    await nc.close();
  }
}

/** A log on a stream and subject prefix no other test uses. */
function openLog(stream: string, prefix: string, options: FixtureOptions) {
  return jetStreamCommandLog({
    servers: requireUrl("nats"),
    stream,
    subjectPrefix: prefix,
    partitions: options.partitions,
    ackWaitMs: options.ackWaitMs,
    onError: (error) => options.errors?.push(error),
  });
}

commandLogContract("jetstream", async (options) => {
  const stream = uniqueName("cmdlog");
  const prefix = uniqueName("cmd");
  const log = await openLog(stream, prefix, options);
  // A foreign writer on the same subjects: raw bytes through its own connection.
  const writer = await connect({ servers: requireUrl("nats") });
  const js = (await jetstreamManager(writer)).jetstream();
  return {
    log,
    async appendRaw(actorType, actorId, body) {
      await js.publish(`${prefix}.${log.partitionOf(actorId)}.${actorType}.${actorId}`, body);
    },
    async dispose() {
      await log.close();
      await writer.close();
      await deleteStreams(stream);
    },
  };
}, { ignore });

Deno.test({
  name: "jetstream command log: a node taking a partition over fences the old owner",
  ignore,
  async fn() {
    const stream = uniqueName("cmdlog");
    const prefix = uniqueName("cmd");
    const errors: unknown[] = [];
    // Two nodes, two connections, one stream; both start it (idempotently).
    const nodeA = await openLog(stream, prefix, { partitions: 1, errors });
    const nodeB = await openLog(stream, prefix, { partitions: 1, errors });
    try {
      const a = recorder();
      await nodeA.consume(0, a.handler);
      await nodeA.publish(command("fenced", 1));
      await waitFor(() => a.seen.length === 1, "node A's delivery");
      // Node A is alive but no longer owns the partition (its lease expired).
      const b = recorder({ autoAck: true });
      const consumerB = await nodeB.consume(0, b.handler);
      await nodeA.publish(command("fenced", 2));
      await nodeB.publish(command("fenced", 3));
      await waitFor(() => b.seen.length >= 3, "node B's deliveries");
      // Node A's consumer would get this one too if it still received.
      await nodeB.publish(command("fenced", 4));
      await waitFor(() => b.numbers().includes(4), "a command published after the takeover");
      assert.deepEqual(b.numbers(), [1, 2, 3, 4]);
      assert.equal(a.seen.length, 1, "node A kept receiving after the takeover");
      // Its consumer is gone, so its late ack is refused rather than applied.
      await assert.rejects(a.seen[0]!.ack());
      await waitFor(() => errors.length >= 1, "node A told that its consumer ended");
      await consumerB.stop();
    } finally {
      await nodeA.close();
      await nodeB.close();
      await deleteStreams(stream);
    }
  },
});

Deno.test({
  name: "jetstream command log: starting again on an existing stream keeps its commands",
  ignore,
  async fn() {
    const stream = uniqueName("cmdlog");
    const prefix = uniqueName("cmd");
    try {
      const first = await openLog(stream, prefix, { partitions: 2 });
      await first.publish(command("kept", 1));
      await first.close();
      const second = await openLog(stream, prefix, { partitions: 2 });
      const r = recorder({ autoAck: true });
      const consumer = await second.consume(second.partitionOf("kept"), r.handler);
      await waitFor(() => r.seen.length === 1, "the command published before the restart");
      assert.equal(r.seen[0]!.sequence, 1);
      await consumer.stop();
      await second.close();
    } finally {
      await deleteStreams(stream);
    }
  },
});

Deno.test({
  name:
    "jetstream command log: a consumer that ends under its owner says so; consuming again delivers what follows (and, the ack floor gone with the consumer, may repeat earlier commands)",
  ignore,
  async fn() {
    const stream = uniqueName("cmdlog");
    const prefix = uniqueName("cmd");
    const log = await openLog(stream, prefix, { partitions: 1 });
    const admin = await connect({ servers: requireUrl("nats") });
    try {
      const r = recorder({ autoAck: true });
      const ended: unknown[] = [];
      await log.consume(0, r.handler, { onEnded: (error) => ended.push(error) });
      await log.publish(command("ends", 1));
      await waitFor(() => r.seen.length === 1, "the first delivery");
      // The server loses the consumer (an operator, or NATS restarted without its state).
      const jsm = await jetstreamManager(admin);
      for await (const info of jsm.consumers.list(stream)) {
        await jsm.consumers.delete(stream, info.name);
      }
      await waitFor(() => ended.length === 1, "the owner told that its consumer ended");
      const again = await log.consume(0, r.handler, { onEnded: (error) => ended.push(error) });
      await log.publish(command("ends", 2));
      await waitFor(() => r.numbers().includes(2), "delivery after consuming again");
      assert.deepEqual([...new Set(r.numbers())], [1, 2]);
      // A stop is not an end.
      await again.stop();
      assert.equal(ended.length, 1);
    } finally {
      await admin.close();
      await log.close();
      await deleteStreams(stream);
    }
  },
});
