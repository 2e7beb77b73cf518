import assert from "node:assert/strict";
import type { Command } from "../../actors/actor.ts";
import type { CommandLog, CommandReply } from "../../src/bus/command-log.ts";
import { partitionOf } from "../../src/bus/partition.ts";
import {
  CommandRejectedError,
  CommandTimeoutError,
  createDispatcher,
  type LocalHost,
} from "../../src/runtime/dispatch.ts";

const ok = (version: number): CommandReply => ({ ok: true, version, events: [] });

/** A log whose sends wait until the test answers them. */
function heldLog() {
  const sent: { command: Command; answer: (reply: CommandReply) => void }[] = [];
  const log = {
    kind: "in-process",
    partitions: 4,
    partitionOf: (id: string) => partitionOf(id, 4),
    send: (command: Command) =>
      new Promise<CommandReply>((answer) => sent.push({ command, answer })),
  } as unknown as CommandLog;
  return { log, sent };
}

function fakeHost(owned: Set<number>) {
  const ran: string[] = [];
  let fail = false;
  const host: LocalHost = {
    owns: (p) => owned.has(p),
    runLocal(command) {
      ran.push(command.type);
      return fail ? Promise.reject(new Error("store down")) : Promise.resolve(ok(ran.length));
    },
  };
  return { host, ran, failNext: () => fail = true };
}

const input = (type: string) => ({ actorType: "counter", actorId: "a1", type, data: {} });
const tick = () => new Promise((r) => setTimeout(r, 10));

Deno.test("dispatch: a command for an owned partition runs in process, others travel the log", async () => {
  const { log, sent } = heldLog();
  const owned = new Set<number>();
  const { host, ran } = fakeHost(owned);
  const dispatch = createDispatcher(log, undefined, undefined, host);
  const viaLog = dispatch(input("first"));
  await tick();
  assert.equal(sent.length, 1);
  sent[0]!.answer(ok(1));
  assert.equal((await viaLog).version, 1);
  owned.add(partitionOf("a1", 4));
  await dispatch(input("second"));
  assert.deepEqual(ran, ["second"]);
  assert.equal(sent.length, 1, "nothing more on the log");
});

Deno.test("dispatch: a local command waits for this sender's earlier one still on the log", async () => {
  const { log, sent } = heldLog();
  const owned = new Set<number>();
  const { host, ran } = fakeHost(owned);
  const dispatch = createDispatcher(log, undefined, undefined, host);
  const first = dispatch(input("detach"));
  await tick();
  // The partition comes to this node while "detach" is still travelling to it.
  owned.add(partitionOf("a1", 4));
  const second = dispatch(input("resume"));
  await tick();
  assert.deepEqual(ran, [], "resume must not overtake detach");
  sent[0]!.answer(ok(1));
  await first;
  await second;
  assert.deepEqual(ran, ["resume"]);
});

Deno.test("dispatch: a local failure is handed to the log under the same command id", async () => {
  const { log, sent } = heldLog();
  const { host, failNext } = fakeHost(new Set([partitionOf("a1", 4)]));
  failNext();
  const dispatch = createDispatcher(log, undefined, undefined, host);
  const reply = dispatch({ ...input("open"), commandId: "cmd-1" });
  await tick();
  assert.equal(sent.length, 1);
  assert.equal(sent[0]!.command.commandId, "cmd-1");
  sent[0]!.answer(ok(7));
  assert.equal((await reply).version, 7);
});

Deno.test("dispatch: a local refusal and a local timeout are the caller's, not retried", async () => {
  const { log, sent } = heldLog();
  const refusing: LocalHost = {
    owns: () => true,
    runLocal: () => Promise.resolve({ ok: false, rejected: "session_closed", message: "closed" }),
  };
  await assert.rejects(
    createDispatcher(log, undefined, undefined, refusing)(input("close")),
    (e: unknown) => e instanceof CommandRejectedError && e.code === "session_closed",
  );
  const stuck: LocalHost = { owns: () => true, runLocal: () => new Promise(() => {}) };
  await assert.rejects(
    createDispatcher(log, undefined, undefined, stuck)(input("open"), { timeoutMs: 30 }),
    CommandTimeoutError,
  );
  assert.equal(sent.length, 0);
});
