import type { z } from "zod";
import type { CommandMetadata } from "../../../actors/actor.ts";
import { CommandLogClosedError } from "../../bus/pending-replies.ts";
import type { Logger } from "../../telemetry/log.ts";
import { type Accepted, CommandRejectedError, type Dispatch } from "../dispatch.ts";
import type { RejectionCode } from "./rejections.ts";

/** How to send one command and wait for the actor's decision. */
export interface SendOptions {
  wait?: true;
  /** Merged over the stamped metadata: a principal, a traceparent, or `now` for a timer. */
  metadata?: Partial<CommandMetadata>;
  /** A command id that names the request, so a repeat of it is a duplicate; random if absent. */
  commandId?: string;
  /** Total time to wait for an answer, across re-sends. */
  timeoutMs?: number;
  /** Time to wait for one send before re-sending the same command. */
  attemptTimeoutMs?: number;
}

/**
 * Fire and forget: the caller does not wait for the decision and never sees
 * it fail. The returned promise settles (never rejects) once the command is
 * decided or given up on, for callers that pace themselves on it.
 */
export interface PostOptions extends Omit<SendOptions, "wait"> {
  wait: false;
  /** Rejections that are no news (a close of a session already closed): not logged. */
  expectedRejections?: readonly RejectionCode[];
  /** Failures are logged at debug, not warn (a report the next one supersedes). */
  quiet?: boolean;
}

/** One command type of one actor: its payload typed from the actor's zod schema. */
export interface CommandMethod<Schema extends z.ZodType> {
  (id: string, data: z.input<Schema>, options?: SendOptions): Promise<Accepted>;
  (id: string, data: z.input<Schema>, options: PostOptions): Promise<void>;
}

/** A typed client for one actor type: a method per command in its command map. */
export type ActorClient<Commands extends Record<string, z.ZodType>> = {
  readonly [Type in keyof Commands]: CommandMethod<Commands[Type]>;
};

/**
 * Builds the client of one actor type from its command map. The host parses
 * every payload with the same schemas (and fills their defaults), so the
 * client only types what callers pass; it does not validate twice.
 */
export function actorClient<Commands extends Record<string, z.ZodType>>(
  actorType: string,
  commands: Commands,
  dispatch: Dispatch,
  log?: Logger,
): ActorClient<Commands> {
  const client: Record<string, unknown> = {};
  for (const type of Object.keys(commands)) {
    client[type] = (id: string, data: unknown, options: SendOptions | PostOptions = {}) => {
      const sent = dispatch({
        actorType,
        actorId: id,
        type,
        data,
        ...(options.commandId ? { commandId: options.commandId } : {}),
        ...(options.metadata ? { metadata: options.metadata } : {}),
      }, {
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.attemptTimeoutMs !== undefined
          ? { attemptTimeoutMs: options.attemptTimeoutMs }
          : {}),
      });
      if (options.wait !== false) return sent;
      return settle(sent, { actorType, actorId: id, type }, options, log);
    };
  }
  return client as ActorClient<Commands>;
}

/** Waits for a fire-and-forget command and logs what went wrong that someone should know. */
async function settle(
  sent: Promise<Accepted>,
  command: { actorType: string; actorId: string; type: string },
  options: PostOptions,
  log?: Logger,
): Promise<void> {
  try {
    await sent;
  } catch (error) {
    const { actorType, actorId, type } = command;
    if (
      error instanceof CommandRejectedError &&
      (options.expectedRejections as readonly string[] | undefined)?.includes(error.code)
    ) return;
    // The node is shutting down: what it can no longer send is left to the sweeps of
    // whichever node owns the partition next (session expiry, health sweeper).
    if (error instanceof CommandLogClosedError) {
      log?.debug(`${actorType} ${type} not sent: the command log is closed`, { actorId });
      return;
    }
    if (options.quiet) log?.debug(`${actorType} ${type} dropped`, { actorId, error });
    else log?.warn(`${actorType} ${type} failed`, { actorId, error });
  }
}
