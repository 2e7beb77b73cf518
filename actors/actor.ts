import { z } from "zod";
import { Principal } from "../events/envelope.ts";
import { Id, Timestamp } from "../events/common.ts";
import type { DomainEvent } from "../events/mod.ts";
import type { RejectionCode } from "./rejections.ts";

/**
 * Everything about a command that is not its payload. `now` is the only
 * clock an actor sees: the sender stamps it, so a replay decides the same.
 */
export const CommandMetadata = z.object({
  now: Timestamp,
  correlationId: z.string().max(200).optional(),
  causationId: z.string().max(200).optional(),
  traceparent: z.string().max(200).optional(),
  principal: Principal.optional(),
}).passthrough();
export type CommandMetadata = z.infer<typeof CommandMetadata>;

export const Command = z.object({
  commandId: z.string().min(1).max(200),
  actorType: z.string().regex(/^[a-z][a-z0-9]{0,31}$/, "expected a lowercase name without dashes"),
  actorId: Id,
  type: z.string().min(1).max(100),
  data: z.unknown(),
  metadata: CommandMetadata,
});
export type Command = z.infer<typeof Command>;

/**
 * A refusal a caller can act on: `code` is stable, `message` is for people.
 * A string, since the host runs any actor (a test's too); the domain's actors
 * refuse through `reject`, which takes only the codes callers know.
 */
export interface Rejection {
  rejected: string;
  message: string;
}

export function reject(code: RejectionCode, message: string): Rejection {
  return { rejected: code, message };
}

export function isRejection(value: unknown): value is Rejection {
  return typeof value === "object" && value !== null && "rejected" in value;
}

/** The command handed to `decide`: payload already parsed by the actor's schema for its type. */
export type DecidedCommand<Data = unknown> = Omit<Command, "data"> & { data: Data };

/**
 * An actor is a pure decider. No I/O, no clock, no randomness: given the
 * same events and commands it decides the same, which is what lets an
 * auditor replay the log.
 */
export interface Actor<S, E extends { type: string; data: unknown } = DomainEvent> {
  readonly type: string;
  readonly initialState: S;
  /** One zod schema per command type; the host rejects unknown types and bad payloads. */
  readonly commands: Record<string, z.ZodType>;
  /**
   * Command types whose sender picks a fresh actor id (a session's open):
   * a host that does not have the actor in memory may decide them on the
   * initial state without reading, since appending "the stream must not
   * exist" catches the rare stream that does.
   */
  readonly startsStream?: ReadonlySet<string>;
  decide(command: DecidedCommand, state: S): E[] | Rejection;
  evolve(state: S, event: E): S;
}

/** Each actor instance writes to one stream: `<actorType>-<actorId>`. */
export function streamIdOf(actorType: string, actorId: string): string {
  return `${actorType}-${actorId}`;
}

/** Folds events into state: what the host does on load and what replay tests do. */
export function fold<S, E extends { type: string; data: unknown }>(
  actor: Actor<S, E>,
  events: Iterable<E>,
  state: S = actor.initialState,
): S {
  for (const event of events) state = actor.evolve(state, event);
  return state;
}
