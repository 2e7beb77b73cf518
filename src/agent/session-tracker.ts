import { within } from "./backoff.ts";
import type { AgentSession } from "./types.ts";

/**
 * Which sessions and idle pooled sockets are live: the heartbeat's session
 * count, the health endpoint's figure, and what a drain waits for.
 */
export class SessionTracker {
  readonly #live = new Set<AgentSession>();
  readonly #idle = new Set<WebSocket>();
  #emptyWaiters: (() => void)[] = [];
  /** Set by stop(): new dials are refused from then on. */
  draining = false;

  get count(): number {
    return this.#live.size;
  }

  get idleCount(): number {
    return this.#idle.size;
  }

  addIdle(socket: WebSocket): void {
    this.#idle.add(socket);
  }

  removeIdle(socket: WebSocket): void {
    this.#idle.delete(socket);
  }

  add(session: AgentSession): void {
    this.#live.add(session);
    session.closed.then(() => this.#remove(session));
  }

  #remove(session: AgentSession): void {
    this.#live.delete(session);
    if (this.#live.size > 0) return;
    const waiters = this.#emptyWaiters;
    this.#emptyWaiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves true once no session is live, false if `timeoutMs` passes first. */
  async waitEmpty(timeoutMs: number): Promise<boolean> {
    if (this.#live.size === 0) return true;
    let wake!: () => void;
    const empty = new Promise<true>((resolve) => wake = () => resolve(true));
    this.#emptyWaiters.push(wake);
    const result = await within(empty, timeoutMs);
    this.#emptyWaiters = this.#emptyWaiters.filter((w) => w !== wake);
    return result === true;
  }

  /** Idle pooled sockets carry no session: close them at once when draining. */
  closeIdle(code: number, reason: string): void {
    for (const socket of this.#idle) socket.close(code, reason);
    this.#idle.clear();
  }

  /** Closes every live session and waits (bounded) for their close handshakes. */
  async closeAll(code: number, reason: string, timeoutMs: number): Promise<void> {
    const sessions = [...this.#live];
    for (const session of sessions) session.close(code, reason);
    await within(Promise.all(sessions.map((s) => s.closed)), timeoutMs);
  }
}
