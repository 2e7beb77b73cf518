import { type Clock, systemClock, type Timer } from "../clock/clock.ts";

/** What the node knows about its database: answering, or not since `since`. */
export type StoreState =
  | { state: "up" }
  | { state: "down"; since: number; error: string };

export interface StoreHealthOptions {
  /** One cheap round trip (`select 1`); throws when the database cannot answer. */
  probe(): Promise<void>;
  clock?: Clock;
  /** Between probes while down (default 500 ms); a probe may take 2 s at most. */
  probeIntervalMs?: number;
  /** Told when the state changes (for the log). */
  onChange?(state: StoreState): void;
}

/**
 * Whether the store's database answers, kept up to date by the queries the
 * node makes anyway: a connection-level failure is confirmed by a probe on a
 * fresh connection (so one stale connection is not an outage), and while the
 * database is down a probe runs every interval, so the state turns back to
 * up within one interval of its return even when nothing else queries. The
 * edge refuses opens while down (1013) instead of letting them wait for
 * commands that cannot be recorded; /readyz reports it.
 */
export class StoreHealth {
  #state: StoreState = { state: "up" };
  #probing = false;
  #timer: Timer | undefined;
  #closed = false;
  readonly #clock: Clock;
  readonly #interval: number;

  constructor(private readonly options: StoreHealthOptions) {
    this.#clock = options.clock ?? systemClock;
    this.#interval = options.probeIntervalMs ?? 500;
  }

  get current(): StoreState {
    return this.#state;
  }

  /** A query answered: the database is up. */
  answered(): void {
    if (this.#state.state !== "up") this.#set({ state: "up" });
  }

  /** A query failed for want of the database: confirm with a probe. */
  unreachable(): void {
    if (this.#state.state === "down" || this.#probing || this.#closed) return;
    void this.#probe();
  }

  close(): void {
    this.#closed = true;
    this.#timer?.cancel();
  }

  async #probe(): Promise<void> {
    this.#probing = true;
    try {
      await this.#withinInterval(this.options.probe());
      this.answered();
    } catch (error) {
      if (this.#state.state === "up") {
        this.#set({ state: "down", since: this.#clock.now(), error: String(error) });
      }
    } finally {
      this.#probing = false;
    }
    if (this.#state.state === "down" && !this.#closed) {
      this.#timer = this.#clock.setTimeout(() => void this.#probe(), this.#interval);
    }
  }

  #withinInterval(pending: Promise<void>): Promise<void> {
    let timer: Timer | undefined;
    const limit = Math.max(this.#interval, 2_000);
    return Promise.race([
      pending,
      new Promise<never>((_, reject) => {
        timer = this.#clock.setTimeout(
          () => reject(new Error(`no answer within ${limit} ms`)),
          limit,
        );
      }),
    ]).finally(() => timer?.cancel());
  }

  #set(state: StoreState): void {
    this.#state = state;
    this.options.onChange?.(state);
  }
}
