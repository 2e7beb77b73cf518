import assert from "node:assert/strict";
import { createReadModels } from "../../projections/read-models.ts";
import { registryProjection } from "../../projections/registry/mod.ts";
import { startProjections } from "../../projections/mod.ts";
import { eachBackend } from "./backends.ts";
import { Driver } from "./driver.ts";

eachBackend(
  "registry: agents with status, versions, weight, heartbeat load and live sessions",
  async ({ store, space }) => {
    const fleet = new Driver(store);
    await fleet.register("a1", 0, { version: "1.0.0", weight: 2, capabilities: ["echo", "chat"] });
    await fleet.register("a2", 1);
    await fleet.register("a1", 2, { version: "1.1.0", weight: 2, capabilities: ["echo", "chat"] });
    await fleet.send("agent", "a1", "heartbeat", {
      sessions: 3,
      cpu: 40,
      queueDepth: 1,
      latencyMs: 12,
    }, 3);

    const running = await startProjections(store, space, { projections: [registryProjection] });
    try {
      await running.caughtUp();
      const models = createReadModels(store, space);
      const first = await models.listAgents({ limit: 10 });
      assert.deepEqual(first.items.map((a) => [a.id, a.status, a.version]), [
        ["a1", "healthy", "1.1.0"],
        ["a2", "healthy", "0.0.0"],
      ]);

      // Live: what happens after start reaches the read model.
      await fleet.openRouted("s1", "a1", 4);
      await fleet.openRouted("s2", "a1", 4);
      await fleet.openRouted("s3", "a2", 5);
      await fleet.send("session", "s1", "close", { reason: "done" }, 6);
      await fleet.send("agent", "a2", "setWeight", { weight: 7 }, 7);
      await fleet.send("agent", "a2", "drain", {}, 8);
      await running.caughtUp();

      const a1 = await models.getAgent("a1");
      assert.ok(a1);
      assert.equal(a1.currentSessions, 1);
      assert.deepEqual(a1.capabilities, ["chat", "echo"]);
      assert.deepEqual(a1.load, { sessions: 3, cpu: 40, queueDepth: 1, latencyMs: 12 });
      assert.equal(a1.lastHeartbeatAt, "2026-11-25T12:00:03.000Z");
      assert.deepEqual(a1.versions.map((v) => [v.version, v.previousVersion]), [
        ["1.0.0", null],
        ["1.1.0", "1.0.0"],
      ]);
      const a2 = await models.getAgent("a2");
      assert.equal(a2?.status, "draining");
      assert.equal(a2?.weight, 7);
      assert.equal(a2?.currentSessions, 1);
      assert.equal(await models.getAgent("nope"), undefined);

      // Filters and keyset pages.
      assert.deepEqual(
        (await models.listAgents({ limit: 10, status: "draining" })).items.map((a) => a.id),
        ["a2"],
      );
      assert.deepEqual(
        (await models.listAgents({ limit: 10, capability: "chat" })).items.map((a) => a.id),
        ["a1"],
      );
      const page1 = await models.listAgents({ limit: 1 });
      assert.equal(page1.nextCursor, "a1");
      const page2 = await models.listAgents({ limit: 1, cursor: page1.nextCursor! });
      assert.deepEqual(page2.items.map((a) => a.id), ["a2"]);
      assert.equal(page2.nextCursor, null);
    } finally {
      await running.stop();
    }
  },
);
