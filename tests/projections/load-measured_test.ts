import assert from "node:assert/strict";
import type { EdgeFigureGroup } from "../../events/mod.ts";
import { latencyBin } from "../../projections/load/latency.ts";
import {
  figureSeries,
  loadProjection,
  type LoadTables,
  recentFigures,
  setLoadRetention,
} from "../../projections/load/mod.ts";
import { createReadModels } from "../../projections/read-models.ts";
import { rebuildAll, startProjections } from "../../projections/mod.ts";
import type { ReadSet } from "../../projections/projection.ts";
import { ProjectionReader } from "../../projections/reader.ts";
import { eachBackend } from "./backends.ts";
import { at, Driver } from "./driver.ts";

/** `n` samples of `ms` as histogram bins, the way the edge bins them. */
const bins = (...samples: [ms: number, n: number][]) => {
  const out: Record<string, number> = {};
  for (const [ms, n] of samples) out[latencyBin(ms)] = (out[latencyBin(ms)] ?? 0) + n;
  return out;
};
const group = (over: Partial<EdgeFigureGroup>): Partial<EdgeFigureGroup> => ({
  capability: "echo",
  ...over,
});

async function measuredLog(fleet: Driver) {
  await fleet.register("a1", 0);
  await fleet.register("a2", 0);
  // Bucket 12:00:00–10: edge-a opens 8 on a1, 2 on a2; one unknown capability refused.
  await fleet.send("edge", "edge-a", "reportFigures", {
    intervalMs: 10_000,
    groups: [
      group({ agentId: "a1", opened: 8, relay: bins([0.02, 90], [0.5, 10]) }),
      group({ agentId: "a2", opened: 2, response: bins([50, 20]) }),
      group({ capability: "nope", refused: { "4013": 1 } }),
    ],
  }, 5);
  await fleet.send("agent", "a1", "heartbeat", { cpu: 10.1, queueDepth: 2, latencyMs: 3 }, 6);
  await fleet.send("agent", "a1", "heartbeat", { cpu: 20.2, queueDepth: 6 }, 8);
  // Bucket 12:00:10–20: a1 dies, one session fails over to a2, one errors out.
  await fleet.send("edge", "edge-a", "reportFigures", {
    intervalMs: 10_000,
    groups: [
      group({ agentId: "a1", agentErrors: 2, errored: 1, clientCloses: { "1000": 3 } }),
      group({ agentId: "a2", failovers: { agent_lost: 1 }, response: bins([60, 5]) }),
    ],
  }, 15);
  // Another node's edge, in the same bucket.
  await fleet.send("edge", "edge-b", "reportFigures", {
    intervalMs: 10_000,
    groups: [group({ agentId: "a2", opened: 4, refused: { "4001": 2 } })],
  }, 16);
  // Bucket 12:00:30–40 (12:00:20–30 is empty): a late heartbeat.
  await fleet.send("agent", "a2", "heartbeat", { cpu: 50 }, 35);
}

eachBackend(
  "load: the edge's figures and heartbeats per fleet, node, agent and capability, as windows and series",
  async ({ store, space }) => {
    const fleet = new Driver(store);
    await measuredLog(fleet);
    const running = await startProjections(store, space, { projections: [loadProjection] });
    try {
      await running.caughtUp();
      const models = createReadModels(store, space);
      const [all] = (await models.load("fleet")).figures;
      assert.ok(all);
      // Attempts: 8 + 2 + 4 relayed, 1 + 2 refused; failures: 3 refused, 1 failover, 1 errored.
      assert.equal(all.opened, 17);
      assert.equal(all.refused, 3);
      assert.equal(all.failovers, 1);
      assert.equal(all.errored, 1);
      assert.equal(all.agentErrors, 2);
      assert.equal(all.errorRate, 5 / 17);
      assert.deepEqual(all.refusedByCode, { "4013": 1, "4001": 2 });
      assert.deepEqual(all.failoversByReason, { agent_lost: 1 });
      assert.deepEqual(all.clientClosesByCode, { "1000": 3 });
      assert.equal(all.failoversPerSecond, 1 / 60);
      assert.equal(all.openRefusalsPerSecond, 3 / 60);
      // 90 of 100 chunks at 20 µs: p50 is 20 µs (to the bin), p99 is 0.5 ms.
      const relay = all.relayLatencyMs;
      assert.ok(relay.p50! >= 0.02 && relay.p50! < 0.024, String(relay.p50));
      assert.ok(relay.p99! >= 0.5 && relay.p99! < 0.6, String(relay.p99));
      assert.equal(all.latencyP50Ms, relay.p50, "the old name is an alias of relay p50");
      const response = all.responseLatencyMs;
      assert.ok(response.p50! >= 50 && response.p50! < 60, String(response.p50));
      assert.ok(response.p99! >= 60 && response.p99! < 72, String(response.p99));
      assert.equal(all.heartbeat.heartbeats, 3);

      const nodes = (await models.load("node")).figures.map((f) => [f.key, f.opened, f.refused]);
      assert.deepEqual(nodes, [["edge-a", 11, 1], ["edge-b", 6, 2]]);
      const caps = (await models.load("capability")).figures.map((f) => [f.key, f.opened]);
      assert.deepEqual(caps, [["echo", 16], ["nope", 1]]);

      // Heartbeats as a series of a1, per 10 s bucket: means and the deepest queue.
      const a1 = await models.loadSeries({ scope: "agent", key: "a1", resolution: 10, limit: 10 });
      assert.deepEqual(a1.map((p) => [p.start, p.heartbeat]), [
        [at(10), {
          heartbeats: 0,
          cpu: null,
          queueDepth: null,
          queueDepthMax: null,
          latencyMs: null,
        }],
        [at(0), { heartbeats: 2, cpu: 15.15, queueDepth: 4, queueDepthMax: 6, latencyMs: 3 }],
      ]);
      assert.deepEqual(a1.map((p) => [p.opened, p.agentErrors, p.errored]), [[0, 2, 1], [8, 0, 0]]);

      // What alert rules read.
      const reader = new ProjectionReader(space);
      const read = <T>(q: (set: ReadSet<LoadTables>) => Promise<T>) =>
        reader.read(loadProjection, q, undefined);
      const recent = await read((set) => recentFigures(set, { windowSeconds: 60 }));
      assert.ok(recent);
      assert.equal(recent.fleet.errorRate, 5 / 17);
      assert.equal(recent.fleet.openRefusalsPerSecond, 3 / 60);
      assert.deepEqual(Object.keys(recent.byAgent), ["a1", "a2"]);
      assert.equal(recent.byAgent["a2"]!.failovers, 1);
      assert.equal(recent.byAgent["a2"]!.relayP99Ms, null);
      assert.ok(recent.byAgent["a2"]!.responseP50Ms! >= 50);
      assert.deepEqual(Object.keys(recent.byCapability), ["echo", "nope"]);
      assert.equal(recent.byCapability["nope"]!.errorRate, 1);
      // A 10 s window at 12:00:15 sees only the second bucket.
      const last = await read((set) => recentFigures(set, { windowSeconds: 10, at: at(15) }));
      assert.equal(last!.fleet.opened, 6);
      assert.equal(last!.fleet.failoversPerSecond, 1 / 10);

      const series = await read((set) =>
        figureSeries(set, { from: at(0), to: at(40), resolution: 10 })
      );
      assert.deepEqual(series!.map((s) => [s.at, s.fleet.opened, s.fleet.failovers]), [
        [at(0), 11, 0],
        [at(10), 6, 1],
        [at(20), 0, 0], // empty buckets are there too: a dry run walks every step
        [at(30), 0, 0],
      ]);
      assert.equal(series![2]!.fleet.errorRate, 0);
      assert.equal(series![2]!.fleet.responseP50Ms, null);
      const minutes = await read((set) =>
        figureSeries(set, { from: at(0), to: at(60), resolution: 60 })
      );
      assert.deepEqual(minutes!.map((s) => [s.at, s.fleet.opened]), [[at(0), 17]]);

      // The live fold (whatever its batches) and a rebuild from position 0 agree, row for row.
      const replay = await rebuildAll(store, space, [loadProjection]);
      assert.equal(replay.identical, true, JSON.stringify(replay.projections));
    } finally {
      await running.stop();
    }
  },
);

eachBackend(
  "load: buckets older than the configured retention are pruned on the events' clock",
  async ({ store, space }) => {
    setLoadRetention({ 10: 30, 60: 120 });
    try {
      const fleet = new Driver(store);
      await fleet.register("a1", 0);
      await fleet.send("agent", "a1", "heartbeat", { cpu: 1 }, 0);
      await fleet.send("agent", "a1", "heartbeat", { cpu: 2 }, 45);
      await fleet.send("agent", "a1", "heartbeat", { cpu: 3 }, 130);
      await fleet.send("agent", "a1", "heartbeat", { cpu: 4 }, 185);
      const running = await startProjections(store, space, { projections: [loadProjection] });
      try {
        await running.caughtUp();
        const models = createReadModels(store, space);
        const tens = await models.loadSeries({
          scope: "agent",
          key: "a1",
          resolution: 10,
          limit: 50,
        });
        assert.deepEqual(tens.map((p) => p.start), [at(180)]);
        const minutes = await models.loadSeries({
          scope: "agent",
          key: "a1",
          resolution: 60,
          limit: 50,
        });
        assert.deepEqual(minutes.map((p) => p.start), [at(180), at(120)]);
      } finally {
        await running.stop();
      }
    } finally {
      setLoadRetention({});
    }
  },
);
