import type { Command } from "../../../actors/actor.ts";
import type {
  CommandLog,
  CommandReply,
  ConsumeOptions,
  DeliveredCommand,
  PartitionConsumer,
  SendOptions,
} from "../command-log.ts";
import { assertRoutable, encodeCommand } from "../codec.ts";
import { partitionOf } from "../partition.ts";
import { CommandLogClosedError, PendingReplies } from "../pending-replies.ts";
import { InProcessPartitionConsumer } from "./partition-consumer.ts";
import { PartitionLog } from "./partition-log.ts";
import { DuplicateWindow } from "./duplicate-window.ts";

export interface InProcessCommandLogOptions {
  partitions: number;
  /** Unacked commands are delivered again after this long (JetStream's ack_wait). */
  ackWaitMs?: number;
  /** Deliveries before a command is dead-lettered; -1 (default) for no limit. */
  maxDeliver?: number;
  /** publish() drops a command id seen this recently, like JetStream's Nats-Msg-Id window. */
  duplicateWindowMs?: number;
  /** send()'s timeout when the caller gives none. */
  sendTimeoutMs?: number;
  /** Dead letters kept (oldest dropped first). */
  deadLetterCapacity?: number;
  /** Where a throwing handler is reported; console.error by default. */
  onError?: (error: unknown, context: string) => void;
}

/** The in-process log, plus a way to put bytes on it that no sender would. */
export interface InProcessCommandLog extends CommandLog {
  readonly kind: "in-process";
  /**
   * Appends `body` as-is to the actor's partition, as a foreign or buggy
   * writer could on a shared log: for tests of malformed input.
   */
  appendRaw(actorId: string, body: string): number;
}

/**
 * The embedded command log: per-partition arrays in this process. Same
 * contract as the JetStream adapter (tests/bus/command-log.contract.ts) but
 * nothing survives a restart, which is fine because the event store, not
 * the command log, holds the facts.
 */
export function inProcessCommandLog(options: InProcessCommandLogOptions): InProcessCommandLog {
  const { partitions } = options;
  if (!Number.isInteger(partitions) || partitions < 1) {
    throw new RangeError(`partitions must be a positive integer, got ${partitions}`);
  }
  const ackWaitMs = options.ackWaitMs ?? 30_000;
  const maxDeliver = options.maxDeliver ?? -1;
  const sendTimeoutMs = options.sendTimeoutMs ?? 10_000;
  const deadLetterCapacity = options.deadLetterCapacity ?? 10_000;
  const onError = options.onError ?? ((error, context) => console.error(context, error));
  const logs = Array.from({ length: partitions }, () => new PartitionLog());
  const pending = new PendingReplies();
  const recentIds = new DuplicateWindow(options.duplicateWindowMs ?? 120_000);
  const deadLetters: { payload: unknown; reason: string }[] = [];
  let closed = false;

  const hooks = {
    // A reply crosses the same boundary a JetStream reply would: a copy, later.
    reply(token: string, reply: CommandReply) {
      const copy = JSON.parse(JSON.stringify(reply)) as CommandReply;
      queueMicrotask(() => pending.settle(token, copy));
    },
    deadLetter(payload: unknown, reason: string) {
      deadLetters.push({ payload, reason });
      if (deadLetters.length > deadLetterCapacity) deadLetters.shift();
    },
    onError,
  };

  function logOf(actorId: string): PartitionLog {
    return logs[partitionOf(actorId, partitions)]!;
  }

  function checkOpen(): void {
    if (closed) throw new CommandLogClosedError();
  }

  return {
    kind: "in-process",
    partitions,
    partitionOf: (actorId) => partitionOf(actorId, partitions),

    send(command: Command, sendOptions?: SendOptions): Promise<CommandReply> {
      try {
        checkOpen();
        assertRoutable(command);
      } catch (error) {
        return Promise.reject(error);
      }
      // No duplicate check: a retrying sender needs an answer, and the host
      // answers a repeated command id with its first result.
      recentIds.remember(command.commandId);
      const { token, reply } = pending.open(
        command.commandId,
        sendOptions?.timeoutMs ?? sendTimeoutMs,
      );
      logOf(command.actorId).append(encodeCommand(command), token);
      return reply;
    },

    publish(command: Command): Promise<void> {
      try {
        checkOpen();
        assertRoutable(command);
      } catch (error) {
        return Promise.reject(error);
      }
      if (recentIds.remember(command.commandId)) {
        logOf(command.actorId).append(encodeCommand(command), undefined);
      }
      return Promise.resolve();
    },

    appendRaw(actorId: string, body: string): number {
      checkOpen();
      return logOf(actorId).append(body, undefined);
    },

    consume(
      partition: number,
      handler: (delivery: DeliveredCommand) => void,
      consumeOptions?: ConsumeOptions,
    ): Promise<PartitionConsumer> {
      if (closed) return Promise.reject(new CommandLogClosedError());
      const log = logs[partition];
      if (!Number.isInteger(partition) || !log) {
        return Promise.reject(new RangeError(`no partition ${partition} (of ${partitions})`));
      }
      // At most one consumer per partition: a new one takes over, like a new
      // owner recreating the JetStream consumer. The old one stops delivering,
      // but its acks still count (it may be finishing work it already had).
      void log.owner?.stop({ release: true });
      const maxInFlight = Math.max(1, consumeOptions?.maxInFlight ?? 100);
      const consumer = new InProcessPartitionConsumer(
        partition,
        log,
        handler,
        { maxInFlight, ackWaitMs, maxDeliver },
        hooks,
      );
      log.owner = consumer;
      return Promise.resolve(consumer);
    },

    readiness: () => ({ ok: !closed, detail: closed ? "closed" : "in process" }),

    deadLetters(limit = 100) {
      return Promise.resolve(deadLetters.slice(-limit));
    },

    async close() {
      if (closed) return;
      closed = true;
      pending.close(new CommandLogClosedError());
      await Promise.all(logs.map((log) => log.owner?.stop({ release: true })));
    },
  };
}
