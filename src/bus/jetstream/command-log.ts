import { headers, type NatsConnection, nuid } from "@nats-io/transport-node";
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
import { consumePartition, type ConsumerContext } from "./partition-consumer.ts";
import { readDeadLetters } from "./dead-letters.ts";
import {
  CommandLogProtocol,
  type DeadLetterRecord,
  decodeText,
  encodeJson,
  encodeText,
  replyHeader,
  type StreamSettings,
} from "./protocol.ts";
import { ensureStream, openTransport, publishReply, ReplyInbox } from "./transport.ts";
import { ConnectionState } from "./connection-state.ts";

export interface JetStreamCommandLogOptions {
  /** Where to connect; or pass `connection` to share one (it is then left open on close). */
  servers?: string | string[];
  connection?: NatsConnection;
  /** Stream name; the dead letters go to `<stream>_dlq`. */
  stream: string;
  /** First subject token(s); default "cmd". */
  subjectPrefix?: string;
  /** Must be the same on every node and for the life of the stream. */
  partitions: number;
  /** Unacked commands are delivered again after this long; default 30 s. */
  ackWaitMs?: number;
  /** Deliveries before a nak'd command is dead-lettered; -1 (default) for no limit. */
  maxDeliver?: number;
  replicas?: number;
  /** How long commands stay on the stream; default 7 days. */
  maxAgeMs?: number;
  /** publish() of a command id seen this recently is dropped by the server; default 2 min. */
  duplicateWindowMs?: number;
  /** send()'s timeout when the caller gives none; default 10 s. */
  sendTimeoutMs?: number;
  /** Where a throwing handler or a failed consumer is reported; console.error by default. */
  onError?: (error: unknown, context: string) => void;
}

/** Connects, creates or updates the streams, and returns the log. */
export async function jetStreamCommandLog(
  options: JetStreamCommandLogOptions,
): Promise<CommandLog> {
  const { partitions } = options;
  if (!Number.isInteger(partitions) || partitions < 1) {
    throw new RangeError(`partitions must be a positive integer, got ${partitions}`);
  }
  const protocol = new CommandLogProtocol(options.stream, options.subjectPrefix ?? "cmd");
  const streamSettings: StreamSettings = {
    replicas: options.replicas ?? 1,
    maxAgeMs: options.maxAgeMs ?? 7 * 24 * 3600_000,
    duplicateWindowMs: options.duplicateWindowMs ?? 120_000,
  };
  const ackWaitMs = options.ackWaitMs ?? 30_000;
  const maxDeliver = options.maxDeliver ?? -1;
  const sendTimeoutMs = options.sendTimeoutMs ?? 10_000;
  const onError = options.onError ?? ((error, context) => console.error(context, error));

  const transport = options.connection
    ? await openTransport({ connection: options.connection })
    : await openTransport({ servers: options.servers ?? "nats://127.0.0.1:4222" });
  const { nc, js, jsm } = transport;
  try {
    await ensureStream(jsm, protocol.commandStreamConfig(streamSettings));
    await ensureStream(jsm, protocol.deadLetterStreamConfig(streamSettings));
  } catch (error) {
    await transport.close();
    throw error;
  }

  // A server that lost its state (no store directory, a new cluster) comes back
  // without the streams: set them up again, as at start. Consumers that were lost
  // with them end, and their owners consume again (ConsumeOptions.onEnded).
  const connection = new ConnectionState(nc, () => {
    Promise.all([
      ensureStream(jsm, protocol.commandStreamConfig(streamSettings)),
      ensureStream(jsm, protocol.deadLetterStreamConfig(streamSettings)),
    ]).catch((error) => onError(error, "setting the streams up again after a reconnect"));
  });
  const pending = new PendingReplies();
  const inbox = new ReplyInbox(nc, (token, data) => {
    try {
      pending.settle(token, JSON.parse(decodeText(data)) as CommandReply);
    } catch (error) {
      pending.fail(token, new Error(`unreadable reply: ${error}`));
    }
  });
  /** This node's consumer of each partition it owns. */
  const consumers = new Map<number, PartitionConsumer>();
  let closed = false;

  const context: ConsumerContext = {
    transport,
    protocol,
    reply: (subject, reply) => publishReply(nc, subject, encodeJson(reply)),
    async deadLetter({ payload, reason, partition, msg }) {
      const record: DeadLetterRecord = {
        payload,
        reason,
        partition,
        sequence: msg.info.streamSequence,
        deliveryCount: msg.info.deliveryCount,
        at: new Date().toISOString(),
      };
      // One dead letter per stream sequence, even if a stale owner and the
      // new one both give up on it.
      await js.publish(protocol.deadLetterSubject, encodeJson(record), {
        msgID: `${protocol.stream}:${record.sequence}`,
      });
    },
    onError,
  };

  function subjectOf(command: Command): string {
    return protocol.commandSubject(
      partitionOf(command.actorId, partitions),
      command.actorType,
      command.actorId,
    );
  }

  function checked(command: Command): void {
    if (closed) throw new CommandLogClosedError();
    assertRoutable(command);
  }

  return {
    kind: "jetstream",
    partitions,
    partitionOf: (actorId) => partitionOf(actorId, partitions),

    send(command: Command, sendOptions?: SendOptions): Promise<CommandReply> {
      try {
        checked(command);
      } catch (error) {
        return Promise.reject(error);
      }
      const { token, reply } = pending.open(
        command.commandId,
        sendOptions?.timeoutMs ?? sendTimeoutMs,
      );
      const subject = subjectOf(command);
      const body = encodeText(encodeCommand(command));
      const h = headers();
      h.set(replyHeader, inbox.subjectFor(token));
      // Not awaited here: the reply promise is the one the caller waits on,
      // and a failed publish rejects it through `fail`.
      js.publish(subject, body, { msgID: command.commandId, headers: h })
        .then((ack) => {
          // The server dropped it as a duplicate of a recent command with the
          // same id, whose reply (if any) went to another sender. Append a
          // copy under a unique id: the host answers a repeated command id
          // with its first result, so this sender still gets an answer.
          if (!ack.duplicate) return;
          return js.publish(subject, body, {
            msgID: `${command.commandId}:${nuid.next()}`,
            headers: h,
          });
        })
        .catch((error: Error) => pending.fail(token, error));
      return reply;
    },

    async publish(command: Command): Promise<void> {
      checked(command);
      await js.publish(subjectOf(command), encodeText(encodeCommand(command)), {
        msgID: command.commandId,
      });
    },

    async consume(
      partition: number,
      handler: (delivery: DeliveredCommand) => void,
      consumeOptions?: ConsumeOptions,
    ): Promise<PartitionConsumer> {
      if (closed) throw new CommandLogClosedError();
      if (!Number.isInteger(partition) || partition < 0 || partition >= partitions) {
        throw new RangeError(`no partition ${partition} (of ${partitions})`);
      }
      // At most one consumer per partition here too: hand over cleanly
      // before the takeover deletes the old one under its feet.
      await consumers.get(partition)?.stop({ release: true });
      const maxInFlight = Math.max(1, consumeOptions?.maxInFlight ?? 100);
      const started: { handle?: PartitionConsumer } = {};
      const consumer = await consumePartition(context, partition, handler, {
        ackWaitMs,
        maxDeliver,
        maxInFlight,
      }, (error) => {
        if (consumers.get(partition) === started.handle) consumers.delete(partition);
        if (!closed) consumeOptions?.onEnded?.(error);
      });
      const handle: PartitionConsumer = {
        partition,
        stop: async (stopOptions) => {
          if (consumers.get(partition) === handle) consumers.delete(partition);
          await consumer.stop(stopOptions);
        },
      };
      started.handle = handle;
      consumers.set(partition, handle);
      return handle;
    },

    readiness() {
      if (closed) return { ok: false, detail: "command log closed" };
      const state = connection.readiness();
      return state.ok
        ? { ok: true, detail: `${state.detail}, ${consumers.size} partitions consumed` }
        : state;
    },

    deadLetters(limit = 100) {
      return readDeadLetters(jsm, protocol, limit);
    },

    async close() {
      if (closed) return;
      closed = true;
      pending.close(new CommandLogClosedError());
      await Promise.all(
        [...consumers.values()].map((consumer) => consumer.stop({ release: true })),
      );
      inbox.close();
      await transport.close();
    },
  };
}
