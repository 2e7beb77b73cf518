/** Bounded concurrency, pacing and bookkeeping for the fuzz test. */

import { pause } from "../../support/time.ts";

/** Runs `count` tasks with at most `concurrency` at once; `task(i)` must not throw. */
export async function runPool(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
  pacer?: Pacer,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      if (pacer) await pacer.take();
      await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** At most `perSecond` starts a second (evenly spaced), so the node's own rate limits stay out of the way. */
export class Pacer {
  #nextAt = performance.now();
  constructor(private readonly perSecond: number) {}

  async take(): Promise<void> {
    const now = performance.now();
    const at = Math.max(now, this.#nextAt);
    this.#nextAt = at + 1000 / this.perSecond;
    // measures real time: the node's rate limits count real seconds
    if (at > now) await pause(at - now);
  }
}

/** What the fuzz saw: inputs by kind, outcomes by kind, and the first failures in full. */
export class Tally {
  readonly inputs = new Map<string, number>();
  readonly outcomes = new Map<string, Map<string, number>>();
  readonly failures: string[] = [];
  readonly ms = new Map<string, number[]>();
  failureCount = 0;

  input(kind: string, ms = 0): void {
    this.inputs.set(kind, (this.inputs.get(kind) ?? 0) + 1);
    let list = this.ms.get(kind);
    if (!list) this.ms.set(kind, list = []);
    list.push(ms);
  }

  outcome(kind: string, what: string): void {
    let m = this.outcomes.get(kind);
    if (!m) this.outcomes.set(kind, m = new Map());
    m.set(what, (m.get(what) ?? 0) + 1);
  }

  fail(kind: string, detail: string): void {
    this.failureCount++;
    if (this.failures.length < 25) this.failures.push(`[${kind}] ${detail}`);
  }

  get total(): number {
    let n = 0;
    for (const v of this.inputs.values()) n += v;
    return n;
  }

  report(): string {
    const lines = [`inputs: ${this.total}`];
    for (const [kind, n] of [...this.inputs].sort()) {
      const seen = [...(this.outcomes.get(kind) ?? new Map())].sort((a, b) => b[1] - a[1])
        .map(([w, c]) => `${w}×${c}`).join(", ");
      const ms = (this.ms.get(kind) ?? []).sort((a, b) => a - b);
      const p50 = Math.round(ms[Math.floor(ms.length / 2)] ?? 0);
      const max = Math.round(ms.at(-1) ?? 0);
      lines.push(`  ${kind}: ${n} (p50 ${p50} ms, max ${max} ms) → ${seen}`);
    }
    return lines.join("\n");
  }
}

/** Shortens a value for a failure message. */
export function show(value: unknown, max = 160): string {
  let text: string;
  try {
    text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  text = JSON.stringify(text);
  return text.length > max ? `${text.slice(0, max)}…(${text.length})` : text;
}
