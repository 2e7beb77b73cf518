import assert from "node:assert/strict";
import {
  alertMetricSource,
  type Figures,
  measuredSeries,
  MetricUnavailableError,
  type RecentFigures,
} from "../../../src/runtime/alerting/metric-source.ts";
import { fleetOf } from "../../actors/fleet-kit.ts";

const figures = (over: Partial<Figures> = {}): Figures => ({
  opened: 100,
  refused: 5,
  failovers: 2,
  errored: 1,
  errorRate: 0.08,
  relayP50Ms: 0.2,
  relayP99Ms: 0.9,
  responseP50Ms: 50,
  responseP99Ms: 80,
  failoversPerSecond: 0.1,
  openRefusalsPerSecond: 0.2,
  ...over,
});

const recent: RecentFigures = {
  fleet: figures(),
  byAgent: { a1: figures({ errorRate: 0.5 }), a2: figures({ errorRate: 0, relayP99Ms: null }) },
  byCapability: { echo: figures({ responseP99Ms: 120 }) },
};

Deno.test("metric source: measured metrics pick their scope by selector; null figures give no series", () => {
  assert.deepEqual(measuredSeries("error_rate", recent, undefined), [{ labels: {}, value: 0.08 }]);
  assert.deepEqual(measuredSeries("error_rate", recent, { agentId: "a1" }), [
    { labels: { agentId: "a1" }, value: 0.5 },
  ]);
  assert.deepEqual(measuredSeries("relay_p99_ms", recent, { agentId: "a2" }), []);
  assert.deepEqual(measuredSeries("error_rate", recent, { agentId: "*" }), [
    { labels: { agentId: "a1" }, value: 0.5 },
    { labels: { agentId: "a2" }, value: 0 },
  ]);
  assert.deepEqual(measuredSeries("response_p99_ms", recent, { capability: "echo" }), [
    { labels: { capability: "echo" }, value: 120 },
  ]);
  assert.deepEqual(measuredSeries("failovers_per_s", recent, {}), [{ labels: {}, value: 0.1 }]);
  assert.deepEqual(measuredSeries("open_refusals_per_s", recent, undefined), [
    { labels: {}, value: 0.2 },
  ]);
});

Deno.test("metric source: fleet metrics from the in-memory view, one series per agent", async () => {
  const view = fleetOf([
    { id: "a1" },
    { id: "a2", health: "suspect" },
    { id: "a3", health: "unhealthy" },
    { id: "a4", deregistered: true },
  ]);
  let asked = 0;
  const source = alertMetricSource({
    view,
    projectionLagMs: () => ({ registry: 0, alerts: 250 }),
    recentFigures: () => {
      asked++;
      return Promise.resolve(recent);
    },
  });
  assert.deepEqual(await source.sample("agent_unhealthy"), [
    { labels: { agentId: "a1", agent: "a1" }, value: 0 },
    { labels: { agentId: "a2", agent: "a2" }, value: 0.5 },
    { labels: { agentId: "a3", agent: "a3" }, value: 1 },
  ]);
  assert.deepEqual(await source.sample("agent_unhealthy", { agentId: "a3" }), [
    { labels: { agentId: "a3", agent: "a3" }, value: 1 },
  ]);
  assert.deepEqual(await source.sample("unhealthy_agents"), [{ labels: {}, value: 1 }]);
  assert.deepEqual(await source.sample("sessions"), [{ labels: {}, value: 0 }]);
  assert.equal((await source.sample("sessions_per_agent")).length, 3);
  assert.deepEqual(await source.sample("projection_lag_ms", { projection: "alerts" }), [
    { labels: { projection: "alerts" }, value: 250 },
  ]);
  await source.sample("error_rate");
  await source.sample("relay_p99_ms");
  assert.equal(asked, 1, "measured figures are read once for a round");
});

Deno.test("metric source: without measured figures, measured metrics are unavailable (not zero)", async () => {
  const source = alertMetricSource({ view: fleetOf([]), projectionLagMs: () => ({}) });
  await assert.rejects(() => source.sample("error_rate"), MetricUnavailableError);
});
