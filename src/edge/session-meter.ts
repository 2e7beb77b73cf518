import { CloseCode } from "./close-codes.ts";
import { bump, type EdgeMeter, type MeterGroup } from "./edge-meter.ts";
import type { LinkEffect, LinkInput } from "./session-link-types.ts";
import type { TunnelMeter } from "./tunnel/tunnel-types.ts";

/** What a session driver shows its meter: each input it is fed and each effect it performs. */
export interface LinkMeter {
  input(input: LinkInput): void;
  effect(effect: LinkEffect, agentId: string | undefined): void;
}

/**
 * Why a session moved, in a word: the fleet moved it off an agent that was
 * ejected, deregistered or drained (src/edge/fleet-events.ts says which), or
 * its agent socket failed under it (`agent_lost`).
 */
export function failoverClass(reason: string, planned: boolean): string {
  if (reason.startsWith("agent ejected")) return "agent_ejected";
  if (reason.startsWith("agent deregistered")) return "agent_deregistered";
  if (reason.startsWith("agent drained")) return "agent_drained";
  if (reason.startsWith("agent left the fleet")) return "agent_left";
  return planned ? "planned" : "agent_lost";
}

/**
 * Relay latency is sampled, one batch in eight per direction: the second
 * clock read it takes would otherwise double the relay's measurement cost,
 * and a uniform sample keeps the percentiles.
 */
export const RELAY_SAMPLE = 8;
const RELAY_SAMPLE_MASK = RELAY_SAMPLE - 1;
/** Response waits are timed one in four (a turn: the client speaks, the agent answers). */
export const RESPONSE_SAMPLE = 4;
const RESPONSE_SAMPLE_MASK = RESPONSE_SAMPLE - 1;
const IDLE = -1;
const UNTIMED = -2;

/** Close codes a relayed session may end with that are not failures. */
const BENIGN = new Set<number>([CloseCode.normal, CloseCode.goingAway, CloseCode.unauthorized]);

/**
 * One client connection's measurements, counted into its capability and
 * agent's group of the edge meter: relay latency both ways, agent response
 * latency (the first client batch since the agent last spoke → the agent's
 * next batch), and the session's outcomes.
 */
export class SessionMeter implements TunnelMeter, LinkMeter {
  #group: MeterGroup;
  #agentId: string | undefined;
  /**
   * When the oldest client batch the agent has not answered yet was read;
   * IDLE if none, UNTIMED if one is waiting but was not sampled.
   */
  #asked = IDLE;
  #turns = 0;
  #relayed = false;
  #ended = false;
  #moveReason = "agent_lost";
  #clientCode: number | undefined;
  #clientBatches = 0;
  #agentBatches = 0;
  #clientSample = false;
  #agentSample = false;

  constructor(private readonly meter: EdgeMeter, private capability: string) {
    this.#group = meter.group(capability);
  }

  input(input: LinkInput): void {
    if (input.type === "ended") this.ended(input.by, this.#clientCode);
    if (input.type === "dial failed") this.agentError();
    // A pooled socket that was closing as it was taken says nothing about the agent.
    if (input.type === "agent lost" && !input.stalePooledSocket) this.agentError();
  }

  effect(effect: LinkEffect, agentId: string | undefined): void {
    switch (effect.type) {
      case "attach":
      case "rebind":
        if (agentId) this.attached(agentId);
        return;
      case "reroute":
        this.#moveReason = failoverClass(effect.reason, effect.planned === true);
        return;
      case "close client":
        return this.closedByEdge(effect.code);
      case "count":
        if (effect.metric === "opens") {
          if (effect.outcome.startsWith("refused_")) {
            return this.refused(Number(effect.outcome.slice(8)));
          }
          return this.opened(effect.outcome === "resumed");
        }
        if (effect.outcome === "rebound") return this.failedOver(this.#moveReason);
        if (effect.outcome === "failed") return this.failoverFailed();
        return;
    }
  }

  /** The group counts go to now (asked again if the meter retired it while idle). */
  get group(): MeterGroup {
    if (this.#group.retired) this.#group = this.meter.group(this.capability, this.#agentId);
    return this.#group;
  }

  /** The session is relayed to `agentId` now (first attach, or after a failover). */
  attached(agentId: string, capability = this.capability): void {
    this.#agentId = agentId;
    this.capability = capability;
    this.#group = this.meter.group(capability, agentId);
  }

  /**
   * A client read completed. The clock is read when this batch is a relay
   * sample (one in RELAY_SAMPLE per direction, the first included) or starts
   * a sampled response wait (the agent has answered everything before it;
   * one such turn in RESPONSE_SAMPLE, the first included).
   */
  clientRead(): number {
    this.#clientSample = (this.#clientBatches++ & RELAY_SAMPLE_MASK) === 0;
    const wait = this.#asked === IDLE && (this.#turns++ & RESPONSE_SAMPLE_MASK) === 0;
    if (!wait && this.#asked === IDLE) this.#asked = UNTIMED;
    if (!wait && !this.#clientSample) return -1;
    const now = performance.now();
    if (wait) this.#asked = now;
    return now;
  }

  /** The batch read at `readAt` was handed on: a sample's time inside the edge. */
  clientBatch(readAt: number): void {
    if (readAt >= 0 && this.#clientSample) this.group.relayed(performance.now() - readAt);
  }

  /** An agent read completed: the clock is read if it ends a timed response wait, or is a sample. */
  agentRead(): number {
    this.#agentSample = (this.#agentBatches++ & RELAY_SAMPLE_MASK) === 0;
    if (this.#asked === UNTIMED) this.#asked = IDLE; // an untimed wait ends without a clock read
    return this.#agentSample || this.#asked >= 0 ? performance.now() : -1;
  }

  agentBatch(readAt: number): void {
    if (readAt < 0) return;
    const group = this.group;
    if (this.#agentSample) group.relayed(performance.now() - readAt);
    if (this.#asked >= 0) {
      group.answered(readAt - this.#asked);
      this.#asked = IDLE;
    }
  }

  clientClose(code: number | undefined): void {
    this.#clientCode = code;
  }

  opened(resumed: boolean): void {
    this.#relayed = true;
    if (resumed) this.group.resumed++;
    else this.group.opened++;
  }

  refused(code: number): void {
    bump(this.group.refused, String(code));
  }

  failedOver(reasonClass: string): void {
    bump(this.group.failovers, reasonClass);
  }

  failoverFailed(): void {
    this.group.failoverFailed++;
  }

  agentError(): void {
    this.group.agentErrors++;
  }

  /**
   * The edge closed a relayed session's client with `code`: an error unless
   * it is a normal end (1000, 1001, an expired token's 4001). Once per session.
   */
  closedByEdge(code: number): void {
    if (!this.#relayed || this.#ended) return;
    this.#ended = true;
    if (!BENIGN.has(code)) this.group.errored++;
  }

  /** The socket pair is gone: who ended it, with the client's close code if it sent one. */
  ended(by: string, clientCode?: number): void {
    if (by === "client") {
      bump(this.group.clientCloses, clientCode === undefined ? "none" : String(clientCode));
    }
    // The tunnel's own error closes (a frame too large, not RFC 6455, a relay failure).
    if (by === "edge" && this.#relayed && !this.#ended) this.group.errored++;
    this.#ended = true;
  }
}
