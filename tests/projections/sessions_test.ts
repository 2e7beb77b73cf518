import assert from "node:assert/strict";
import { createReadModels } from "../../projections/read-models.ts";
import { startProjections } from "../../projections/mod.ts";
import { createSessionsProjection, sessionsProjection } from "../../projections/sessions/mod.ts";
import { eachBackend } from "./backends.ts";
import { Driver } from "./driver.ts";

eachBackend(
  "sessions: active and recent sessions with agent, times, rebinds, traffic and status",
  async ({ store, space }) => {
    const fleet = new Driver(store);
    await fleet.register("a1", 0);
    await fleet.register("a2", 0);
    await fleet.openRouted("s1", "a1", 1);
    await fleet.openRouted("s2", "a1", 2);
    await fleet.traffic("s1", 3);
    await fleet.traffic("s1", 8, { errors: 2 });
    await fleet.send("session", "s1", "rebind", {
      agentId: "a2",
      reason: "agent failed",
      decision: { strategy: "least-connections", candidates: [], reason: "fewest" },
    }, 9);
    await fleet.send("session", "s2", "detach", { edgeId: "edge-a", graceSeconds: 30 }, 10);
    await fleet.send("session", "s2", "resume", {
      edgeId: "edge-b",
      resumeTokenHash: "hash-s2",
      agentHealthy: true,
    }, 11);
    await fleet.send("session", "s2", "close", { reason: "client closed", code: 1000 }, 12);

    const running = await startProjections(store, space, { projections: [sessionsProjection] });
    try {
      await running.caughtUp();
      const models = createReadModels(store, space);
      const s1 = await models.getSession("s1");
      assert.ok(s1);
      assert.equal(s1.status, "active");
      assert.equal(s1.agentId, "a2");
      assert.equal(s1.rebinds, 1);
      assert.equal(s1.strategy, "least-connections");
      assert.equal(s1.capability, "echo");
      assert.equal(s1.clientId, "client-s1");
      assert.equal(s1.openedAt, "2026-11-25T12:00:01.000Z");
      assert.deepEqual(s1.traffic, {
        framesIn: 20,
        framesOut: 40,
        bytesIn: 2000,
        bytesOut: 4000,
        errors: 2,
      });
      const s2 = await models.getSession("s2");
      assert.equal(s2?.status, "closed");
      assert.equal(s2?.closeCode, 1000);
      assert.equal(s2?.closeReason, "client closed");
      assert.equal(s2?.edgeId, "edge-b");
      assert.equal(s2?.resumes, 1);
      assert.equal(s2?.detaches, 1);
      assert.equal(await models.getSession("nope"), undefined);

      // Newest first; filters by agent and status; keyset pages.
      const all = await models.listSessions({ limit: 10 });
      assert.deepEqual(all.items.map((s) => s.id), ["s2", "s1"]);
      assert.deepEqual(
        (await models.listSessions({ limit: 10, agentId: "a2" })).items.map((s) => s.id),
        ["s1"],
      );
      assert.deepEqual(
        (await models.listSessions({ limit: 10, status: "closed" })).items.map((s) => s.id),
        ["s2"],
      );
      const page1 = await models.listSessions({ limit: 1 });
      assert.ok(page1.nextCursor);
      const page2 = await models.listSessions({ limit: 1, cursor: Number(page1.nextCursor) });
      assert.deepEqual(page2.items.map((s) => s.id), ["s1"]);
      assert.equal(page2.nextCursor, null);
    } finally {
      await running.stop();
    }
  },
);

eachBackend(
  "sessions: closed sessions leave after the retention, measured on the events' clock",
  async ({ store, space }) => {
    const fleet = new Driver(store);
    await fleet.register("a1", 0);
    await fleet.openRouted("old", "a1", 0);
    await fleet.send("session", "old", "close", { reason: "done" }, 10);
    await fleet.openRouted("live", "a1", 20);
    const projection = createSessionsProjection(60);
    const running = await startProjections(store, space, { projections: [projection] });
    try {
      await running.caughtUp();
      const models = createReadModels(store, space);
      assert.ok(await models.getSession("old"), "closed 10 s ago (event time): still listed");
      await fleet.openRouted("later", "a1", 71);
      await running.caughtUp();
      assert.equal(
        await models.getSession("old"),
        undefined,
        "closed 61 s before the latest event",
      );
      assert.ok(await models.getSession("live"));
    } finally {
      await running.stop();
    }
  },
);
