import { Bucket } from "../../actors/config/runtime-config.ts";

/** `{ rate, burst }`: `rate` tokens a second, up to `burst` at once (RuntimeConfig's Bucket). */
export type BucketSpec = { rate: number; burst: number };

export type TakeResult = { ok: true } | { ok: false; retryAfterMs: number };

export interface TokenBucketsOptions {
  /**
   * Most keys tracked at once. Past it the least recently used bucket is
   * dropped, so an attacker cycling source addresses costs a bounded amount
   * of memory. Dropping a bucket forgives its debt (it comes back full);
   * that is the price of the bound, and it only matters for a key left
   * untouched while `maxKeys` others were used.
   */
  maxKeys?: number;
  /** Milliseconds, monotonic. Injected by tests; default `performance.now`. */
  now?: () => number;
}

interface State {
  tokens: number;
  /** When `tokens` was last brought up to date (ms on the limiter's clock). */
  at: number;
}

const OK: TakeResult = Object.freeze({ ok: true });
/** How often `take` looks for idle buckets to drop. */
const SWEEP_EVERY_MS = 1_000;

/**
 * A token bucket per key (an IP, an identity, a session). Buckets refill
 * lazily on use: no timers, and a `take` is a Map lookup and some arithmetic.
 *
 * The Map doubles as the LRU list: a bucket is re-inserted on every take, so
 * iteration order is least recently used first. That gives O(1) eviction at
 * the cap and lets the sweep stop at the first recently used bucket.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, State>();
  readonly #maxKeys: number;
  readonly #now: () => number;
  #rate = 0;
  #burst = 0;
  /** ms after which an untouched bucket is certainly full, hence the same as no bucket. */
  #fillMs = 0;
  #nextSweep = -Infinity;

  constructor(spec: BucketSpec, options: TokenBucketsOptions = {}) {
    const maxKeys = options.maxKeys ?? 100_000;
    if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError("maxKeys must be >= 1");
    this.#maxKeys = maxKeys;
    this.#now = options.now ?? (() => performance.now());
    this.#set(spec);
  }

  get rate(): number {
    return this.#rate;
  }

  get burst(): number {
    return this.#burst;
  }

  /** Keys currently tracked (full, idle buckets are not). */
  get size(): number {
    return this.#buckets.size;
  }

  /** One token for `key`, or how long until one is there. */
  take(key: string, now: number = this.#now()): TakeResult {
    if (now >= this.#nextSweep) this.sweep(now);
    const buckets = this.#buckets;
    const state = buckets.get(key);
    if (state === undefined) {
      // A new key starts full; the first token is taken right away.
      if (buckets.size >= this.#maxKeys) this.#evictOldest();
      buckets.set(key, { tokens: this.#burst - 1, at: now });
      return OK;
    }
    const elapsed = now - state.at;
    // A clock that steps back (injected clocks can) refills nothing.
    if (elapsed > 0) {
      state.tokens = Math.min(this.#burst, state.tokens + elapsed * this.#rate / 1000);
      state.at = now;
    }
    // Re-insert: moves the key to the most recently used end.
    buckets.delete(key);
    buckets.set(key, state);
    if (state.tokens >= 1) {
      state.tokens -= 1;
      return OK;
    }
    return { ok: false, retryAfterMs: Math.ceil((1 - state.tokens) * 1000 / this.#rate) };
  }

  /**
   * New limits at run time. Each bucket keeps its fill *fraction*: full
   * stays full (the same as an untracked key under the new burst), empty
   * stays empty (a client being throttled is not let off by a config
   * change), and the refill up to now is settled at the old rate.
   */
  configure(spec: BucketSpec, now: number = this.#now()): void {
    const oldBurst = this.#burst;
    const oldRate = this.#rate;
    this.#set(spec);
    if (oldBurst === this.#burst && oldRate === this.#rate) return;
    for (const state of this.#buckets.values()) {
      const elapsed = Math.max(0, now - state.at);
      const settled = Math.min(oldBurst, state.tokens + elapsed * oldRate / 1000);
      state.tokens = settled / oldBurst * this.#burst;
      state.at = Math.max(now, state.at);
    }
  }

  /** Drops buckets idle long enough to be full: they hold nothing an absent bucket does not. */
  sweep(now: number = this.#now()): void {
    this.#nextSweep = now + SWEEP_EVERY_MS;
    for (const [key, state] of this.#buckets) {
      // LRU order: the first bucket used too recently ends the sweep.
      if (now - state.at < this.#fillMs) break;
      this.#buckets.delete(key);
    }
  }

  /** Forgets `key`, e.g. once a session ends. */
  delete(key: string): void {
    this.#buckets.delete(key);
  }

  #set(spec: BucketSpec): void {
    const parsed = Bucket.safeParse(spec);
    if (!parsed.success) {
      throw new RangeError(`invalid bucket ${JSON.stringify(spec)}: ${parsed.error.message}`);
    }
    this.#rate = parsed.data.rate;
    this.#burst = parsed.data.burst;
    this.#fillMs = this.#burst * 1000 / this.#rate;
  }

  #evictOldest(): void {
    const oldest = this.#buckets.keys().next();
    if (!oldest.done) this.#buckets.delete(oldest.value);
  }
}
