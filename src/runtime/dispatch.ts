import { context } from "@opentelemetry/api";
import type { Command, CommandMetadata } from "../../actors/actor.ts";
import { type CommandLog, type CommandReply, CommandTimeoutError } from "../bus/command-log.ts";
import { contextFromTraceparent, inSpan, traceparentOf } from "../telemetry/trace.ts";

/** The actor refused the command; `code` says why in a way a caller can act on. */
export class CommandRejectedError extends Error {
  constructor(
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

export interface CommandInput {
  actorType: string;
  actorId: string;
  type: string;
  data: unknown;
  commandId?: string;
  metadata?: Partial<CommandMetadata>;
}

/**
 * How the edge and the API talk to actors: stamps the command (id, time,
 * trace), sends it, and waits. A send that gets no answer is re-sent with the
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
) {
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
      for (;;) {
        const left = deadline - Date.now();
        try {
          const reply = await log.send(command, {
            timeoutMs: Math.max(1, Math.min(attemptTimeoutMs, left)),
          });
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
