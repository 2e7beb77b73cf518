/**
 * A small seeded PRNG for the fuzz tests, so a failing run can be replayed
 * with FUZZ_SEED=<seed>. fast-check draws its samples from the same seed.
 */
import fc from "fast-check";

export class Rng {
  #state: number;

  constructor(readonly seed: number) {
    this.#state = seed >>> 0 || 1;
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from nothing");
    return items[this.int(0, items.length - 1)]!;
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int(0, 255);
    return out;
  }

  /** A fresh seed for a fast-check sample. */
  fork(): number {
    return this.int(1, 0x7fffffff);
  }
}

/** `n` values of a fast-check arbitrary, reproducibly from `rng`. */
export function sample<T>(rng: Rng, arb: fc.Arbitrary<T>, n: number): T[] {
  return fc.sample(arb, { seed: rng.fork(), numRuns: n });
}

/** Pools of fast-check values the generators draw from (built once per run). */
export interface ValuePools {
  anything: unknown[];
  json: unknown[];
  unicode: string[];
  binaryStrings: string[];
  ascii: string[];
}

export function valuePools(rng: Rng): ValuePools {
  return {
    anything: sample(
      rng,
      fc.anything({ maxDepth: 3, maxKeys: 6, withNullPrototype: false }),
      400,
    ),
    json: sample(rng, fc.jsonValue({ maxDepth: 4 }), 400),
    unicode: sample(rng, fc.string({ unit: "grapheme", maxLength: 40 }), 400),
    binaryStrings: sample(rng, fc.string({ unit: "binary", maxLength: 40 }), 200),
    ascii: sample(rng, fc.string({ unit: "grapheme-ascii", maxLength: 30 }), 300),
  };
}
