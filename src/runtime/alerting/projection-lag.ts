/**
 * How far behind each projection is, in milliseconds: since this node saw
 * the oldest event a projection has not applied yet. Fed by the live feed
 * (position, when seen) and asked with each projection's applied position.
 */
export class ProjectionLag {
  /** Positions seen and when, oldest first; trimmed to what some projection still lacks. */
  #seen: { position: number; at: number }[] = [];

  constructor(
    private readonly positions: () => Record<string, number>,
    private readonly now: () => number = Date.now,
  ) {}

  readonly observe = (event: { position: number }): void => {
    this.#seen.push({ position: event.position, at: this.now() });
    if (this.#seen.length > 4096) this.trim();
  };

  /** Per projection, ms since the first event after its position was seen (0 when caught up). */
  lagMs(): Record<string, number> {
    this.trim();
    const now = this.now();
    const out: Record<string, number> = {};
    for (const [name, position] of Object.entries(this.positions())) {
      const first = this.#seen.find((s) => s.position > position);
      out[name] = first ? Math.max(0, now - first.at) : 0;
    }
    return out;
  }

  private trim(): void {
    const lowest = Math.min(...Object.values(this.positions()));
    if (!Number.isFinite(lowest)) {
      this.#seen = []; // no projection to measure
      return;
    }
    const keep = this.#seen.findIndex((s) => s.position > lowest);
    this.#seen = keep < 0 ? [] : this.#seen.slice(keep);
  }
}
