import type { z } from "zod";
import { type DecidedCommand, reject, type Rejection } from "./actor.ts";
import type { DomainEvent, EventData, EventType } from "../events/mod.ts";

export type Decision = DomainEvent[] | Rejection;

/** One handler per command type, its payload typed from that command's zod schema. */
export type CommandHandlers<S, C extends Record<string, z.ZodType>> = {
  [K in keyof C]: (data: z.output<C[K]>, state: S, command: DecidedCommand) => Decision;
};

type AnyHandler<S> = (data: unknown, state: S, command: DecidedCommand) => Decision;

/**
 * Builds `decide` from per-command handlers. The host has parsed the payload
 * with the same schema, so the cast only restores the type it already has.
 */
export function decideBy<S, C extends Record<string, z.ZodType>>(
  handlers: CommandHandlers<S, C>,
): (command: DecidedCommand, state: S) => Decision {
  return (command, state) => {
    if (!Object.hasOwn(handlers, command.type)) {
      return reject("unknown_command", `unknown command '${command.type}'`);
    }
    const handler = handlers[command.type] as AnyHandler<S>;
    return handler(command.data, state, command);
  };
}

/** One state transition per event type an actor cares about; every other event leaves state as is. */
export type EventHandlers<S> = {
  [T in EventType]?: (state: S, data: EventData<T>) => S;
};

type AnyEvolver<S> = (state: S, data: unknown) => S;

export function evolveBy<S>(handlers: EventHandlers<S>): (state: S, event: DomainEvent) => S {
  return (state, event) => {
    const handler = handlers[event.type] as AnyEvolver<S> | undefined;
    return handler ? handler(state, event.data) : state;
  };
}

/** Builds one event with the compiler checking its data against the catalogue's type. */
export function event<T extends EventType>(type: T, data: EventData<T>): DomainEvent {
  return { type, data } as DomainEvent;
}
