import { type Actor, isRejection, type Rejection, streamIdOf } from "../../actors/actor.ts";
import { agentActor } from "../../actors/agent/mod.ts";
import { edgeActor } from "../../actors/edge/mod.ts";
import { routerActor } from "../../actors/router/mod.ts";
import { sessionActor } from "../../actors/session/mod.ts";
import { alertActor } from "../../actors/alert/mod.ts";
import { alertRuleActor } from "../../actors/alert-rule/mod.ts";
import { silenceActor } from "../../actors/silence/mod.ts";
import type { DomainEvent } from "../../events/mod.ts";
import type { EventStore } from "../../src/store/event-store.ts";

// deno-lint-ignore no-explicit-any
const actors: Record<string, Actor<any>> = {
  agent: agentActor,
  session: sessionActor,
  router: routerActor,
  alert: alertActor,
  alertrule: alertRuleActor,
  silence: silenceActor,
  edge: edgeActor,
};

export const T0 = Date.parse("2026-11-25T12:00:00.000Z");

/** `T0` plus some seconds, as an ISO timestamp. */
export function at(seconds: number): string {
  return new Date(T0 + seconds * 1000).toISOString();
}

/**
 * Sends commands through the real actors (parse, decide on the stream's
 * state, evolve) and appends what they decide to the store with the
 * expected version, the way the actor host does. Tests speak in commands,
 * so the events they project are ones the domain can actually produce.
 */
export class Driver {
  readonly #states = new Map<string, { state: unknown; version: number }>();
  #commands = 0;

  constructor(readonly store: EventStore) {}

  async send(
    actorType: string,
    actorId: string,
    type: string,
    data: unknown,
    seconds: number,
  ): Promise<{ events: DomainEvent[]; positions: number[] }> {
    const actor = actors[actorType]!;
    const streamId = streamIdOf(actorType, actorId);
    const current = this.#states.get(streamId) ?? { state: actor.initialState, version: 0 };
    const commandId = `cmd-${++this.#commands}`;
    const result: DomainEvent[] | Rejection = actor.decide({
      commandId,
      actorType,
      actorId,
      type,
      data: actor.commands[type]!.parse(data),
      metadata: { now: at(seconds) },
    }, current.state);
    if (isRejection(result)) throw new Error(`${type} rejected: ${result.message}`);
    if (result.length === 0) return { events: [], positions: [] };
    const appended = await this.store.append(streamId, result, {
      expectedVersion: current.version,
      commandId,
    });
    this.#states.set(streamId, {
      state: result.reduce((s, e) => actor.evolve(s, e), current.state),
      version: appended.nextExpectedVersion,
    });
    return { events: result, positions: appended.positions };
  }

  register(agentId: string, seconds: number, spec: Record<string, unknown> = {}) {
    return this.send("agent", agentId, "register", {
      name: agentId,
      host: "10.0.0.1",
      port: 8801,
      agentType: "echo",
      capabilities: ["echo"],
      ...spec,
    }, seconds);
  }

  /** Opens a session and routes it to `agentId` by round robin. */
  async openRouted(sessionId: string, agentId: string, seconds: number, capability = "echo") {
    await this.send("session", sessionId, "open", {
      clientId: `client-${sessionId}`,
      capability,
      resumeTokenHash: `hash-${sessionId}`,
      edgeId: "edge-a",
    }, seconds);
    return await this.send("session", sessionId, "route", {
      agentId,
      decision: { strategy: "round-robin", candidates: [], reason: "test", capability },
    }, seconds);
  }

  traffic(sessionId: string, seconds: number, figures: Record<string, number> = {}) {
    return this.send("session", sessionId, "reportTraffic", {
      framesIn: 10,
      framesOut: 20,
      bytesIn: 1000,
      bytesOut: 2000,
      intervalMs: 5000,
      ...figures,
    }, seconds);
  }
}
