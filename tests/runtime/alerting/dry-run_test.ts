import assert from "node:assert/strict";
import type { AlertRule } from "../../../events/mod.ts";
import { dryRun, DryRunUnsupportedError } from "../../../src/runtime/alerting/dry-run.ts";
import type { Figures, FigureSeriesFn } from "../../../src/runtime/alerting/metric-source.ts";
import type { EventStore } from "../../../src/store/event-store.ts";

const base: Figures = {
  opened: 10,
  refused: 0,
  failovers: 0,
  errored: 0,
  errorRate: 0,
  relayP50Ms: 0.1,
  relayP99Ms: 0.5,
  responseP50Ms: 10,
  responseP99Ms: 20,
  failoversPerSecond: 0,
  openRefusalsPerSecond: 0,
};

const rule: AlertRule = {
  id: "dry",
  name: "Errors",
  metric: "error_rate",
  op: ">",
  threshold: 0.1,
  forSeconds: 60,
  severity: "warning",
};

/** Ten 1-minute buckets: errors over the threshold in minutes 2-5 (4 buckets), then clean. */
const series: FigureSeriesFn = ({ from }) => {
  const start = Date.parse(from);
  return Promise.resolve(Array.from({ length: 10 }, (_, i) => {
    const errorRate = i >= 2 && i <= 5 ? 0.3 : 0;
    return {
      at: new Date(start + i * 60_000).toISOString(),
      fleet: { ...base, errorRate },
      byAgent: { a1: { ...base, errorRate } },
      byCapability: {},
    };
  }));
};

const noStore = {} as EventStore;
const from = "2026-12-06T00:00:00.000Z";
const to = "2026-12-06T12:00:00.000Z";

Deno.test("dry run: measured figures replayed bucket by bucket through the alert decider", async () => {
  const result = await dryRun({ rule, from, to, stepSeconds: 5 }, {
    store: noStore,
    figureSeries: series,
  });
  assert.equal(result.source, "load-series");
  assert.equal(result.stepSeconds, 60, "a 12 h window reads the 1 min series");
  assert.equal(result.evaluations, 10);
  // Over from the bucket of minute 2 (known at its end, 3 min), firing 60 s later, resolved at
  // the end of minute 6's bucket.
  assert.deepEqual(result.intervals.map((i) => [i.activeAt, i.firedAt, i.resolvedAt]), [[
    "2026-12-06T00:03:00.000Z",
    "2026-12-06T00:04:00.000Z",
    "2026-12-06T00:07:00.000Z",
  ]]);
  assert.equal(result.intervals[0]!.firedValue, 0.3);
  assert.equal(result.intervals[0]!.resolvedValue, 0);

  const perAgent = await dryRun({
    rule: { ...rule, selector: { agentId: "a1" } },
    from,
    to,
    stepSeconds: 5,
  }, {
    store: noStore,
    figureSeries: series,
  });
  assert.deepEqual(perAgent.intervals[0]!.labels, {
    agentId: "a1",
    alertname: "Errors",
    severity: "warning",
  });
});

Deno.test("dry run: metrics without stored series are refused, naming the field", async () => {
  for (const metric of ["sessions", "sessions_per_agent", "projection_lag_ms"] as const) {
    await assert.rejects(
      () => dryRun({ rule: { ...rule, metric }, from, to, stepSeconds: 5 }, { store: noStore }),
      (e: unknown) => e instanceof DryRunUnsupportedError && /rule\.metric/.test(e.message),
    );
  }
  await assert.rejects(
    () => dryRun({ rule, from, to, stepSeconds: 5 }, { store: noStore }),
    DryRunUnsupportedError,
    "measured metrics need figureSeries",
  );
});
