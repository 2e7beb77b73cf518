import type { CommandReply, DeliveredCommand, PartitionConsumer } from "../command-log.ts";
import { decodeCommand, malformedReply } from "../codec.ts";
import type { LogListener, PartitionLog } from "./partition-log.ts";

export interface ConsumerSettings {
  maxInFlight: number;
  ackWaitMs: number;
  /** Deliveries before a command is given up on (dead-lettered); -1 for no limit. */
  maxDeliver: number;
}

/** What a consumer needs from the log that owns it. */
export interface ConsumerHooks {
  reply(token: string, reply: CommandReply): void;
  deadLetter(payload: unknown, reason: string): void;
  onError(error: unknown, context: string): void;
}

/** A command delivered and not yet acked. */
interface InFlight {
  deliveries: number;
  /** When it is delivered again if nobody acks or naks it. */
  deadline: number;
  /** Nak'd and waiting for its delay: still counts against maxInFlight, as in JetStream. */
  waiting: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The in-process consumer of one partition. It starts at the log's ack floor,
 * delivers in sequence order one at a time, redelivers nak'd and expired
 * commands before new ones, and never has more than `maxInFlight` unacked.
 * Delivery counts belong to the consumer, as they do to a JetStream consumer
 * that is recreated on takeover.
 */
export class InProcessPartitionConsumer implements PartitionConsumer, LogListener {
  #cursor: number;
  #inFlight = new Map<number, InFlight>();
  /** Redeliveries that are due, lowest sequence first. */
  #ready: number[] = [];
  #stopped = false;
  /** Stopped without release: a dead process acks, naks and replies nothing. */
  #crashed = false;
  #pumpScheduled = false;
  #sweep: ReturnType<typeof setInterval>;

  constructor(
    readonly partition: number,
    private readonly log: PartitionLog,
    private readonly handler: (delivery: DeliveredCommand) => void,
    private readonly settings: ConsumerSettings,
    private readonly hooks: ConsumerHooks,
  ) {
    this.#cursor = log.ackFloor + 1;
    // One sweep per consumer rather than a timer per delivery: cheap at
    // thousands of commands per second, and precise enough for an ack wait.
    const period = Math.max(10, Math.min(1000, Math.floor(settings.ackWaitMs / 4)));
    this.#sweep = setInterval(() => this.#expire(), period);
    Deno.unrefTimer(this.#sweep);
    this.appended();
  }

  appended(): void {
    if (this.#pumpScheduled || this.#stopped) return;
    // Deliver on a later microtask: never inside the sender's or acker's call.
    this.#pumpScheduled = true;
    queueMicrotask(() => {
      this.#pumpScheduled = false;
      this.#pump();
    });
  }

  acked(sequence: number): void {
    const state = this.#inFlight.get(sequence);
    if (!state) return;
    clearTimeout(state.timer);
    this.#inFlight.delete(sequence);
    this.appended();
  }

  stop(options: { release?: boolean } = {}): Promise<void> {
    this.#stopped = true;
    this.#crashed = options.release === false;
    clearInterval(this.#sweep);
    for (const state of this.#inFlight.values()) clearTimeout(state.timer);
    if (this.log.owner === this) this.log.owner = undefined;
    return Promise.resolve();
  }

  #pump(): void {
    while (!this.#stopped) {
      let sequence: number;
      if (this.#ready.length > 0) {
        sequence = this.#ready.shift()!;
      } else if (
        this.#inFlight.size < this.settings.maxInFlight && this.#cursor < this.log.nextSequence
      ) {
        sequence = this.#cursor++;
      } else {
        return;
      }
      // Acked through another consumer's delivery (a released owner finishing its work).
      if (this.log.isAcked(sequence)) {
        this.#inFlight.delete(sequence);
        continue;
      }
      this.#deliver(sequence);
    }
  }

  #deliver(sequence: number): void {
    const entry = this.log.get(sequence)!;
    const state = this.#inFlight.get(sequence) ??
      { deliveries: 0, deadline: 0, waiting: false, timer: undefined };
    state.deliveries++;
    state.deadline = Date.now() + this.settings.ackWaitMs;
    state.waiting = false;
    this.#inFlight.set(sequence, state);
    const decoded = decodeCommand(entry.body);
    const delivery = this.#delivery(sequence, entry.replyTo, state.deliveries, decoded);
    if (!decoded.ok) {
      // Not a command at all: answer and set aside here, so the host only
      // ever sees parsed JSON.
      void delivery.reply(malformedReply(decoded.reason));
      void delivery.deadLetter(decoded.reason);
      return;
    }
    try {
      this.handler(delivery);
    } catch (error) {
      this.hooks.onError(error, `handler threw on partition ${this.partition} #${sequence}`);
      void delivery.nak(1000);
    }
  }

  #delivery(
    sequence: number,
    replyTo: string | undefined,
    deliveryCount: number,
    decoded: ReturnType<typeof decodeCommand>,
  ): DeliveredCommand {
    const payload = decoded.ok ? decoded.payload : decoded.raw;
    const alive = () => !this.#crashed;
    return {
      payload,
      partition: this.partition,
      sequence,
      deliveryCount,
      reply: (reply) => {
        if (alive() && replyTo !== undefined) this.hooks.reply(replyTo, reply);
        return Promise.resolve();
      },
      // Acks count even after a clean release: the old owner finishing its work.
      ack: () => {
        if (alive()) this.log.ack(sequence);
        return Promise.resolve();
      },
      nak: (delayMs = 0) => {
        const state = this.#inFlight.get(sequence);
        // A nak of an older delivery (already redelivered) must not schedule another one.
        if (this.#stopped || !state || state.waiting || state.deliveries !== deliveryCount) {
          return Promise.resolve();
        }
        this.#redeliver(sequence, state, delayMs);
        return Promise.resolve();
      },
      deadLetter: (reason) => {
        if (alive()) {
          this.hooks.deadLetter(payload, reason);
          this.log.ack(sequence);
        }
        return Promise.resolve();
      },
    };
  }

  #redeliver(sequence: number, state: InFlight, delayMs: number): void {
    const { maxDeliver } = this.settings;
    if (maxDeliver > 0 && state.deliveries >= maxDeliver) {
      const entry = this.log.get(sequence);
      const decoded = entry ? decodeCommand(entry.body) : undefined;
      const payload = decoded?.ok ? decoded.payload : decoded?.raw;
      this.hooks.deadLetter(payload, `gave up after ${state.deliveries} deliveries`);
      this.log.ack(sequence);
      return;
    }
    state.waiting = true;
    const due = () => {
      state.timer = undefined;
      if (this.#stopped || this.#inFlight.get(sequence) !== state) return;
      insertSorted(this.#ready, sequence);
      this.appended();
    };
    if (delayMs > 0) state.timer = setTimeout(due, delayMs);
    else due();
  }

  /** Commands nobody acked or nak'd within the ack wait are delivered again. */
  #expire(): void {
    const now = Date.now();
    for (const [sequence, state] of this.#inFlight) {
      if (!state.waiting && state.deadline <= now) this.#redeliver(sequence, state, 0);
    }
  }
}

function insertSorted(sorted: number[], value: number): void {
  let index = sorted.length;
  while (index > 0 && sorted[index - 1]! > value) index--;
  sorted.splice(index, 0, value);
}
