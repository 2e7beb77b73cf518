import { Command } from "../../actors/actor.ts";
import { describeIssues } from "../../events/mod.ts";
import type {
  CommandLog,
  CommandReply,
  DeliveredCommand,
  PartitionConsumer,
} from "../bus/command-log.ts";
import type { EventStore } from "../store/event-store.ts";
import { contextFromTraceparent, inSpan } from "../telemetry/trace.ts";
import type { Logger } from "../telemetry/log.ts";
import { type Clock, systemClock, type Timer } from "../clock/clock.ts";
import { FencedError } from "../store/errors.ts";
import { ActorCache } from "./actor-cache.ts";
import { type AnyActor, handleCommand } from "./command-handler.ts";
import { isTransient, retryDelayMs } from "./command-failures.ts";
import { PartitionClaims, PartitionNotHeldError } from "./partition-claims.ts";

export interface ActorHostOptions {
  store: EventStore;
  commandLog: CommandLog;
  actors: AnyActor[];
  log?: Logger;
  cacheSize?: number;
  idleMs?: number;
  snapshotEvery?: number;
  /**
   * Deliveries of a command that fails for a reason retrying cannot fix (a
   * bug, a value the store refuses) before it is dead-lettered.
   */
  maxAttempts?: number;
  /**
   * How long a command that fails for a passing reason (store or log
   * unavailable, a timeout) keeps being retried, from its first failure
   * here, before it is dead-lettered: longer than an ordinary restart of
   * either. Default 90 s.
   */
  retryBudgetMs?: number;
  maxInFlight?: number;
  /** Whether this node still holds the partition's lease (a consumer that ends is restarted only then). */
  stillOwns?: (partition: number) => boolean;
  clock?: Clock;
}

/**
 * Consumes the partitions this node owns and runs each command through its
 * actor. Commands for one actor run strictly one after another (a promise
 * chain per actor); different actors run concurrently, up to the log's
 * in-flight bound. A command is acked only after its events are stored and
 * its reply is sent, so a crash before that means redelivery, which the
 * store's idempotent append turns into the first result again.
 */
export class ActorHost {
  private readonly consumers = new Map<number, PartitionConsumer>();
  private readonly queues = new Map<string, Promise<void>>();
  /** When each failing delivery (`partition:sequence`) first failed here: its retry budget runs from then. */
  private readonly firstFailures = new Map<string, number>();
  private readonly restarts = new Set<Timer>();
  /** Partitions this node holds the lease of (consumed now or about to be again), and its claims. */
  private readonly claims: PartitionClaims;
  private stopped = false;
  private readonly actors: Map<string, AnyActor>;
  readonly cache: ActorCache;
  private readonly clock: Clock;
  private readonly sweeper: ReturnType<typeof setInterval>;
  private handled = 0;

  constructor(private readonly options: ActorHostOptions) {
    this.actors = new Map(options.actors.map((a) => [a.type, a]));
    this.clock = options.clock ?? systemClock;
    this.claims = new PartitionClaims(options.store);
    this.cache = new ActorCache(options.cacheSize, options.idleMs);
    this.sweeper = setInterval(() => this.cache.sweep(), 30_000);
  }

  get ownedPartitions(): number[] {
    return [...this.consumers.keys()].sort((a, b) => a - b);
  }

  get commandsHandled(): number {
    return this.handled;
  }

  async startPartition(partition: number): Promise<void> {
    if (this.claims.holds(partition)) return;
    this.claims.acquire(partition);
    try {
      await this.consume(partition);
    } catch (error) {
      // NATS away at the moment of acquisition: keep trying while the lease is ours.
      this.options.log?.warn("partition consumer failed to start", { partition, error });
      this.restartLater(partition, 1);
      return;
    }
    this.options.log?.debug("partition started", { partition });
  }

  private async consume(partition: number): Promise<void> {
    const consumer: PartitionConsumer = await this.options.commandLog.consume(
      partition,
      (delivery) => this.accept(delivery),
      {
        maxInFlight: this.options.maxInFlight ?? 256,
        onEnded: (error) => {
          if (this.consumers.get(partition) !== consumer) return;
          this.consumers.delete(partition);
          this.options.log?.warn("partition consumer ended, restarting", { partition, error });
          this.restartLater(partition, 1);
        },
      },
    );
    if (!this.claims.holds(partition)) {
      // Released while the consumer was being created.
      await consumer.stop({ release: true });
      return;
    }
    this.consumers.set(partition, consumer);
  }

  /** Consumes the partition again after a back-off, while this node still holds its lease. */
  private restartLater(partition: number, attempt: number): void {
    const timer = this.clock.setTimeout(async () => {
      this.restarts.delete(timer);
      if (this.stopped || !this.claims.holds(partition) || this.consumers.has(partition)) return;
      if (!(this.options.stillOwns?.(partition) ?? true)) return;
      try {
        await this.consume(partition);
        this.options.log?.info("partition consumer restarted", { partition, attempt });
      } catch (error) {
        this.options.log?.warn("partition consumer restart failed", { partition, error });
        this.restartLater(partition, attempt + 1);
      }
    }, Math.min(500 * 2 ** (attempt - 1), 10_000));
    this.restarts.add(timer);
  }

  /** Stops consuming a partition and forgets its actors: their next owner may change them. */
  async stopPartition(
    partition: number,
    options: { release?: boolean } = { release: true },
  ): Promise<void> {
    this.claims.release(partition);
    for (const key of this.firstFailures.keys()) {
      if (key.startsWith(`${partition}:`)) this.firstFailures.delete(key);
    }
    const consumer = this.consumers.get(partition);
    this.consumers.delete(partition);
    await consumer?.stop(options);
    const log = this.options.commandLog;
    this.cache.evictWhere((streamId) =>
      log.partitionOf(streamId.slice(streamId.indexOf("-") + 1)) === partition
    );
  }

  /** Lets in-flight commands finish, then stops every partition. */
  async stop(options: { release?: boolean } = { release: true }): Promise<void> {
    clearInterval(this.sweeper);
    this.stopped = true;
    for (const timer of this.restarts) timer.cancel();
    await Promise.all([...this.consumers.keys()].map((p) => this.stopPartition(p, options)));
    await Promise.allSettled([...this.queues.values()]);
  }

  /** Whether this host consumes `partition` now (commands for it may be run here directly). */
  owns(partition: number): boolean {
    return this.consumers.has(partition);
  }

  /**
   * Runs a command sent from this very node for a partition it owns, without
   * the round trip through the command log (runtime/local-dispatch.ts says
   * why that is safe). It joins the actor's queue like a delivered command,
   * so it is ordered with them. A failure is thrown, not retried: the caller
   * falls back to the log, whose redelivery and dead letters take over.
   */
  runLocal(command: Command): Promise<CommandReply> {
    const parsed = Command.safeParse(command);
    if (!parsed.success) {
      return Promise.resolve({
        ok: false,
        rejected: "invalid_command",
        message: describeIssues(parsed.error),
      });
    }
    const { promise, resolve, reject } = Promise.withResolvers<CommandReply>();
    this.enqueue(parsed.data, async () => {
      try {
        resolve(await this.execute(parsed.data, 0));
      } catch (error) {
        this.cache.delete(`${command.actorType}-${command.actorId}`);
        if (error instanceof FencedError) this.fencedOff(error);
        reject(error);
      }
    });
    return promise;
  }

  private accept(delivery: DeliveredCommand): void {
    const parsed = Command.safeParse(delivery.payload);
    if (!parsed.success) {
      // Malformed commands are answered and dropped: retrying cannot fix them.
      void this.finish(delivery, {
        ok: false,
        rejected: "invalid_command",
        message: describeIssues(parsed.error),
      });
      return;
    }
    this.enqueue(parsed.data, () => this.run(delivery, parsed.data));
  }

  /** Commands for one actor run one after another, in the order they arrive here. */
  private enqueue(command: Command, work: () => Promise<void>): void {
    const key = `${command.actorType}-${command.actorId}`;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(work);
    this.queues.set(key, next);
    void next.finally(() => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    });
  }

  private async execute(command: Command, deliveryCount: number): Promise<CommandReply> {
    const parent = contextFromTraceparent(command.metadata.traceparent);
    const attributes = {
      "switchboard.command.id": command.commandId,
      "switchboard.command.type": command.type,
      "switchboard.actor.type": command.actorType,
      "switchboard.actor.id": command.actorId,
      // 0: run directly for a sender on this node, not delivered by the log.
      "switchboard.delivery": deliveryCount,
    };
    const reply = await inSpan(
      `command ${command.actorType}.${command.type}`,
      parent,
      attributes,
      async () =>
        handleCommand({
          store: this.options.store,
          cache: this.cache,
          actors: this.actors,
          snapshotEvery: this.options.snapshotEvery ?? 200,
          maxConflictRetries: 5,
          fence: await this.claims.fenceOf(this.options.commandLog.partitionOf(command.actorId)),
        }, command),
    );
    this.handled++;
    return reply;
  }

  private async run(delivery: DeliveredCommand, command: Command): Promise<void> {
    try {
      await this.finish(delivery, await this.execute(command, delivery.deliveryCount));
    } catch (error) {
      await this.failed(delivery, command, error);
    }
  }

  private async failed(
    delivery: DeliveredCommand,
    command: Command,
    error: unknown,
  ): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    this.cache.delete(`${command.actorType}-${command.actorId}`);
    if (error instanceof FencedError || error instanceof PartitionNotHeldError) {
      // Its commands are the new owner's now: this node neither answers nor acks them.
      if (error instanceof FencedError) this.fencedOff(error);
      return;
    }
    const key = `${delivery.partition}:${delivery.sequence}`;
    const now = this.clock.now();
    const since = this.firstFailures.get(key) ?? now;
    this.firstFailures.set(key, since);
    const transient = isTransient(error);
    const exhausted = transient
      ? now - since >= (this.options.retryBudgetMs ?? 90_000)
      : delivery.deliveryCount >= (this.options.maxAttempts ?? 5);
    if (exhausted) {
      this.firstFailures.delete(key);
      this.options.log?.error("command dead-lettered", {
        commandId: command.commandId,
        error: message,
      });
      await delivery.reply({
        ok: false,
        rejected: "command_failed",
        message: `gave up after ${delivery.deliveryCount} attempts: ${message}`,
      }).catch(() => {});
      await delivery.deadLetter(message).catch(() => {});
      return;
    }
    this.options.log?.warn("command failed, will retry", {
      commandId: command.commandId,
      error: message,
      transient,
    });
    await delivery.nak(retryDelayMs(delivery.deliveryCount)).catch(() => {});
  }

  /** Another node claimed the partition since this one did: stop it here. */
  private fencedOff(error: FencedError): void {
    this.options.log?.warn("partition fenced off, dropping it", {
      partition: error.partition,
      error: error.message,
    });
    void this.stopPartition(error.partition, { release: true });
  }

  private async finish(delivery: DeliveredCommand, reply: CommandReply): Promise<void> {
    this.firstFailures.delete(`${delivery.partition}:${delivery.sequence}`);
    await delivery.reply(reply).catch(() => {});
    await delivery.ack().catch(() => {});
  }
}
