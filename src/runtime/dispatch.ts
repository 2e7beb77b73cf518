import { context } from "@opentelemetry/api";
import type { Command, CommandMetadata } from "../../actors/actor.ts";
import { type CommandLog, type CommandReply, CommandTimeoutError } from "../bus/command-log.ts";
import { contextFromTraceparent, inSpan, traceparentOf } from "../telemetry/trace.ts";

/** The actor refused the command; `code` says why in a way a caller can act on. */
export class CommandRejectedError extends Error {
  constructor(
    /** A RejectionCode (actors/rejections.ts); any string, since it comes off the wire. */
    readonly code: string,
    message: string,
    readonly command: Pick<Command, "commandId" | "type">,
  ) {
    super(message);
    this.name = "CommandRejectedError";
  }
}

export { CommandTimeoutError };

export type Accepted = Extract<CommandReply, { ok: true }>;

export interface DispatchOptions {
  /** Total time to wait for an answer, across re-sends. */
  timeoutMs?: number;
  /** Time to wait for one send before re-sending the same command (same id: idempotent). */
  attemptTimeoutMs?: number;
}

/**
 * The actor host on this node, for commands whose partition it owns: they
 * are run there directly instead of making the round trip through the
 * command log (publish, delivery, ack, reply) only to come back to this
 * same process. Why that keeps the log's guarantees:
 * - one writer per actor: the host runs it in the actor's own queue, the
 *   same one its log deliveries join, and only while it owns the partition;
 *   during a hand-over the expected version on append turns any overlap with
 *   the next owner into a reload and retry, exactly as for log deliveries;
 * - this sender's order per actor: a local command waits for the sender's
 *   earlier commands to that actor still travelling through the log;
 * - idempotency: the command id is the same whichever way it goes, so a
 *   fallback to the log after a local failure yields the first result;
 * - durability: PostgreSQL holds the facts; a command is only ever the
 *   request for them, and a caller that loses its answer re-sends it.
 */
export interface LocalHost {
  owns(partition: number): boolean;
  runLocal(command: Command): Promise<CommandReply>;
}

export interface CommandInput {
  actorType: string;
  actorId: string;
  type: string;
  data: unknown;
  commandId?: string;
  metadata?: Partial<CommandMetadata>;
}

/**
 * What the typed command clients (runtime/commands) send through: stamps the
 * command (id, time, trace), sends it, and waits. A send that gets no answer is re-sent with the
 * same command id until the deadline, which is safe because the host answers a
 * re-sent command with its first result; a node taking over a partition
 * therefore costs a caller latency, never a lost or doubled command.
 */
export function createDispatcher(
  log: CommandLog,
  clock: () => Date = () => new Date(),
  /** Told of every dispatch's outcome and duration (for the metrics). */
  observe?: (
    actorType: string,
    outcome: "ok" | "rejected" | "timeout" | "error",
    ms: number,
  ) => void,
  /** Runs commands for partitions this node owns without the log round trip. */
  local?: LocalHost,
) {
  /** Per actor, the last command this sender put on the log and has no answer for yet. */
  const travelling = new Map<string, Promise<unknown>>();
  const viaLog = (command: Command, timeoutMs: number) => {
    const key = `${command.actorType}-${command.actorId}`;
    const sent = log.send(command, { timeoutMs });
    const settled = sent.then(() => {}, () => {});
    travelling.set(key, settled);
    void settled.then(() => {
      if (travelling.get(key) === settled) travelling.delete(key);
    });
    return sent;
  };
  /** The local answer, or undefined to go through the log after all. */
  const runLocally = async (
    command: Command,
    timeoutMs: number,
  ): Promise<CommandReply | undefined> => {
    if (!local?.owns(log.partitionOf(command.actorId))) return undefined;
    const earlier = travelling.get(`${command.actorType}-${command.actorId}`);
    if (earlier) await earlier;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([
        local.runLocal(command),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new CommandTimeoutError(command.commandId, timeoutMs)),
            timeoutMs,
          );
        }),
      ]);
    } catch (error) {
      if (error instanceof CommandTimeoutError) throw error;
      // The log's redelivery with backoff (and dead letters) handles what failed here.
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };

  return async function dispatch(
    input: CommandInput,
    options: DispatchOptions = {},
  ): Promise<Accepted> {
    const timeoutMs = options.timeoutMs ?? 10_000;
    const attemptTimeoutMs = Math.min(options.attemptTimeoutMs ?? 3_000, timeoutMs);
    // A caller that already has a trace (the edge, an HTTP request) passes its traceparent.
    const parent = contextFromTraceparent(input.metadata?.traceparent, context.active());
    return await inSpan(`dispatch ${input.actorType}.${input.type}`, parent, {
      "switchboard.actor.type": input.actorType,
      "switchboard.actor.id": input.actorId,
    }, async (span) => {
      const command: Command = {
        commandId: input.commandId ?? crypto.randomUUID(),
        actorType: input.actorType,
        actorId: input.actorId,
        type: input.type,
        data: input.data,
        metadata: {
          now: clock().toISOString(),
          ...input.metadata,
          ...(traceparentOf(span) ? { traceparent: traceparentOf(span) } : {}),
        },
      };
      span.setAttribute("switchboard.command.id", command.commandId);
      const started = performance.now();
      const done = (outcome: "ok" | "rejected" | "timeout" | "error") =>
        observe?.(input.actorType, outcome, performance.now() - started);
      const deadline = Date.now() + timeoutMs;
      let localReply: CommandReply | undefined;
      try {
        localReply = await runLocally(command, timeoutMs);
      } catch (error) {
        done("timeout");
        throw error;
      }
      if (localReply) {
        span.setAttribute("switchboard.command.local", true);
        if (!localReply.ok) {
          done("rejected");
          throw new CommandRejectedError(localReply.rejected, localReply.message, command);
        }
        done("ok");
        return localReply;
      }
      for (;;) {
        const left = deadline - Date.now();
        try {
          const reply = await viaLog(command, Math.max(1, Math.min(attemptTimeoutMs, left)));
          if (!reply.ok) {
            done("rejected");
            throw new CommandRejectedError(reply.rejected, reply.message, command);
          }
          done("ok");
          return reply;
        } catch (error) {
          if (error instanceof CommandRejectedError) throw error;
          if (!(error instanceof CommandTimeoutError)) {
            done("error");
            throw error;
          }
          if (deadline - Date.now() <= 0) {
            done("timeout");
            throw new CommandTimeoutError(command.commandId, timeoutMs);
          }
        }
      }
    });
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
