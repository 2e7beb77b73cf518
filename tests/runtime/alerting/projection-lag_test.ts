import assert from "node:assert/strict";
import { ProjectionLag } from "../../../src/runtime/alerting/projection-lag.ts";

Deno.test("projection lag: ms since the oldest event a projection has not applied was seen", () => {
  let now = 1_000;
  const positions = { registry: 0, alerts: 0 };
  const lag = new ProjectionLag(() => positions, () => now);
  assert.deepEqual(lag.lagMs(), { registry: 0, alerts: 0 });
  lag.observe({ position: 1 });
  now = 1_100;
  lag.observe({ position: 2 });
  now = 1_400;
  assert.deepEqual(lag.lagMs(), { registry: 400, alerts: 400 });
  positions.registry = 1;
  assert.deepEqual(lag.lagMs(), { registry: 300, alerts: 400 });
  positions.registry = 2;
  positions.alerts = 2;
  assert.deepEqual(lag.lagMs(), { registry: 0, alerts: 0 });
});
