import assert from "node:assert/strict";
import { CommandTimeoutError } from "../../../src/bus/command-log.ts";
import { InvalidCommandError } from "../../../src/bus/codec.ts";
import { partitionOf } from "../../../src/bus/partition.ts";
import { CommandLogClosedError } from "../../../src/bus/pending-replies.ts";
import { waitFor } from "../../support/time.ts";
import {
  actorOf,
  actorOn,
  command,
  type CommandLogFactory,
  numberOf,
  recorder,
  withFixture,
} from "./helpers.ts";

/** Sending, delivering, replying and ordering. */
export function messagingContract(adapter: string, factory: CommandLogFactory, ignore: boolean) {
  const test = (name: string, fn: () => Promise<void>) =>
    Deno.test({ name: `${adapter} command log: ${name}`, ignore, fn });

  test("partitionOf is FNV-1a, stable, and spreads ids over every partition", async () => {
    await withFixture(factory, { partitions: 16 }, ({ log }) => {
      // Fixed vectors: every node and language must agree on these.
      assert.equal(partitionOf("", 16), 0x811c9dc5 % 16);
      assert.equal(partitionOf("a", 16), 0xe40c292c % 16);
      const counts = new Array<number>(16).fill(0);
      for (let i = 0; i < 1600; i++) {
        const id = `agent-${i}`;
        assert.equal(log.partitionOf(id), partitionOf(id, 16));
        assert.equal(log.partitionOf(id), log.partitionOf(id));
        counts[log.partitionOf(id)]!++;
      }
      for (const count of counts) assert.ok(count > 50 && count < 150, `uneven: ${counts}`);
    });
  });

  test("send reaches the handler of the actor's partition and the reply reaches the sender", async () => {
    await withFixture(factory, { partitions: 4 }, async ({ log }) => {
      const recorders = [0, 1, 2, 3].map(() => recorder({ autoAck: true }));
      const consumers = await Promise.all(
        recorders.map((r, partition) => log.consume(partition, r.handler)),
      );
      const sent = ["alpha", "bravo", "charlie", "delta", "echo"].map((id, n) => command(id, n));
      const replies = await Promise.all(sent.map((c) => log.send(c, { timeoutMs: 5000 })));
      assert.deepEqual(replies.map((r) => r.ok && r.version), [0, 1, 2, 3, 4]);
      for (const c of sent) {
        const partition = log.partitionOf(c.actorId);
        const delivered = recorders[partition]!.seen.find((d) => actorOf(d) === c.actorId);
        assert.ok(delivered, `${c.actorId} not delivered on partition ${partition}`);
        assert.equal(delivered.partition, partition);
        assert.equal(delivered.deliveryCount, 1);
        assert.deepEqual(delivered.payload, JSON.parse(JSON.stringify(c)));
      }
      await Promise.all(consumers.map((c) => c.stop()));
    });
  });

  test("commands for one actor arrive in the order sent, across many senders", async () => {
    await withFixture(factory, { partitions: 4 }, async ({ log }) => {
      const recorders = [0, 1, 2, 3].map(() => recorder({ autoAck: true }));
      const consumers = await Promise.all(
        recorders.map((r, partition) => log.consume(partition, r.handler, { maxInFlight: 50 })),
      );
      const actors = ["a1", "a2", "a3", "a4", "a5", "a6"];
      const sends = [];
      for (let n = 0; n < 60; n++) {
        for (const actor of actors) sends.push(log.send(command(actor, n), { timeoutMs: 10_000 }));
      }
      await Promise.all(sends);
      for (const actor of actors) {
        const seen = recorders[log.partitionOf(actor)]!.seen.filter((d) => actorOf(d) === actor);
        assert.deepEqual(seen.map(numberOf), Array.from({ length: 60 }, (_, n) => n), actor);
      }
      for (const r of recorders) {
        const sequences = r.seen.map((d) => d.sequence);
        assert.deepEqual(sequences, [...sequences].sort((a, b) => a - b), "partition order");
      }
      await Promise.all(consumers.map((c) => c.stop()));
    });
  });

  test("send times out with CommandTimeoutError when nobody consumes", async () => {
    await withFixture(factory, { partitions: 2 }, async ({ log }) => {
      const c = command("lonely", 1);
      const started = Date.now();
      await assert.rejects(log.send(c, { timeoutMs: 200 }), (error: unknown) => {
        assert.ok(error instanceof CommandTimeoutError);
        assert.equal(error.commandId, c.commandId);
        assert.equal(error.code, "command_timeout");
        return true;
      });
      assert.ok(Date.now() - started >= 190);
    });
  });

  test("publish delivers without a waiting sender, and reply() is then harmless", async () => {
    await withFixture(factory, { partitions: 2 }, async ({ log }) => {
      const r = recorder({ autoAck: true });
      const actor = actorOn(log, 1);
      const consumer = await log.consume(1, r.handler);
      await log.publish(command(actor, 7));
      await waitFor(() => r.seen.length === 1, "the published command");
      assert.equal(numberOf(r.seen[0]!), 7);
      await waitFor(() => r.acked() === 1, "reply with nobody waiting, then ack");
      assert.deepEqual(r.failures, []);
      await consumer.stop();
    });
  });

  test("a command id published twice within the window is delivered once; a resend is answered", async () => {
    await withFixture(factory, { partitions: 1 }, async ({ log }) => {
      const r = recorder({ autoAck: true });
      const consumer = await log.consume(0, r.handler);
      const first = command("dup", 1);
      await log.publish(first);
      await log.publish({ ...first, data: { n: 2 } });
      await log.publish(command("dup", 3));
      await waitFor(() => r.seen.length >= 2, "two deliveries");
      // A sender retrying an id must still get an answer (the host repeats its first result).
      const reply = await log.send({ ...first, data: { n: 4 } }, { timeoutMs: 5000 });
      assert.ok(reply.ok);
      assert.deepEqual(r.numbers(), [1, 3, 4]);
      await consumer.stop();
    });
  });

  test("commands that cannot be routed are refused with InvalidCommandError", async () => {
    await withFixture(factory, { partitions: 2 }, async ({ log }) => {
      await assert.rejects(log.publish(command("bad.id", 1)), InvalidCommandError);
      await assert.rejects(log.send(command("bad id", 1)), InvalidCommandError);
      await assert.rejects(
        log.send({ ...command("ok", 1), actorType: "a.>" }),
        InvalidCommandError,
      );
      await assert.rejects(
        log.publish({ ...command("ok", 1), commandId: "" }),
        InvalidCommandError,
      );
    });
  });

  test("malformed bytes are dead-lettered and answered, and the consumer carries on", async () => {
    await withFixture(factory, { partitions: 2 }, async ({ log, appendRaw }) => {
      const r = recorder({ autoAck: true });
      const actor = actorOn(log, 0);
      const consumer = await log.consume(0, r.handler);
      await appendRaw("probe", actor, "{not json");
      await log.send(command(actor, 1), { timeoutMs: 5000 });
      assert.deepEqual(r.numbers(), [1]);
      await waitFor(async () => (await log.deadLetters()).length === 1, "the dead letter");
      const [letter] = await log.deadLetters();
      assert.equal(letter!.payload, "{not json");
      assert.match(letter!.reason, /malformed/);
      await consumer.stop();
    });
  });

  test("a handler that throws does not stop the consumer; the command comes again", async () => {
    const errors: unknown[] = [];
    await withFixture(factory, { partitions: 1, errors }, async ({ log }) => {
      const numbers: number[] = [];
      const acks: Promise<void>[] = [];
      const consumer = await log.consume(0, (delivery) => {
        if (numberOf(delivery) === 1 && delivery.deliveryCount === 1) throw new Error("boom");
        numbers.push(numberOf(delivery));
        acks.push(delivery.ack());
      });
      await log.publish(command("thrower", 1));
      await log.publish(command("thrower", 2));
      await waitFor(() => numbers.length === 2, "both commands handled", 5000);
      await Promise.all(acks);
      assert.deepEqual(numbers, [2, 1]);
      assert.equal(errors.length, 1);
      await consumer.stop();
    });
  });

  test("close rejects sends still waiting, and later calls", async () => {
    await withFixture(factory, { partitions: 1 }, async ({ log }) => {
      const r = recorder(); // delivers, never answers: the send stays waiting
      await log.consume(0, r.handler);
      const waiting = assert.rejects(
        log.send(command("x", 1), { timeoutMs: 10_000 }),
        CommandLogClosedError,
      );
      await waitFor(() => r.seen.length === 1, "the command sent");
      await log.close();
      await waiting;
      await assert.rejects(log.send(command("x", 2)), CommandLogClosedError);
    });
  });
}
