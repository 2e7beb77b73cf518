import type { Command } from "../../actors/actor.ts";
import type { CommandReply } from "./command-log.ts";

/**
 * How a command travels on either log: JSON text. Both adapters store the
 * encoded form rather than the object, so a handler never shares (or sees
 * later mutations of) the sender's object, and embedded mode behaves like
 * the cluster (dates become strings, `undefined` disappears).
 */
export function encodeCommand(command: Command): string {
  return JSON.stringify(command);
}

export type DecodedCommand =
  | { ok: true; payload: unknown }
  | { ok: false; raw: string; reason: string };

/** Never throws: a log carries whatever a writer put on it. */
export function decodeCommand(text: string): DecodedCommand {
  try {
    return { ok: true, payload: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, raw: text, reason: `malformed command: not JSON (${detail})` };
  }
}

/** The answer a sender gets when its bytes could not be read as a command. */
export function malformedReply(reason: string): CommandReply {
  return { ok: false, rejected: "malformed_command", message: reason };
}

/** A command the log cannot route: its id or address would not fit a subject. */
export class InvalidCommandError extends TypeError {
  readonly code = "invalid_command";
  constructor(message: string) {
    super(message);
    this.name = "InvalidCommandError";
  }
}

// The same shapes as the Command schema in actors/actor.ts. Checked here
// (cheaply, without the whole schema) because the actor type and id become
// NATS subject tokens: a dot, space or wildcard would misroute the command.
const actorTypePattern = /^[a-z][a-z0-9-]{0,31}$/;
const actorIdPattern = /^[A-Za-z0-9_-]{1,128}$/;

/** Throws InvalidCommandError unless the command can be put on a partition. */
export function assertRoutable(command: Command): void {
  const { commandId, actorType, actorId } = command as Partial<Command>;
  if (typeof commandId !== "string" || commandId.length < 1 || commandId.length > 200) {
    throw new InvalidCommandError("commandId must be a string of 1-200 characters");
  }
  if (typeof actorType !== "string" || !actorTypePattern.test(actorType)) {
    throw new InvalidCommandError(
      `actorType ${JSON.stringify(actorType)} is not a valid actor type`,
    );
  }
  if (typeof actorId !== "string" || !actorIdPattern.test(actorId)) {
    throw new InvalidCommandError(`actorId ${JSON.stringify(actorId)} is not a valid id`);
  }
}
