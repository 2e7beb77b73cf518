import { type Actor, fold, isRejection, type Rejection, streamIdOf } from "../../actors/actor.ts";
import { agentActor } from "../../actors/agent/mod.ts";
import { edgeActor } from "../../actors/edge/mod.ts";
import { FleetView } from "../../src/runtime/fleet/fleet-view.ts";
import { routerActor } from "../../actors/router/mod.ts";
import { sessionActor } from "../../actors/session/mod.ts";
import { catalogue, type DomainEvent } from "../../events/mod.ts";

// deno-lint-ignore no-explicit-any
type AnyActor = Actor<any>;
export const actors: Record<string, AnyActor> = {
  agent: agentActor,
  session: sessionActor,
  router: routerActor,
  edge: edgeActor,
};

export interface LoggedEvent {
  streamId: string;
  event: DomainEvent;
}

/**
 * A minimal in-memory host for tests: parses a command with the actor's
 * schema, decides on the stream's state, evolves, appends to one global log
 * and feeds the fleet view, in that order, like the runtime does.
 */
export class Host {
  readonly log: LoggedEvent[] = [];
  readonly fleet = new FleetView();
  readonly states = new Map<string, unknown>();
  rejections = 0;
  #commands = 0;

  state<S>(actorType: string, actorId: string): S {
    return (this.states.get(streamIdOf(actorType, actorId)) ??
      actors[actorType]!.initialState) as S;
  }

  send(
    actorType: string,
    actorId: string,
    type: string,
    data: unknown,
    now: string,
  ): DomainEvent[] | Rejection {
    const actor = actors[actorType]!;
    const streamId = streamIdOf(actorType, actorId);
    const command = {
      commandId: `c${++this.#commands}`,
      actorType,
      actorId,
      type,
      data: actor.commands[type]!.parse(data),
      metadata: { now },
    };
    let state = this.state(actorType, actorId);
    const result = actor.decide(command, state);
    if (isRejection(result)) {
      this.rejections++;
      return result;
    }
    for (const event of result) {
      catalogue.prepare(event);
      state = actor.evolve(state, event);
      this.log.push({ streamId, event });
      this.fleet.apply(event);
    }
    this.states.set(streamId, state);
    return result;
  }

  get commands(): number {
    return this.#commands;
  }
}

/** Every stream's state folded afresh from the log. */
export function replayStates(log: readonly LoggedEvent[]): Map<string, unknown> {
  const byStream = Map.groupBy(log, (e) => e.streamId);
  const states = new Map<string, unknown>();
  for (const [streamId, events] of byStream) {
    const actor = actors[streamId.slice(0, streamId.indexOf("-"))]!;
    states.set(streamId, fold(actor, events.map((e) => e.event)));
  }
  return states;
}
