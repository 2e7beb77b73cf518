import assert from "node:assert/strict";
import {
  latencyBin,
  latencyQuantile,
  latencyUpperBound,
  MAX_LATENCY_BIN,
  mergeBins,
  percentiles,
} from "../../projections/load/latency.ts";

Deno.test("latency bins: a value falls in the bin whose upper bound is at most 19% above it", () => {
  for (const ms of [0.0015, 0.02, 0.1, 0.999, 1, 7.3, 50, 1234, 60_000]) {
    const upper = latencyUpperBound(latencyBin(ms));
    assert.ok(upper >= ms - 0.0005 && upper <= ms * 1.19 + 0.001, `${ms} ms → ${upper}`);
  }
  assert.equal(latencyBin(0), 0);
  assert.equal(latencyBin(-1), 0);
  assert.equal(latencyBin(Number.NaN), 0);
  assert.equal(latencyBin(1e12), MAX_LATENCY_BIN);
});

Deno.test("latency bins: quantiles read off merged histograms; none without samples", () => {
  const a: Record<string, number> = {};
  a[latencyBin(0.05)] = 98;
  const b: Record<string, number> = {};
  b[latencyBin(10)] = 2;
  const both = mergeBins(mergeBins({}, a), b);
  assert.equal(latencyQuantile(both, 0.5), latencyUpperBound(latencyBin(0.05)));
  assert.equal(latencyQuantile(both, 0.99), latencyUpperBound(latencyBin(10)));
  assert.deepEqual(percentiles({}), { p50: null, p95: null, p99: null });
});
