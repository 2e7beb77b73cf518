import type { RuntimeConfig } from "../../actors/config/runtime-config.ts";
import type { Logger } from "../telemetry/log.ts";
import { type AccessCheck, compileAccessList } from "./cidr.ts";
import { TokenBuckets } from "./token-bucket.ts";

/** The runtime config as the guard follows it (runtime/config-view.ts). */
export interface GuardConfig {
  current(): RuntimeConfig;
  onChange(listener: (next: RuntimeConfig) => void): unknown;
}

export type Surface = "api" | "agent" | "ws";

/** Why a caller is turned away: a status for HTTP, a reason for people. */
export interface Refusal {
  kind: "denied" | "rate_limited";
  message: string;
  retryAfterMs?: number;
}

/**
 * Abuse limits and address lists, from the runtime config and changed with
 * it (a config event) without touching live sockets: the limiters keep their
 * buckets' fill, the address lists are recompiled, and a list that does not
 * compile leaves the previous one in force.
 */
export class Guard {
  readonly #connectsPerIp: TokenBuckets;
  readonly #connectsPerIdentity: TokenBuckets;
  readonly #apiPerIp: TokenBuckets;
  readonly #apiPerIdentity: TokenBuckets;
  readonly #framesPerSession: TokenBuckets;
  readonly #messagesPerSession: TokenBuckets;
  #access: Record<Surface, AccessCheck>;

  constructor(config: GuardConfig, private readonly log?: Logger) {
    const { limits } = config.current();
    this.#connectsPerIp = new TokenBuckets(limits.connectsPerIp);
    this.#connectsPerIdentity = new TokenBuckets(limits.connectsPerIdentity);
    this.#apiPerIp = new TokenBuckets(limits.apiRequestsPerIp);
    this.#apiPerIdentity = new TokenBuckets(limits.apiRequestsPerIdentity);
    this.#framesPerSession = new TokenBuckets(limits.framesPerSession);
    this.#messagesPerSession = new TokenBuckets(limits.messagesPerSession);
    this.#access = this.#compile(config.current()) ??
      { api: allowAll, agent: allowAll, ws: allowAll };
    config.onChange((next) => this.#reconfigure(next));
  }

  #compile(config: RuntimeConfig): Record<Surface, AccessCheck> | undefined {
    try {
      return {
        api: compileAccessList(config.access.api, "access.api"),
        agent: compileAccessList(config.access.agent, "access.agent"),
        ws: compileAccessList(config.access.ws, "access.ws"),
      };
    } catch (error) {
      this.log?.error("access lists not applied; keeping the previous ones", { error });
      return undefined;
    }
  }

  #reconfigure(config: RuntimeConfig): void {
    const { limits } = config;
    this.#connectsPerIp.configure(limits.connectsPerIp);
    this.#connectsPerIdentity.configure(limits.connectsPerIdentity);
    this.#apiPerIp.configure(limits.apiRequestsPerIp);
    this.#apiPerIdentity.configure(limits.apiRequestsPerIdentity);
    this.#framesPerSession.configure(limits.framesPerSession);
    this.#messagesPerSession.configure(limits.messagesPerSession);
    this.#access = this.#compile(config) ?? this.#access;
  }

  /** Address list of a surface, then (for /ws) the per-address connect rate. */
  admit(surface: Surface, ip: string): Refusal | undefined {
    const decision = this.#access[surface](ip);
    if (!decision.allowed) {
      return { kind: "denied", message: `address not allowed: ${decision.reason}` };
    }
    const buckets = surface === "ws" ? this.#connectsPerIp : this.#apiPerIp;
    const taken = buckets.take(ip);
    if (!taken.ok) return rateLimited("too many requests from this address", taken.retryAfterMs);
    return undefined;
  }

  /** The per-identity rate, once the caller is known. */
  admitIdentity(surface: Surface, sub: string): Refusal | undefined {
    const buckets = surface === "ws" ? this.#connectsPerIdentity : this.#apiPerIdentity;
    const taken = buckets.take(sub);
    return taken.ok
      ? undefined
      : rateLimited("too many requests for this identity", taken.retryAfterMs);
  }

  /**
   * The per-session gates the tunnel asks: `admit` once per client frame,
   * `admitMessage` once per client data message.
   */
  frameGate(
    sessionId: string,
  ): { admit: () => boolean; admitMessage: () => boolean; release: () => void } {
    return {
      admit: () => this.#framesPerSession.take(sessionId).ok,
      admitMessage: () => this.#messagesPerSession.take(sessionId).ok,
      release: () => {
        this.#framesPerSession.delete(sessionId);
        this.#messagesPerSession.delete(sessionId);
      },
    };
  }
}

const allowAll: AccessCheck = () => ({ allowed: true, reason: "no rules" });

function rateLimited(message: string, retryAfterMs: number): Refusal {
  return {
    kind: "rate_limited",
    message: `${message}; retry in ${Math.ceil(retryAfterMs / 1000)}s`,
    retryAfterMs,
  };
}
