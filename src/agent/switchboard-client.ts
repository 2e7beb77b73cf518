import { z } from "zod";
import { type Clock, systemClock } from "../clock/clock.ts";

/**
 * The management API calls an agent makes (CONTRACT.md, "Agents"). Every
 * answer is read through zod and every failure comes back as a value with a
 * `kind`, never a throw: the agent's loops decide what to retry and log.
 */
export type CallResult<T> =
  | { ok: true; value: T }
  | { ok: false; kind: string; status?: number; message: string };

/** `{"error":{"code","message"}}`, the contract's error body. */
const ErrorBody = z.object({
  error: z.object({ code: z.string().max(200), message: z.string().max(2000) }),
});

/** The stored agent: only its id matters here; `agentId` is accepted as an alias. */
const StoredAgent = z.union([
  z.looseObject({ id: z.string().min(1).max(128) }).transform((a) => a.id),
  z.looseObject({ agentId: z.string().min(1).max(128) }).transform((a) => a.agentId),
]);

export interface HeartbeatBody {
  sessions: number;
  cpu?: number;
  queueDepth?: number;
  latencyMs?: number;
}

/** The agent's calls to Switchboard, whether to one node or to any of several (failover-client.ts). */
export interface SwitchboardApi {
  register(spec: Record<string, unknown>, signal: AbortSignal): Promise<CallResult<string>>;
  heartbeat(id: string, body: HeartbeatBody, signal: AbortSignal): Promise<CallResult<unknown>>;
  drain(id: string, deadlineSeconds: number, signal: AbortSignal): Promise<CallResult<unknown>>;
  deregister(id: string, signal: AbortSignal): Promise<CallResult<unknown>>;
}

/** One Switchboard node's agent API. */
export class SwitchboardClient implements SwitchboardApi {
  readonly #base: string;

  constructor(
    readonly url: string,
    private readonly token: string | undefined,
    private readonly timeoutMs: number,
    private readonly clock: Clock = systemClock,
  ) {
    this.#base = url.replace(/\/+$/, "") + "/api/v1/agents";
  }

  async register(spec: Record<string, unknown>, signal: AbortSignal): Promise<CallResult<string>> {
    const result = await this.#call("POST", "", spec, signal);
    if (!result.ok) return result;
    const parsed = StoredAgent.safeParse(result.value);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, kind: "bad_response", message: "registration answer has no agent id" };
  }

  heartbeat(id: string, body: HeartbeatBody, signal: AbortSignal): Promise<CallResult<unknown>> {
    return this.#call("POST", `/${encodeURIComponent(id)}/heartbeat`, body, signal);
  }

  drain(id: string, deadlineSeconds: number, signal: AbortSignal): Promise<CallResult<unknown>> {
    return this.#call("POST", `/${encodeURIComponent(id)}/drain`, { deadlineSeconds }, signal);
  }

  deregister(id: string, signal: AbortSignal): Promise<CallResult<unknown>> {
    return this.#call("DELETE", `/${encodeURIComponent(id)}`, undefined, signal);
  }

  async #call(
    method: string,
    path: string,
    body: unknown,
    signal: AbortSignal,
  ): Promise<CallResult<unknown>> {
    // A timer of our own rather than AbortSignal.timeout: it is cancelled on every path,
    // so no timer outlives the call, and a fake clock can make a node "stop answering".
    const timeout = new AbortController();
    const timer = this.clock.setTimeout(() => timeout.abort(), this.timeoutMs);
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    try {
      const response = await fetch(this.#base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.any([signal, timeout.signal]),
      });
      const text = await response.text();
      const json = parseJson(text);
      if (response.ok) return { ok: true, value: json };
      const error = ErrorBody.safeParse(json);
      const code = error.success ? error.data.error.code : "http_error";
      return {
        ok: false,
        kind: `${response.status} ${code}`,
        status: response.status,
        message: error.success ? error.data.error.message : text.slice(0, 200),
      };
    } catch (error) {
      if (signal.aborted) return { ok: false, kind: "aborted", message: "stopped" };
      if (timeout.signal.aborted) {
        return { ok: false, kind: "timeout", message: `no answer in ${this.timeoutMs} ms` };
      }
      return { ok: false, kind: "unreachable", message: (error as Error).message };
    } finally {
      timer.cancel();
    }
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
