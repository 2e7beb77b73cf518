import assert from "node:assert/strict";
import { loadProjection } from "../../projections/load/mod.ts";
import { createReadModels } from "../../projections/read-models.ts";
import { startProjections } from "../../projections/mod.ts";
import { eachBackend } from "./backends.ts";
import { Driver } from "./driver.ts";

eachBackend(
  "load: per agent and capability rates, error rate, latency percentiles and series",
  async ({ store, space }) => {
    const fleet = new Driver(store);
    await fleet.register("a1", 0, { capabilities: ["echo", "chat"] });
    await fleet.register("a2", 0);
    await fleet.openRouted("s1", "a1", 1, "echo");
    await fleet.openRouted("s2", "a1", 1, "chat");
    await fleet.openRouted("s3", "a2", 1, "echo");
    // Within one minute of the latest event (t = 65): s1 and s3 report; s2's report is older.
    await fleet.traffic("s2", 2, {
      framesIn: 1000,
      framesOut: 0,
      latencyP50Ms: 500,
      latencyP99Ms: 900,
    });
    await fleet.traffic("s1", 30, {
      framesIn: 60,
      framesOut: 60,
      bytesIn: 6000,
      bytesOut: 0,
      errors: 0,
      latencyP50Ms: 10,
      latencyP99Ms: 40,
    });
    await fleet.traffic("s3", 64, {
      framesIn: 50,
      framesOut: 10,
      bytesIn: 600,
      bytesOut: 0,
      errors: 3,
      latencyP50Ms: 20,
      latencyP99Ms: 100,
    });
    await fleet.send("session", "s2", "close", { reason: "done" }, 65);

    const running = await startProjections(store, space, { projections: [loadProjection] });
    try {
      await running.caughtUp();
      const models = createReadModels(store, space);
      const fleetLoad = await models.load("fleet");
      assert.equal(fleetLoad.asOf, "2026-11-25T12:01:05.000Z");
      const [all] = fleetLoad.figures;
      assert.ok(all);
      assert.equal(all.liveSessions, 2);
      assert.equal(all.framesPerSecond, (120 + 60) / 60);
      assert.equal(all.bytesPerSecond, 6600 / 60);
      assert.equal(all.frameErrorRate, 3 / (180 + 3));
      assert.equal(all.errorRate, 0); // no edge figures: nothing opened, refused or failed over
      assert.equal(all.reports, 2);
      // Frame-weighted: 120 frames at p50 10 ms, 60 at 20 ms → the median is in the 10 ms bin.
      assert.ok(all.latencyP50Ms! >= 10 && all.latencyP50Ms! < 12, String(all.latencyP50Ms));
      assert.ok(all.latencyP99Ms! >= 100 && all.latencyP99Ms! < 120, String(all.latencyP99Ms));

      const agents = await models.load("agent");
      assert.deepEqual(agents.figures.map((f) => [f.key, f.liveSessions, f.reports]), [
        ["a1", 1, 1],
        ["a2", 1, 1],
      ]);
      const echo = await models.load("capability", "echo");
      assert.deepEqual(echo.figures.map((f) => [f.key, f.liveSessions, f.framesPerSecond]), [
        ["echo", 2, 3],
      ]);

      const series = await models.loadSeries({
        scope: "agent",
        key: "a1",
        resolution: 60,
        limit: 10,
      });
      assert.deepEqual(series.map((p) => [p.start, p.reports]), [
        ["2026-11-25T12:00:00.000Z", 2],
      ]);
      const tens = await models.loadSeries({ scope: "fleet", key: "*", resolution: 10, limit: 2 });
      assert.deepEqual(tens.map((p) => p.start), [
        "2026-11-25T12:01:00.000Z",
        "2026-11-25T12:00:30.000Z",
      ]);
    } finally {
      await running.stop();
    }
  },
);
