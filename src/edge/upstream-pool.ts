/**
 * Pre-dialled agent sockets, so an open on a warm agent costs no connect,
 * handshake or dial token (src/edge/README.md; the agent side is
 * src/agent/pool.ts). Only for agents registered with `pooling: true`: the
 * contract promises the others one dial per client session. Pools fill when
 * this edge first routes to an agent and lapse after `maxIdleSeconds`
 * unused, since eager pools would cost every edge `perAgent` sockets per
 * agent of the fleet.
 *
 * Each idle socket keeps a read pending, so a closing agent (1001, EOF) is
 * seen at once; pings are answered, because a Deno agent drops a socket
 * whose idle ping goes unanswered. The read is handed to the tunnel on take,
 * which moves a session whose socket was closing without blaming the agent.
 * An agent that does not answer a pooled dial as pooled, or refuses it with
 * a 4xx, is dialled per session for a while. A failed pooled dial is no
 * health signal; it only backs the agent's pool off.
 *
 * permessage-deflate is negotiated at the dial, before any client is known,
 * so an agent's pool is kept per offer (tunnel/deflate.ts makes offers
 * canonical): sockets for plain sessions, and for each client offer seen, up
 * to MAX_OFFERS_PER_AGENT of them (past it, sessions with another offer are
 * dialled directly). Each warm socket carries its agent's answer.
 */
import type { Logger } from "../telemetry/log.ts";
import type { AgentTarget } from "./session-control.ts";
import { encodeClose, encodeFrame, OP_PING, OP_PONG } from "./tunnel/frames.ts";
import { type DialedAgent, DialError } from "./tunnel/handshake.ts";
import { releaseBuffer, takeBuffer } from "./tunnel/buffer-pool.ts";
import type { FirstRead } from "./tunnel/tunnel.ts";

export const POOL_SUBPROTOCOL = "switchboard.pool.v1";
export const POOL_HEADER = "x-switchboard-pool";

export interface PoolSettings {
  /** Idle sockets kept per agent in use; 0 turns pooling off. */
  perAgent: number;
  /** Idle sockets older than this are closed and redialled (or dropped if the agent is unused). */
  maxIdleSeconds: number;
}

export interface UpstreamPoolOptions {
  settings: () => PoolSettings;
  /** Where to dial `agentId`, or undefined when it should not get new sessions. */
  target: (agentId: string) => AgentTarget | undefined;
  /** A pooled dial: `?pool=1`, the pool subprotocol offered, a dial token for no session. */
  dial: (target: AgentTarget, extensions?: string) => Promise<DialedAgent>;
  log?: Logger;
  now?: () => number;
}

/** A socket taken from the pool: attach it with its pending read handed over. */
export interface PooledUpstream {
  conn: Deno.Conn;
  firstRead: FirstRead;
  /** The agent's permessage-deflate answer to the pool's offer, if it accepted. */
  extensions?: string;
}

interface IdleSocket {
  conn: Deno.Conn;
  firstRead: FirstRead;
  extensions?: string;
  since: number;
  /** Taken by a session, or discarded: the pending read's outcome is no longer the pool's. */
  gone: boolean;
}

interface AgentPool {
  agentId: string;
  /** The permessage-deflate offer its sockets were dialled with ("" for none). */
  offer: string;
  idle: IdleSocket[];
  dialing: number;
  lastUsed: number;
  /** No pooled dials before this time (failures back off; agents that do not pool wait long). */
  retryAt: number;
  failures: number;
}

const UNSUPPORTED_RETRY_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 30_000;
/** Distinct permessage-deflate offers pooled per agent (clients choose them; this bounds it). */
export const MAX_OFFERS_PER_AGENT = 2;

const poolKey = (agentId: string, offer: string) => offer ? `${agentId}\n${offer}` : agentId;

export class UpstreamPool {
  readonly #pools = new Map<string, AgentPool>();
  readonly #now: () => number;
  #hits = 0;
  #misses = 0;
  #closed = false;
  readonly #sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly options: UpstreamPoolOptions) {
    this.#now = options.now ?? Date.now;
    this.#sweeper = setInterval(() => this.sweep(), 1000);
    Deno.unrefTimer(this.#sweeper);
  }

  /**
   * Takes a warm socket to `agentId` dialled with `extensions` (a canonical
   * permessage-deflate offer) if there is one, and refills that pool either way.
   */
  take(agentId: string, extensions = ""): PooledUpstream | undefined {
    const settings = this.options.settings();
    if (this.#closed || settings.perAgent <= 0) return undefined;
    const key = poolKey(agentId, extensions);
    let pool = this.#pools.get(key);
    if (!pool) {
      if (extensions && this.#offersOf(agentId) >= MAX_OFFERS_PER_AGENT) {
        this.#misses++;
        return undefined;
      }
      pool = {
        agentId,
        offer: extensions,
        idle: [],
        dialing: 0,
        lastUsed: 0,
        retryAt: 0,
        failures: 0,
      };
      this.#pools.set(key, pool);
    }
    pool.lastUsed = this.#now();
    let taken: IdleSocket | undefined;
    if (this.options.target(agentId)) {
      // Oldest first: under steady use sockets are taken long before they would be recycled.
      while ((taken = pool.idle.shift()) && taken.gone);
    } else this.forget(agentId);
    if (taken) {
      taken.gone = true;
      this.#hits++;
    } else this.#misses++;
    this.#fill(pool, settings);
    return taken && {
      conn: taken.conn,
      firstRead: taken.firstRead,
      ...(taken.extensions ? { extensions: taken.extensions } : {}),
    };
  }

  #offersOf(agentId: string): number {
    let n = 0;
    for (const pool of this.#pools.values()) if (pool.agentId === agentId && pool.offer) n++;
    return n;
  }

  /** Closes `agentId`'s idle sockets (it was ejected, drained or deregistered). */
  forget(agentId: string): void {
    for (const pool of this.#pools.values()) {
      if (pool.agentId !== agentId) continue;
      for (const socket of pool.idle.splice(0)) this.#discard(socket);
    }
  }

  /** Idle sockets now, per agent and optionally per offer (for tests and metrics). */
  idleCount(agentId?: string, extensions?: string): number {
    let n = 0;
    for (const pool of this.#pools.values()) {
      if (agentId !== undefined && pool.agentId !== agentId) continue;
      if (extensions !== undefined && pool.offer !== extensions) continue;
      n += pool.idle.length;
    }
    return n;
  }

  get hits(): number {
    return this.#hits;
  }

  get misses(): number {
    return this.#misses;
  }

  /** Recycles old sockets and lets unused agents' pools go (runs every second). */
  sweep(): void {
    const settings = this.options.settings();
    const now = this.#now();
    const maxIdleMs = settings.maxIdleSeconds * 1000;
    for (const [key, pool] of this.#pools) {
      const unused = now - pool.lastUsed > maxIdleMs;
      const disabled = settings.perAgent <= 0 || !this.options.target(pool.agentId);
      const keep: IdleSocket[] = [];
      for (const socket of pool.idle) {
        if (unused || disabled || now - socket.since > maxIdleMs) this.#discard(socket);
        else if (!socket.gone) keep.push(socket);
      }
      pool.idle = keep;
      if (unused && pool.dialing === 0) this.#pools.delete(key);
      else if (!unused && !disabled) this.#fill(pool, settings);
    }
  }

  close(): void {
    this.#closed = true;
    clearInterval(this.#sweeper);
    for (const pool of this.#pools.values()) this.forget(pool.agentId);
    this.#pools.clear();
  }

  #fill(pool: AgentPool, settings: PoolSettings): void {
    if (this.#closed || this.#now() < pool.retryAt) return;
    const target = this.options.target(pool.agentId);
    if (!target) return;
    while (pool.idle.length + pool.dialing < settings.perAgent) {
      pool.dialing++;
      void this.#dialOne(pool, target);
    }
  }

  async #dialOne(pool: AgentPool, target: AgentTarget): Promise<void> {
    const agentId = pool.agentId;
    let dialed: DialedAgent;
    try {
      dialed =
        await (pool.offer ? this.options.dial(target, pool.offer) : this.options.dial(target));
    } catch (error) {
      pool.dialing--;
      if (refusesPooling(error)) this.#unsupported(agentId, pool);
      else this.#backOff(agentId, pool, `pooled dial failed: ${error}`);
      return;
    }
    pool.dialing--;
    const pools = dialed.response.headers.get(POOL_HEADER) === "1" ||
      dialed.response.headers.get("sec-websocket-protocol") === POOL_SUBPROTOCOL;
    const current = this.#pools.get(poolKey(agentId, pool.offer)) === pool;
    if (!pools || dialed.leftover.length > 0 || this.#closed || !current) {
      closeQuietly(dialed.conn);
      if (!pools) this.#unsupported(agentId, pool);
      return;
    }
    pool.failures = 0;
    const buf = takeBuffer(false);
    const socket: IdleSocket = {
      conn: dialed.conn,
      // Errors read as EOF: the tunnel treats both as the agent going away.
      firstRead: { buf, read: dialed.conn.read(buf).catch(() => null) },
      since: this.#now(),
      gone: false,
      ...(dialed.extensions ? { extensions: dialed.extensions } : {}),
    };
    this.#watch(pool, socket);
    pool.idle.push(socket);
  }

  /** A ping while idle is answered; anything else (a close frame, data, EOF) makes the socket unusable. */
  #watch(pool: AgentPool, socket: IdleSocket): void {
    void socket.firstRead.read.then((n) => {
      if (socket.gone) return; // taken: the tunnel reads from here on
      const ping = n === null ? undefined : pingPayload(socket.firstRead.buf, n);
      if (ping) {
        socket.conn.write(encodeFrame(OP_PONG, ping, { mask: true })).catch(() => {});
        const buf = socket.firstRead.buf;
        socket.firstRead = { buf, read: socket.conn.read(buf).catch(() => null) };
        return this.#watch(pool, socket);
      }
      const i = pool.idle.indexOf(socket);
      if (i >= 0) pool.idle.splice(i, 1);
      this.#discard(socket);
    });
  }

  #unsupported(agentId: string, pool: AgentPool): void {
    if (this.#now() < pool.retryAt) return; // the other dials of the same round
    pool.retryAt = this.#now() + UNSUPPORTED_RETRY_MS;
    this.options.log?.info("agent does not pool connections; dialling per session", { agentId });
  }

  #backOff(agentId: string, pool: AgentPool, reason: string): void {
    // The dials of one round fail together: one failure each, or the backoff would leap.
    if (this.#now() < pool.retryAt) return;
    pool.failures++;
    const ms = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (pool.failures - 1));
    pool.retryAt = this.#now() + ms;
    if (pool.failures === 1 || pool.failures % 10 === 0) {
      this.options.log?.debug("upstream pool backing off", { agentId, reason, ms });
    }
  }

  /** Says goodbye with a masked 1001, then closes; the pending read settles on its own. */
  #discard(socket: IdleSocket): void {
    if (socket.gone) return;
    socket.gone = true;
    const conn = socket.conn;
    conn.write(encodeClose(1001, "pooled socket recycled", true)).catch(() => {}).finally(() =>
      closeQuietly(conn)
    );
    void socket.firstRead.read.then(() => releaseBuffer(socket.firstRead.buf));
  }
}

/** A refusal that means "no pooling here" rather than "not now": a 4xx other than auth or rate. */
function refusesPooling(error: unknown): boolean {
  const status = error instanceof DialError ? error.status : undefined;
  return status !== undefined && status >= 400 && status < 500 &&
    ![401, 403, 408, 429].includes(status);
}

/** The payload of a chunk that is exactly one whole unmasked ping frame. */
function pingPayload(buf: Uint8Array, n: number): Uint8Array | undefined {
  if (n < 2 || buf[0] !== (0x80 | OP_PING) || (buf[1]! & 0x80) !== 0) return undefined;
  const len = buf[1]!;
  return len <= 125 && n === 2 + len ? buf.slice(2, n) : undefined;
}

function closeQuietly(conn: Deno.Conn): void {
  try {
    conn.close();
  } catch { /* already closed */ }
}
