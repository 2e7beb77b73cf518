/**
 * Latency histograms. Traffic reports carry each session's own p50/p99
 * over its interval; percentiles do not add up, so each bucket keeps a
 * histogram of the reported values, weighted by the frames they cover, and
 * the fleet's p50 (p99) is read off the histogram of reported p50s (p99s).
 * Bins are logarithmic, four per doubling (about 19% wide): enough to tell
 * 10 ms from 12 ms, and a bucket holds at most ~90 bins whatever its traffic.
 */
export type Histogram = Record<string, number>;

const BINS_PER_DOUBLING = 4;
const MAX_BIN = 96; // 2^24 ms, about 4.7 hours: anything slower is "slower than that"

export function binOf(ms: number): number {
  if (!(ms > 1)) return 0;
  return Math.min(MAX_BIN, Math.ceil(Math.log2(ms) * BINS_PER_DOUBLING));
}

/** The upper bound of a bin, in ms, rounded to 0.01 ms. */
export function upperBound(bin: number): number {
  return Math.round(2 ** (bin / BINS_PER_DOUBLING) * 100) / 100;
}

export function record(histogram: Histogram, ms: number, weight: number): void {
  const bin = String(binOf(ms));
  histogram[bin] = (histogram[bin] ?? 0) + weight;
}

export function merge(into: Histogram, from: Histogram): void {
  for (const [bin, weight] of Object.entries(from)) into[bin] = (into[bin] ?? 0) + weight;
}

/** The `q` quantile (0..1) as a bin's upper bound; null for an empty histogram. */
export function quantile(histogram: Histogram, q: number): number | null {
  const bins = Object.entries(histogram).map(([bin, w]) => [Number(bin), w] as const)
    .sort(([a], [b]) => a - b);
  const total = bins.reduce((sum, [, w]) => sum + w, 0);
  if (total <= 0) return null;
  let seen = 0;
  for (const [bin, weight] of bins) {
    seen += weight;
    if (seen >= q * total) return upperBound(bin);
  }
  return upperBound(bins[bins.length - 1]![0]);
}
