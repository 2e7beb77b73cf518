import type { Command } from "../../../actors/actor.ts";
import type { CommandLog, DeliveredCommand } from "../../../src/bus/command-log.ts";

/** What a contract test gets from an adapter: a fresh log on its own storage. */
export interface CommandLogFixture {
  log: CommandLog;
  /** Puts `body` on the actor's partition as-is, as a foreign or buggy writer could. */
  appendRaw(actorType: string, actorId: string, body: string): Promise<void>;
  /** Closes the log and removes what the fixture created (streams, consumers). */
  dispose(): Promise<void>;
}

export interface FixtureOptions {
  partitions: number;
  ackWaitMs?: number;
  /** Handler errors the log reports; tests that provoke them check this list. */
  errors?: unknown[];
}

export type CommandLogFactory = (options: FixtureOptions) => Promise<CommandLogFixture>;

let counter = 0;

/** A valid command for `actorId` carrying `n`, under a fresh command id. */
export function command(actorId: string, n: number, commandId?: string): Command {
  return {
    commandId: commandId ?? `cmd-${Date.now().toString(36)}-${counter++}`,
    actorType: "probe",
    actorId,
    type: "ping",
    data: { n },
    metadata: { now: new Date().toISOString() },
  };
}

/** The `n` a probe command carries. */
export function numberOf(delivery: DeliveredCommand): number {
  return ((delivery.payload as Command).data as { n: number }).n;
}

export function actorOf(delivery: DeliveredCommand): string {
  return (delivery.payload as Command).actorId;
}

/** An actor id that lands on `partition`. */
export function actorOn(log: CommandLog, partition: number, salt = ""): string {
  for (let i = 0;; i++) {
    const id = `actor-${salt}${i}`;
    if (log.partitionOf(id) === partition) return id;
  }
}

/**
 * Records every delivery; with `autoAck`, acks it and answers a sender with
 * the command's `n` as version. Ack failures are recorded, never thrown.
 */
export function recorder(options: { autoAck?: boolean } = {}) {
  const seen: DeliveredCommand[] = [];
  const failures: unknown[] = [];
  const state = { acked: 0 };
  const handler = (delivery: DeliveredCommand) => {
    seen.push(delivery);
    if (!options.autoAck) return;
    delivery.reply({ ok: true, version: numberOf(delivery), events: [] })
      .then(() => delivery.ack())
      .then(() => state.acked++)
      .catch((error) => failures.push(error));
  };
  return {
    seen,
    failures,
    handler,
    numbers: () => seen.map(numberOf),
    /** Acks confirmed so far. */
    acked: () => state.acked,
  };
}

/** Runs `body` with a fresh fixture and always disposes it. */
export async function withFixture(
  factory: CommandLogFactory,
  options: FixtureOptions,
  body: (fixture: CommandLogFixture) => Promise<void> | void,
): Promise<void> {
  const fixture = await factory(options);
  try {
    await body(fixture);
  } finally {
    await fixture.dispose();
  }
}
