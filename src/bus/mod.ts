/** The command log port and its two adapters. */
export * from "./command-log.ts";
export { partitionOf } from "./partition.ts";
export { InvalidCommandError } from "./codec.ts";
export { CommandLogClosedError } from "./pending-replies.ts";
export {
  type InProcessCommandLog,
  inProcessCommandLog,
  type InProcessCommandLogOptions,
} from "./in-process/command-log.ts";
export { jetStreamCommandLog, type JetStreamCommandLogOptions } from "./jetstream/command-log.ts";
