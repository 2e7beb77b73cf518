/**
 * Fine latency histograms for what the edge measures itself (relay and
 * response latency). The relay figure is tens of microseconds, below the
 * 1 ms floor of histogram.ts, so bins here are logarithmic in microseconds,
 * four per doubling (each about 19% wide): a quantile read off them is
 * within 19% above the true value. Bin 0 holds anything up to 1 µs; the last
 * bin (2^34 µs, about 4.8 hours) anything slower. The edge bins its samples
 * with the same function, so events carry bins, never raw samples.
 */
export type LatencyBins = Record<string, number>;

const PER_DOUBLING = 4;
export const MAX_LATENCY_BIN = 136;

export function latencyBin(ms: number): number {
  const us = ms * 1000;
  if (!(us > 1)) return 0;
  return Math.min(MAX_LATENCY_BIN, Math.ceil(Math.log2(us) * PER_DOUBLING));
}

/** A bin's upper bound in ms, rounded to the microsecond. */
export function latencyUpperBound(bin: number): number {
  return Math.round(2 ** (bin / PER_DOUBLING)) / 1000;
}

export function mergeBins(into: LatencyBins, from: Readonly<LatencyBins>): LatencyBins {
  for (const [bin, n] of Object.entries(from)) into[bin] = (into[bin] ?? 0) + n;
  return into;
}

/** The `q` quantile (0..1) in ms as its bin's upper bound; null for an empty histogram. */
export function latencyQuantile(bins: Readonly<LatencyBins>, q: number): number | null {
  const sorted = Object.entries(bins).map(([bin, n]) => [Number(bin), n] as const)
    .filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const [bin, n] of sorted) {
    seen += n;
    if (seen >= q * total) return latencyUpperBound(bin);
  }
  return latencyUpperBound(sorted[sorted.length - 1]![0]);
}

/** p50, p95 and p99 in ms (null without samples). */
export function percentiles(bins: Readonly<LatencyBins>) {
  return {
    p50: latencyQuantile(bins, 0.5),
    p95: latencyQuantile(bins, 0.95),
    p99: latencyQuantile(bins, 0.99),
  };
}
