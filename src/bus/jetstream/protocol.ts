import {
  AckPolicy,
  type ConsumerConfig,
  type ConsumerInfo,
  DeliverPolicy,
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
} from "@nats-io/jetstream";
import { nanos, nuid } from "@nats-io/transport-node";

/**
 * Everything the JetStream command log agrees on with other nodes: subject
 * layout, stream and consumer shapes, header names, dead-letter encoding.
 * No I/O here; the transport moves the bytes.
 *
 *   <prefix>.<partition>.<actorType>.<actorId>   a command
 *   <prefix>.dlq                                 a dead letter (own stream)
 */

/** Header carrying the sender's reply subject (a core NATS inbox). */
export const replyHeader = "Sb-Reply";

export interface StreamSettings {
  replicas: number;
  maxAgeMs: number;
  duplicateWindowMs: number;
}

export interface PartitionConsumerSettings {
  ackWaitMs: number;
  /** -1 for no limit. */
  maxDeliver: number;
  maxInFlight: number;
}

/** One dead-lettered command, as stored on `<prefix>.dlq`. */
export interface DeadLetterRecord {
  payload: unknown;
  reason: string;
  partition: number;
  sequence: number;
  deliveryCount: number;
  at: string;
}

const subjectTokens = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
const streamName = /^[A-Za-z0-9_-]{1,200}$/;

export class CommandLogProtocol {
  readonly deadLetterStream: string;
  readonly deadLetterSubject: string;

  constructor(readonly stream: string, readonly prefix: string) {
    if (!streamName.test(stream)) {
      throw new TypeError(`invalid stream name ${JSON.stringify(stream)}`);
    }
    if (!subjectTokens.test(prefix)) {
      throw new TypeError(`invalid subject prefix ${JSON.stringify(prefix)}`);
    }
    this.deadLetterStream = `${stream}_dlq`;
    this.deadLetterSubject = `${prefix}.dlq`;
  }

  commandSubject(partition: number, actorType: string, actorId: string): string {
    return `${this.prefix}.${partition}.${actorType}.${actorId}`;
  }

  /** `*.*`, not `>`: a 2.9 server only accepts filters within the stream's `*.*.*`. */
  partitionFilter(partition: number): string {
    return `${this.prefix}.${partition}.*.*`;
  }

  commandStreamConfig(settings: StreamSettings): Partial<StreamConfig> & { name: string } {
    return {
      name: this.stream,
      // Exactly three tokens after the prefix, so `<prefix>.dlq` stays out.
      subjects: [`${this.prefix}.*.*.*`],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      discard: DiscardPolicy.Old,
      // Commands are work, not facts (the event store holds those): a week
      // covers any outage worth waiting out, and bounds the disk.
      max_age: nanos(settings.maxAgeMs),
      duplicate_window: nanos(settings.duplicateWindowMs),
      num_replicas: settings.replicas,
    };
  }

  deadLetterStreamConfig(settings: StreamSettings): Partial<StreamConfig> & { name: string } {
    return {
      name: this.deadLetterStream,
      subjects: [this.deadLetterSubject],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      discard: DiscardPolicy.Old,
      max_msgs: 100_000,
      max_age: nanos(30 * 24 * 3600_000),
      num_replicas: settings.replicas,
    };
  }

  /**
   * Each takeover creates a consumer under a new name, so a stale owner's
   * pull loop (which would otherwise resume on a same-named successor and
   * steal half its messages) finds its consumer gone and stops, and its acks
   * land nowhere.
   */
  consumerName(partition: number): string {
    return `p${partition}_${Date.now().toString(36)}${nuid.next().slice(-6)}`.toLowerCase();
  }

  /** A durable for one partition that starts just above `ackFloor` (0: from the start). */
  partitionConsumerConfig(
    name: string,
    partition: number,
    ackFloor: number,
    settings: PartitionConsumerSettings,
  ): Partial<ConsumerConfig> {
    const start = ackFloor > 0
      ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: ackFloor + 1 }
      : { deliver_policy: DeliverPolicy.All };
    return {
      name,
      durable_name: name,
      filter_subject: this.partitionFilter(partition),
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(settings.ackWaitMs),
      max_deliver: settings.maxDeliver,
      max_ack_pending: settings.maxInFlight,
      ...start,
    };
  }

  /** Whether `info` is (a generation of) the consumer of `partition`. */
  isPartitionConsumer(info: ConsumerInfo, partition: number): boolean {
    return info.config.filter_subject === this.partitionFilter(partition) &&
      info.name.startsWith(`p${partition}_`);
  }
}

/**
 * The stream sequence at or below which every command of the consumer's
 * partition is acked. The server reports 0 for a consumer that has acked
 * nothing yet, even when it was created to start above an earlier floor, so
 * that start is carried forward: otherwise two crashes in a row without an
 * ack would replay the partition from the beginning of the stream.
 */
export function ackFloorOf(info: ConsumerInfo): number {
  const started = info.config.deliver_policy === DeliverPolicy.StartSequence
    ? (info.config.opt_start_seq ?? 1) - 1
    : 0;
  return Math.max(info.ack_floor.stream_seq, started);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function encodeText(text: string): Uint8Array {
  return encoder.encode(text);
}
