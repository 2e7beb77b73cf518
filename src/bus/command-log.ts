import type { Command } from "../../actors/actor.ts";

/** What the actor host answers to every command. */
export type CommandReply =
  | {
    ok: true;
    /** The actor stream's version after the command. */
    version: number;
    events: { type: string; version: number; position: number }[];
    /** True when the command had been handled before and this is its first result. */
    duplicate?: boolean;
  }
  | { ok: false; rejected: string; message: string };

/** A command as a consumer receives it. */
export interface DeliveredCommand {
  /** Parsed JSON as sent; the host validates it (a log carries whatever was put on it). */
  readonly payload: unknown;
  readonly partition: number;
  /** Position in the partition, increasing in delivery order. */
  readonly sequence: number;
  /** 1 on first delivery. */
  readonly deliveryCount: number;
  /** Answers the sender, if it is waiting. Safe to call when nobody is. */
  reply(reply: CommandReply): Promise<void>;
  /** Done with it; it is not delivered again. */
  ack(): Promise<void>;
  /** Deliver again later (after `delayMs`). */
  nak(delayMs?: number): Promise<void>;
  /** Give up: record it on the dead-letter subject with the reason, then ack. */
  deadLetter(reason: string): Promise<void>;
}

export interface PartitionConsumer {
  readonly partition: number;
  /**
   * Stops delivery. `release: true` is a clean hand-off; `release: false`
   * simulates a crash: unacked commands go to the next consumer of the partition.
   */
  stop(options?: { release?: boolean }): Promise<void>;
}

export interface ConsumeOptions {
  /** Most unacked commands in flight at once for this partition. */
  maxInFlight?: number;
  /**
   * Called once if delivery ends without `stop()` (the log lost the
   * consumer: deleted by a newer owner, or gone with the server's state).
   * The owner decides whether to consume again; the log does not retry.
   */
  onEnded?: (error: unknown) => void;
}

export interface SendOptions {
  timeoutMs?: number;
}

export class CommandTimeoutError extends Error {
  readonly code = "command_timeout";
  constructor(readonly commandId: string, timeoutMs: number) {
    super(`no reply to command ${commandId} within ${timeoutMs} ms`);
    this.name = "CommandTimeoutError";
  }
}

/**
 * The command log port: a durable, partitioned log of commands. Commands for
 * one actor land in one partition (a stable hash of the actor id) and are
 * delivered in the order they were sent. Two adapters (JetStream and
 * in-process) pass `tests/bus/command-log.contract.ts`.
 */
export interface CommandLog {
  readonly kind: "jetstream" | "in-process";
  readonly partitions: number;
  partitionOf(actorId: string): number;
  /** Appends the command and waits for the handler's reply. */
  send(command: Command, options?: SendOptions): Promise<CommandReply>;
  /** Appends the command without waiting (timers, fire-and-forget reports). */
  publish(command: Command): Promise<void>;
  /**
   * Delivers the partition's commands, in order, starting after the last
   * command acked by any previous consumer of the partition (its ack floor).
   * The handler is called one delivery at a time, in order; it may finish
   * the work later (acks can come out of order).
   */
  consume(
    partition: number,
    handler: (delivery: DeliveredCommand) => void,
    options?: ConsumeOptions,
  ): Promise<PartitionConsumer>;
  /** Whether the log can take and deliver commands now (for readiness). */
  readiness(): DependencyState;
  /** Commands given up on, newest last (for operators and tests). */
  deadLetters(limit?: number): Promise<{ payload: unknown; reason: string }[]>;
  close(): Promise<void>;
}

/** One dependency's state as a readiness check reports it. */
export interface DependencyState {
  ok: boolean;
  detail: string;
}
