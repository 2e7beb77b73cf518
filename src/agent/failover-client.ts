import type { CallResult, HeartbeatBody, SwitchboardApi } from "./switchboard-client.ts";

/** One node's API and the URL it answers on. */
export type SwitchboardNode = SwitchboardApi & { readonly url: string };

/**
 * A failure that says something about the node, not about the agent: the
 * node is down, stuck, or cannot serve right now. Another node of the same
 * cluster may well answer. A 4xx is an answer (the cluster's), so it is not.
 */
export function nodeTrouble(result: CallResult<unknown>): boolean {
  if (result.ok) return false;
  if (result.kind === "unreachable" || result.kind === "timeout") return true;
  return result.status !== undefined && result.status >= 500;
}

/**
 * The agent's calls to a cluster through any of its nodes. Every node
 * accepts registration and heartbeats for any agent (the command goes
 * through the log to its owner), so the agent must not depend on one: a
 * call goes to the node that last answered, and when that node is in trouble
 * it moves on to the next, round robin, until one answers or each has been
 * tried once. When all fail the caller's own pacing applies (registration's
 * back-off, the heartbeat interval).
 */
export interface FailoverEvents {
  /** The client left node `from` for `to`, because of `why` (the failure's kind). */
  moved?(from: string, to: string, why: string): void;
  /** A node answered (successfully or with the cluster's refusal). */
  answered?(url: string): void;
}

export class FailoverClient implements SwitchboardApi {
  #current = 0;

  constructor(
    private readonly nodes: readonly SwitchboardNode[],
    private readonly events: FailoverEvents = {},
  ) {
    if (nodes.length === 0) throw new TypeError("at least one Switchboard URL is needed");
  }

  /** The URL calls go to first: the node that answered last. */
  get current(): string {
    return this.nodes[this.#current]!.url;
  }

  register(spec: Record<string, unknown>, signal: AbortSignal): Promise<CallResult<string>> {
    return this.#any((node) => node.register(spec, signal), signal);
  }

  heartbeat(id: string, body: HeartbeatBody, signal: AbortSignal): Promise<CallResult<unknown>> {
    return this.#any((node) => node.heartbeat(id, body, signal), signal);
  }

  drain(id: string, deadlineSeconds: number, signal: AbortSignal): Promise<CallResult<unknown>> {
    return this.#any((node) => node.drain(id, deadlineSeconds, signal), signal);
  }

  deregister(id: string, signal: AbortSignal): Promise<CallResult<unknown>> {
    return this.#any((node) => node.deregister(id, signal), signal);
  }

  async #any<T>(
    call: (node: SwitchboardNode) => Promise<CallResult<T>>,
    signal: AbortSignal,
  ): Promise<CallResult<T>> {
    let result!: CallResult<T>;
    for (let tried = 0; tried < this.nodes.length; tried++) {
      const index = this.#current;
      result = await call(this.nodes[index]!);
      if (signal.aborted) return result;
      if (!nodeTrouble(result)) {
        this.events.answered?.(this.nodes[index]!.url);
        return result;
      }
      // Calls overlap (a heartbeat and a drain): only the first to see a node fail moves on.
      if (this.#current === index && this.nodes.length > 1) {
        this.#current = (index + 1) % this.nodes.length;
        this.events.moved?.(this.nodes[index]!.url, this.current, result.ok ? "" : result.kind);
      }
    }
    return result;
  }
}
