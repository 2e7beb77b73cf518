import assert from "node:assert/strict";
import { inProcessCommandLog } from "../../src/bus/in-process/command-log.ts";
import { PartitionLog } from "../../src/bus/in-process/partition-log.ts";
import { commandLogContract } from "./command-log.contract.ts";

commandLogContract("in-process", (options) => {
  const log = inProcessCommandLog({
    partitions: options.partitions,
    ackWaitMs: options.ackWaitMs,
    onError: (error) => options.errors?.push(error),
  });
  return Promise.resolve({
    log,
    appendRaw: (_actorType, actorId, body) => {
      log.appendRaw(actorId, body);
      return Promise.resolve();
    },
    dispose: () => log.close(),
  });
});

Deno.test("in-process partition log trims its acked prefix and keeps numbering", () => {
  const log = new PartitionLog();
  for (let i = 0; i < 5000; i++) log.append(`{"n":${i}}`, undefined);
  // A gap at 4001 holds the floor at 4000 even though later entries are acked.
  for (let seq = 1; seq <= 5000; seq++) if (seq !== 4001) log.ack(seq);
  assert.equal(log.ackFloor, 4000);
  assert.ok(log.retained <= 5000 - 4000 + 1024, `retained ${log.retained}`);
  assert.ok(log.isAcked(1) && log.isAcked(4002) && !log.isAcked(4001));
  assert.equal(log.get(4001)?.body, '{"n":4000}');
  log.ack(4001);
  assert.equal(log.ackFloor, 5000);
  assert.equal(log.append("{}", undefined), 5001);
});
