import { POOL_SUBJECT } from "../security/agent-trust.ts";
import type { ConfigView } from "../runtime/config-view.ts";
import type { Logger } from "../telemetry/log.ts";
import type { SwitchboardMetrics } from "../telemetry/metrics.ts";
import type { AgentTarget } from "./session-control.ts";
import { encodeText } from "./tunnel/frames.ts";
import { dialWebSocket } from "./tunnel/handshake.ts";
import type { UpstreamHandover } from "./tunnel/tunnel.ts";
import { POOL_SUBPROTOCOL, UpstreamPool } from "./upstream-pool.ts";

/** An agent socket ready for a session: dialled for it, or taken from the pool. */
export interface Upstream {
  conn: Deno.Conn;
  handover: UpstreamHandover;
}

export interface AgentDialerOptions {
  config: ConfigView;
  /** Where to pre-dial an agent for the pool: eligible and pooling (its registration says so). */
  poolTarget: (agentId: string) => AgentTarget | undefined;
  metrics: SwitchboardMetrics;
  /** Signs each dial so agents can refuse connections that did not come through an edge. */
  dialToken?: (sessionId: string, agentId: string) => Promise<string>;
  /** Bound on connect plus handshake to an agent (default: the config's handshake timeout). */
  dialTimeoutMs?: number;
  log?: Logger;
}

/**
 * How the edge reaches an agent for a session: a warm socket from the pool,
 * attached by its first frame (src/agent/pool.ts), or else a dial with the
 * session's id and a dial token for it.
 */
export class AgentDialer {
  readonly pool: UpstreamPool;
  readonly #poolTokens = new Map<string, { token: Promise<string>; until: number }>();

  constructor(private readonly options: AgentDialerOptions) {
    this.pool = new UpstreamPool({
      settings: () => options.config.current().upstreamPool,
      target: options.poolTarget,
      dial: (target, extensions) => this.#dial(target, undefined, extensions),
      ...(options.log ? { log: options.log } : {}),
    });
    options.metrics.upstreamPoolIdle.collect(() => this.pool.idleCount());
    options.metrics.upstreamPoolTakes.collect(() => this.pool.hits, { outcome: "hit" });
    options.metrics.upstreamPoolTakes.collect(() => this.pool.misses, { outcome: "miss" });
  }

  /**
   * `extensions` is the permessage-deflate offer (tunnel/deflate.ts): the
   * pool keeps sockets per agent and offer, so a warm socket was negotiated
   * with the same offer; its answer comes with it. The attach frame goes
   * uncompressed, which RFC 7692 allows.
   */
  async dial(sessionId: string, target: AgentTarget, extensions?: string): Promise<Upstream> {
    const pooled = this.pool.take(target.agentId, extensions);
    if (pooled) {
      const attach = JSON.stringify({ type: "switchboard.attach", sessionId });
      return {
        conn: pooled.conn,
        handover: {
          preamble: encodeText(attach, true),
          firstRead: pooled.firstRead,
          ...(pooled.extensions ? { extensions: pooled.extensions } : {}),
        },
      };
    }
    const dialed = await this.#dial(target, sessionId, extensions);
    return {
      conn: dialed.conn,
      handover: {
        leftover: dialed.leftover,
        ...(dialed.extensions ? { extensions: dialed.extensions } : {}),
      },
    };
  }

  /** Dials `target` for one session, or without one (`?pool=1`) for the pool. */
  async #dial(target: AgentTarget, sessionId?: string, extensions?: string) {
    const url = new URL(`ws://${target.host}:${target.port}${target.path}`);
    url.searchParams.set(sessionId ? "session" : "pool", sessionId ?? "1");
    const token = sessionId
      ? await this.options.dialToken?.(sessionId, target.agentId)
      : await this.#poolToken(target.agentId);
    return await dialWebSocket(url, {
      headers: {
        ...(sessionId ? { "x-switchboard-session": sessionId } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(sessionId ? {} : { protocols: [POOL_SUBPROTOCOL] }),
      ...(extensions ? { extensions } : {}),
      timeoutMs: this.options.dialTimeoutMs ??
        this.options.config.current().limits.handshakeTimeoutMs,
    });
  }

  /**
   * A pooled dial's token names no session, so one serves every pooled dial
   * to that agent while it is fresh (dial tokens live 30 s; reused for 20):
   * refilling a pool then costs no signature per socket.
   */
  #poolToken(agentId: string): Promise<string> | undefined {
    if (!this.options.dialToken) return undefined;
    const now = Date.now();
    let cached = this.#poolTokens.get(agentId);
    if (!cached || cached.until <= now) {
      if (this.#poolTokens.size > 10_000) this.#poolTokens.clear();
      const entry = { token: this.options.dialToken(POOL_SUBJECT, agentId), until: now + 20_000 };
      // Forget a failed token, but not a newer one made meanwhile.
      entry.token.catch(() => {
        if (this.#poolTokens.get(agentId) === entry) this.#poolTokens.delete(agentId);
      });
      cached = entry;
      this.#poolTokens.set(agentId, cached);
    }
    return cached.token;
  }
}
