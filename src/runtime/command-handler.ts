import { type Actor, type Command, isRejection, streamIdOf } from "../../actors/actor.ts";
import {
  describeIssues,
  type EventMetadata,
  InvalidEventError,
  type NewEvent,
  UnknownEventTypeError,
} from "../../events/mod.ts";
import type { CommandReply } from "../bus/command-log.ts";
import { ConcurrencyError } from "../store/errors.ts";
import type { EventStore, PartitionFence } from "../store/event-store.ts";
import type { ActorCache, WarmActor } from "./actor-cache.ts";
import { actorCode } from "./command-failures.ts";

// deno-lint-ignore no-explicit-any
export type AnyActor = Actor<any, any>;

export interface CommandHandlerDeps {
  store: EventStore;
  cache: ActorCache;
  actors: ReadonlyMap<string, AnyActor>;
  /** Take a snapshot after this many events since the last one. */
  snapshotEvery: number;
  /** Reload-and-retry attempts when another writer got there first. */
  maxConflictRetries: number;
  /** This node's claim on the actor's partition: a stale owner's append is refused. */
  fence?: PartitionFence;
}

const rejection = (rejected: string, message: string): CommandReply => ({
  ok: false,
  rejected,
  message,
});

/**
 * The actor's state as of its stream's head: from the cache, or snapshot
 * plus events since. `assumeNew`: a command that starts a stream on a cold
 * actor is decided on the initial state with no read (two queries saved on
 * every session open); the append's expected version 0 turns a stream that
 * exists after all into a conflict, and the retry reads it.
 */
async function load(
  deps: CommandHandlerDeps,
  actor: AnyActor,
  streamId: string,
  assumeNew: boolean,
): Promise<WarmActor> {
  const warm = deps.cache.get(streamId);
  if (warm) return warm;
  if (assumeNew) return { state: actor.initialState, version: 0, sinceSnapshot: 0, lastUsed: 0 };
  const snapshot = await deps.store.loadSnapshot(streamId);
  let state = snapshot?.state ?? actor.initialState;
  let version = snapshot?.version ?? 0;
  const events = await deps.store.readStream(streamId, { fromVersion: version + 1 });
  for (const event of events) {
    state = actor.evolve(state, event);
    version = event.version;
  }
  const loaded = { state, version, sinceSnapshot: events.length };
  deps.cache.set(streamId, loaded);
  return { ...loaded, lastUsed: Date.now() };
}

function metadataFor(command: Command): EventMetadata {
  const { principal, correlationId, traceparent } = command.metadata;
  return {
    commandId: command.commandId,
    causationId: command.commandId,
    correlationId: correlationId ?? command.commandId,
    ...(traceparent ? { traceparent, traceId: traceparent.split("-")[1] } : {}),
    ...(principal ? { principal } : {}),
  };
}

/**
 * Handles one command for one actor: load, decide, append with the expected
 * version, fold. The caller guarantees commands for one actor arrive here one
 * at a time; the expected version catches any other writer (a node taking
 * over mid-command) and turns it into a reload and a fresh decision.
 */
export async function handleCommand(
  deps: CommandHandlerDeps,
  command: Command,
): Promise<CommandReply> {
  const actor = deps.actors.get(command.actorType);
  if (!actor) return rejection("unknown_actor_type", `no actor type '${command.actorType}'`);
  const schema = actor.commands[command.type];
  if (!schema) {
    return rejection("unknown_command", `actor '${actor.type}' has no command '${command.type}'`);
  }
  const parsed = schema.safeParse(command.data);
  if (!parsed.success) return rejection("invalid_command", describeIssues(parsed.error));

  const streamId = streamIdOf(actor.type, command.actorId);
  for (let attempt = 0;; attempt++) {
    const assumeNew = attempt === 0 && actor.startsStream?.has(command.type) === true;
    const current = await load(deps, actor, streamId, assumeNew);
    const decided = actorCode(() => actor.decide({ ...command, data: parsed.data }, current.state));
    if (isRejection(decided)) {
      // Refused on an assumed-empty stream: judge it again on what is really there.
      if (assumeNew) continue;
      // A re-sent command that was accepted before must get its first answer, not a
      // rejection decided on the state it produced.
      const first = await deps.store.findCommand(streamId, command.commandId);
      if (first) return replyOf(first.versions, first.positions, first.types, true);
      return rejection(decided.rejected, decided.message);
    }
    if (decided.length === 0) return { ok: true, version: current.version, events: [] };

    const metadata = metadataFor(command);
    const events: NewEvent[] = decided.map((e: { type: string; data: unknown }) => ({
      type: e.type,
      data: e.data,
      metadata,
    }));
    try {
      const result = await deps.store.append(streamId, events, {
        expectedVersion: current.version,
        commandId: command.commandId,
        ...(deps.fence ? { fence: deps.fence } : {}),
      });
      if (result.duplicate) {
        // Our cached state did not include this command's events: reload next time.
        deps.cache.delete(streamId);
        const first = await deps.store.findCommand(streamId, command.commandId);
        return replyOf(result.versions, result.positions, first?.types ?? [], true);
      }
      let state = current.state;
      for (const e of decided) state = actor.evolve(state, e);
      const sinceSnapshot = current.sinceSnapshot + decided.length;
      const snapshotDue = sinceSnapshot >= deps.snapshotEvery;
      deps.cache.set(streamId, {
        state,
        version: result.nextExpectedVersion,
        sinceSnapshot: snapshotDue ? 0 : sinceSnapshot,
      });
      if (snapshotDue) {
        // Off the reply path: a lost snapshot only costs a longer load later.
        deps.store.saveSnapshot({ streamId, version: result.nextExpectedVersion, state }).catch(
          () => {},
        );
      }
      return replyOf(result.versions, result.positions, decided.map((e) => e.type), false);
    } catch (error) {
      // An event the store refuses as invalid will be refused again: answer, do not retry.
      if (error instanceof InvalidEventError || error instanceof UnknownEventTypeError) {
        return rejection("invalid_event", error.message);
      }
      if (!(error instanceof ConcurrencyError) || attempt >= deps.maxConflictRetries) throw error;
      deps.cache.delete(streamId);
    }
  }
}

function replyOf(
  versions: number[],
  positions: number[],
  types: string[],
  duplicate: boolean,
): CommandReply {
  return {
    ok: true,
    version: versions.at(-1) ?? 0,
    events: versions.map((version, i) => ({
      type: types[i] ?? "",
      version,
      position: positions[i]!,
    })),
    ...(duplicate ? { duplicate } : {}),
  };
}
