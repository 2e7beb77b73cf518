import { JetStreamApiCodes, type JsMsg } from "@nats-io/jetstream";
import type { ConsumerMessages } from "@nats-io/jetstream";
import type { CommandReply, DeliveredCommand, PartitionConsumer } from "../command-log.ts";
import { decodeCommand, malformedReply } from "../codec.ts";
import {
  ackFloorOf,
  type CommandLogProtocol,
  decodeText,
  type PartitionConsumerSettings,
  replyHeader,
} from "./protocol.ts";
import { isApiError, type NatsTransport } from "./transport.ts";

/** What a partition consumer needs from the command log that starts it. */
export interface ConsumerContext {
  transport: NatsTransport;
  protocol: CommandLogProtocol;
  reply(subject: string, reply: CommandReply): void;
  deadLetter(
    record: { payload: unknown; reason: string; partition: number; msg: JsMsg },
  ): Promise<void>;
  onError(error: unknown, context: string): void;
}

/**
 * Takes the partition over and starts pulling. Takeover: read the ack floor
 * of the partition's current consumer (any generation), delete it, and
 * create a new one that starts just above that floor. Every command the
 * previous owner left unacked is then delivered again at once, in stream
 * order, instead of after its ack wait, and before anything newer.
 */
export async function consumePartition(
  context: ConsumerContext,
  partition: number,
  handler: (delivery: DeliveredCommand) => void,
  settings: PartitionConsumerSettings,
  onEnded?: (error: unknown) => void,
): Promise<PartitionConsumer> {
  const { jsm, js } = context.transport;
  const { protocol } = context;
  const floor = await takeOver(context, partition);
  const name = protocol.consumerName(partition);
  await jsm.consumers.add(
    protocol.stream,
    protocol.partitionConsumerConfig(name, partition, floor, settings),
  );
  const consumer = await js.consumers.get(protocol.stream, name);
  const messages = await consumer.consume({
    // Never ask for more than may be unacked: the server holds the rest anyway.
    max_messages: settings.maxInFlight,
    // Deleted by a newer owner: stop, rather than wait for it to come back.
    abort_on_missing_resource: true,
  });
  return new JetStreamPartitionConsumer(
    partition,
    messages,
    handler,
    settings,
    context,
    onEnded,
  );
}

/** Deletes every consumer of the partition and returns the highest ack floor among them. */
async function takeOver({ transport, protocol }: ConsumerContext, partition: number) {
  let floor = 0;
  const previous: string[] = [];
  for await (const info of transport.jsm.consumers.list(protocol.stream)) {
    if (!protocol.isPartitionConsumer(info, partition)) continue;
    // More than one only if two owners raced; each floor is a true "all acked
    // up to here", so the highest is.
    floor = Math.max(floor, ackFloorOf(info));
    previous.push(info.name);
  }
  await Promise.all(
    previous.map((name) =>
      transport.jsm.consumers.delete(protocol.stream, name).catch((error: unknown) => {
        if (!isApiError(error, JetStreamApiCodes.ConsumerNotFound)) throw error;
      })
    ),
  );
  return floor;
}

class JetStreamPartitionConsumer implements PartitionConsumer {
  #stopped = false;
  /** Stopped without release: a dead process acks, naks and replies nothing. */
  #crashed = false;
  readonly #loop: Promise<void>;

  constructor(
    readonly partition: number,
    private readonly messages: ConsumerMessages,
    private readonly handler: (delivery: DeliveredCommand) => void,
    private readonly settings: PartitionConsumerSettings,
    private readonly context: ConsumerContext,
    private readonly onEnded?: (error: unknown) => void,
  ) {
    this.#loop = this.#run();
  }

  async stop(options: { release?: boolean } = {}): Promise<void> {
    if (!this.#stopped) {
      this.#stopped = true;
      this.#crashed = options.release === false;
    }
    // Unacked and still-buffered commands stay pending on the server; the
    // next owner's takeover delivers them again.
    await this.messages.close();
    await this.#loop;
  }

  async #run(): Promise<void> {
    let failure: unknown;
    try {
      for await (const msg of this.messages) {
        // Messages buffered before a stop still drain through the iterator.
        if (!this.#stopped) this.#deliver(msg);
      }
    } catch (error) {
      failure = error;
      if (!this.#stopped) {
        this.context.onError(error, `consumer of partition ${this.partition} ended`);
      }
    } finally {
      const ended = !this.#stopped;
      this.#stopped = true;
      // Ended under us rather than stopped: whoever started it decides what next.
      if (ended) {
        queueMicrotask(() =>
          this.onEnded?.(failure ?? new Error(`consumer of partition ${this.partition} ended`))
        );
      }
    }
  }

  #deliver(msg: JsMsg): void {
    const decoded = decodeCommand(decodeText(msg.data));
    const payload = decoded.ok ? decoded.payload : decoded.raw;
    const delivery = this.#delivery(msg, payload);
    if (!decoded.ok) {
      // Not a command at all: answer and set aside here, so the host only
      // ever sees parsed JSON.
      void delivery.reply(malformedReply(decoded.reason));
      delivery.deadLetter(decoded.reason).catch((error) =>
        this.context.onError(error, `dead-lettering malformed #${msg.seq}`)
      );
      return;
    }
    try {
      this.handler(delivery);
    } catch (error) {
      this.context.onError(error, `handler threw on partition ${this.partition} #${msg.seq}`);
      delivery.nak(1000).catch((failure) =>
        this.context.onError(failure, `nak after handler error #${msg.seq}`)
      );
    }
  }

  #delivery(msg: JsMsg, payload: unknown): DeliveredCommand {
    const { partition, context, settings } = this;
    const deliveryCount = msg.info.deliveryCount;
    const replyTo = msg.headers?.get(replyHeader) || undefined;
    const alive = () => !this.#crashed;
    const deadLetter = async (reason: string) => {
      if (!alive()) return;
      await context.deadLetter({ payload, reason, partition, msg });
      await msg.ackAck();
    };
    return {
      payload,
      partition,
      sequence: msg.info.streamSequence,
      deliveryCount,
      reply(reply) {
        if (alive() && replyTo) context.reply(replyTo, reply);
        return Promise.resolve();
      },
      // Waits for the server's confirmation, so "acked" means the next owner
      // will not see it again. Acks count after a clean release too: the old
      // owner finishing work it already had.
      async ack() {
        if (alive()) await msg.ackAck();
      },
      nak: (delayMs) => {
        if (this.#stopped) return Promise.resolve();
        if (settings.maxDeliver > 0 && deliveryCount >= settings.maxDeliver) {
          // The server would silently stop delivering it; keep it visible instead.
          return deadLetter(`gave up after ${deliveryCount} deliveries`);
        }
        msg.nak(delayMs);
        return Promise.resolve();
      },
      deadLetter,
    };
  }
}
