/** A warm actor: its folded state and the stream version that state reflects. */
export interface WarmActor<S = unknown> {
  state: S;
  version: number;
  /** Events folded since the last snapshot, to decide when to take the next one. */
  sinceSnapshot: number;
  lastUsed: number;
}

/**
 * Keeps hot actors in memory so a command for a warm actor costs one append
 * rather than a replay. Least recently used entries go first when full;
 * entries idle past `idleMs` are passivated by `sweep()`. Map insertion
 * order is the recency order: a touch re-inserts the key.
 */
export class ActorCache {
  private readonly entries = new Map<string, WarmActor>();

  constructor(private readonly max = 10_000, private readonly idleMs = 5 * 60_000) {}

  get size(): number {
    return this.entries.size;
  }

  get<S>(key: string, now = Date.now()): WarmActor<S> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    entry.lastUsed = now;
    this.entries.set(key, entry);
    return entry as WarmActor<S>;
  }

  set<S>(key: string, entry: Omit<WarmActor<S>, "lastUsed">, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { ...entry, lastUsed: now });
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Drops every entry matching `predicate` (e.g. actors of a partition handed to another node). */
  evictWhere(predicate: (key: string) => boolean): void {
    for (const key of [...this.entries.keys()]) if (predicate(key)) this.entries.delete(key);
  }

  /** Passivates idle actors; returns how many were dropped. */
  sweep(now = Date.now()): number {
    let dropped = 0;
    for (const [key, entry] of this.entries) {
      // Oldest first: stop at the first entry still in use.
      if (now - entry.lastUsed < this.idleMs) break;
      this.entries.delete(key);
      dropped++;
    }
    return dropped;
  }
}
