import type { Clock, Timer } from "../clock/clock.ts";
import { type Backoff, backoffDelay, sleep } from "./backoff.ts";
import type { FailureReporter } from "./report.ts";
import type { HeartbeatBody, SwitchboardApi } from "./switchboard-client.ts";

export interface MembershipOptions {
  client: SwitchboardApi;
  /** The registration body; its `id` is filled in after the first registration. */
  spec: Record<string, unknown> & { id?: string };
  heartbeatIntervalMs: number;
  clock: Clock;
  backoff: Backoff;
  reporter: FailureReporter;
  load: () => HeartbeatBody;
}

/**
 * The agent's membership in the fleet: register (retrying with backoff while
 * Switchboard is not up), heartbeat on an interval, register again when
 * Switchboard no longer knows the agent, then drain and deregister on the
 * way out. Every call is best effort; nothing here throws.
 */
export class Membership {
  #id: string | undefined;
  #everRegistered = false;
  readonly #stopping = new AbortController();
  #timer: Timer | undefined;
  /** The registration or heartbeat in flight: awaited on the way out so no fetch outlives the agent. */
  #inFlight: Promise<void> = Promise.resolve();
  #resolveRegistered!: (id: string) => void;
  #rejectRegistered!: (error: Error) => void;
  readonly registered: Promise<string>;

  constructor(private readonly options: MembershipOptions) {
    this.#id = options.spec.id;
    this.registered = new Promise((resolve, reject) => {
      this.#resolveRegistered = resolve;
      this.#rejectRegistered = reject;
    });
    // Nobody has to await it: a stop before registration must not be an unhandled rejection.
    this.registered.catch(() => {});
  }

  get id(): string | undefined {
    return this.#id;
  }

  start(): void {
    this.#inFlight = this.#register().then((ok) => {
      if (ok) this.#schedule();
    });
  }

  /** Registers until it works or the agent stops; true when registered. */
  async #register(): Promise<boolean> {
    const { client, spec, backoff, reporter } = this.options;
    const signal = this.#stopping.signal;
    for (let attempt = 0; !signal.aborted; attempt++) {
      const result = await client.register(
        { ...spec, ...(this.#id ? { id: this.#id } : {}) },
        signal,
      );
      if (result.ok) {
        reporter.success("register");
        this.#id = result.value;
        this.#everRegistered = true;
        this.#resolveRegistered(result.value);
        return true;
      }
      if (result.kind !== "aborted") reporter.failure("register", result.kind, result.message);
      if (!(await sleep(backoffDelay(attempt, backoff), signal, this.options.clock))) break;
    }
    return false;
  }

  #schedule(): void {
    if (this.#stopping.signal.aborted) return;
    this.#timer = this.options.clock.setTimeout(() => {
      this.#timer = undefined;
      this.#inFlight = this.#beat();
    }, this.options.heartbeatIntervalMs);
  }

  async #beat(): Promise<void> {
    const { client, reporter, load } = this.options;
    const id = this.#id!;
    const result = await client.heartbeat(id, load(), this.#stopping.signal);
    if (result.ok) reporter.success("heartbeat");
    else if (result.status === 404) {
      // Switchboard lost or deregistered us (restarted without its store, an operator's
      // DELETE): register again under the same id and carry on heartbeating.
      reporter.failure("heartbeat", result.kind, `${result.message}; registering again`);
      if (!(await this.#register())) return;
    } else if (result.kind !== "aborted") {
      reporter.failure("heartbeat", result.kind, result.message);
    }
    this.#schedule();
  }

  /** Tells Switchboard to route no new sessions here; false if not registered or refused. */
  async drain(deadlineSeconds: number): Promise<boolean> {
    if (!this.#everRegistered || !this.#id || this.#stopping.signal.aborted) return false;
    const result = await this.options.client.drain(
      this.#id,
      deadlineSeconds,
      this.#stopping.signal,
    );
    if (!result.ok) this.options.reporter.failure("drain", result.kind, result.message);
    return result.ok;
  }

  /** Stops retries and heartbeats, then deregisters if registered. */
  async leave(): Promise<void> {
    this.#stopping.abort();
    this.#timer?.cancel();
    this.#timer = undefined;
    await this.#inFlight;
    this.#rejectRegistered(new Error("agent stopped before it registered"));
    if (!this.#everRegistered || !this.#id) return;
    // Not the stopping signal (already aborted): the request timeout bounds this call.
    const result = await this.options.client.deregister(this.#id, new AbortController().signal);
    if (!result.ok) this.options.reporter.failure("deregister", result.kind, result.message);
  }
}
