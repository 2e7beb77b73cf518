import type { Identity } from "./roles.ts";

/**
 * Tokens already verified, with the identity they proved, until the token
 * expires or `maxAgeMs` passes (whichever is first). Clients reconnect and
 * resume with the same token, and every WebSocket open and API call would
 * otherwise pay a signature check (~50 µs for HS256, more for RS/ES).
 * Only tokens checked against keys fixed at startup (the shared secret, a
 * PEM key) belong here, and only successes: a bad token is checked, and
 * refused, every time.
 */
export class VerifiedTokens {
  readonly #entries = new Map<string, { identity: Identity; until: number }>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly maxAgeMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): Identity | undefined {
    const entry = this.#entries.get(token);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.identity;
    this.#entries.delete(token);
    return undefined;
  }

  put(token: string, identity: Identity): void {
    const now = this.now();
    const until = Math.min(now + this.maxAgeMs, identity.exp ? identity.exp * 1000 : Infinity);
    if (until <= now) return;
    // Map order is insertion order: the oldest entry goes first.
    if (this.#entries.size >= this.maxEntries) {
      this.#entries.delete(this.#entries.keys().next().value!);
    }
    this.#entries.set(token, { identity, until });
  }

  get size(): number {
    return this.#entries.size;
  }
}
