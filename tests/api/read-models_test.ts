import assert from "node:assert/strict";
import type { Hono } from "hono";
import { allProjections, startProjections } from "../../projections/mod.ts";
import { createReadModels } from "../../projections/read-models.ts";
import { apiApp } from "../../src/api/app.ts";
import type { AuthEnv } from "../../src/api/middleware/auth.ts";
import { readModelRoutes } from "../../src/api/routes/read-models.ts";
import { type Backend, eachBackend, pgliteBackend } from "../projections/backends.ts";
import { Driver } from "../projections/driver.ts";

async function fleetWithTraffic(backend: Backend) {
  const fleet = new Driver(backend.store);
  await fleet.register("a1", 0, { capabilities: ["echo", "chat"], version: "1.0.0" });
  const { positions } = await fleet.register("a2", 1);
  await fleet.openRouted("s1", "a1", 2);
  await fleet.openRouted("s2", "a2", 3, "chat");
  await fleet.traffic("s1", 4, { latencyP50Ms: 8, latencyP99Ms: 30 });
  await fleet.send("session", "s2", "close", { reason: "done", code: 1000 }, 5);
  await fleet.send("agent", "a2", "drain", {}, 6);
  return { afterA2: positions[0]! };
}

function appOn(backend: Backend): Hono {
  const models = createReadModels(backend.store, backend.space);
  return apiApp({
    auth: { enabled: false, verify: () => Promise.reject() },
    readiness: {},
    v1: [readModelRoutes<AuthEnv>(models)],
  });
}

eachBackend(
  "read-model routes: agents, sessions, load, summary and time travel",
  async (backend) => {
    const { afterA2 } = await fleetWithTraffic(backend);
    const running = await startProjections(backend.store, backend.space, {
      projections: allProjections,
    });
    try {
      await running.caughtUp();
      const app = appOn(backend);
      const get = async (path: string) => {
        const response = await app.request(`/api/v1${path}`);
        assert.equal(response.status, 200, `${path}: ${response.status}`);
        return await response.json();
      };

      const agents = await get("/agents?limit=1");
      assert.deepEqual(agents.items.map((a: { id: string }) => a.id), ["a1"]);
      assert.equal(agents.nextCursor, "a1");
      const rest = await get(`/agents?limit=1&cursor=${agents.nextCursor}`);
      assert.deepEqual(rest.items.map((a: { id: string; status: string }) => [a.id, a.status]), [[
        "a2",
        "draining",
      ]]);
      assert.deepEqual((await get("/agents?status=draining")).items.length, 1);
      assert.deepEqual(
        (await get("/agents?capability=chat")).items.map((a: { id: string }) => a.id),
        ["a1"],
      );

      const a1 = await get("/agents/a1");
      assert.equal(a1.currentSessions, 1);
      assert.deepEqual(a1.versions.map((v: { version: string }) => v.version), ["1.0.0"]);

      const sessions = await get("/sessions?agentId=a2");
      assert.deepEqual(
        sessions.items.map((s: { id: string; status: string }) => [s.id, s.status]),
        [["s2", "closed"]],
      );
      assert.equal((await get("/sessions?status=active")).items.length, 1);
      const ids = async (query: string) =>
        (await get(`/sessions?${query}`)).items.map((s: { id: string }) => s.id);
      assert.deepEqual(await ids("capability=chat"), ["s2"]);
      assert.deepEqual(await ids("capability=echo"), ["s1"]);
      assert.deepEqual(await ids("clientId=client-s1"), ["s1"]);
      assert.deepEqual(await ids("clientId=client-s1&capability=chat"), []);
      assert.deepEqual(await ids("clientId=client"), [], "exact, not a prefix");
      const s1 = await get("/sessions/s1");
      assert.equal(s1.traffic.framesIn, 10);

      const summary = await get("/metrics/summary");
      assert.equal(summary.connections, 1);
      assert.deepEqual(summary.sessionsPerAgent, [{ agentId: "a1", sessions: 1 }]);
      assert.equal(summary.framesPerSecond, 30 / 60);
      assert.equal(summary.bytesPerSecond, 3000 / 60);
      assert.equal(summary.errorRate, 0);
      assert.ok(summary.latencyP50Ms >= 8 && summary.latencyP99Ms >= 30);

      const load = await get("/load?scope=agent");
      assert.deepEqual(load.figures.map((f: { key: string }) => f.key), ["a1"]);
      const series = await get("/load/series?scope=agent&key=a1&resolution=60");
      assert.equal(series.items.length, 1);

      const past = await get(`/agents?at=${afterA2}`);
      assert.equal(past.at, afterA2);
      assert.deepEqual(past.items.map((a: { id: string; status: string }) => [a.id, a.status]), [
        ["a1", "healthy"],
        ["a2", "healthy"],
      ]);
    } finally {
      await running.stop();
    }
  },
);

eachBackend("read-model routes: 400 names the field, 404 for unknown ids", async (backend) => {
  await fleetWithTraffic(backend);
  const running = await startProjections(backend.store, backend.space, {
    projections: allProjections,
  });
  try {
    await running.caughtUp();
    const app = appOn(backend);
    const bad: [string, string][] = [
      ["/agents?status=sleepy", "query.status"],
      ["/agents?limit=0", "query.limit"],
      ["/agents?limit=5000", "query.limit"],
      ["/agents?at=-3", "query.at"],
      ["/agents?cursor=no%20spaces", "query.cursor"],
      ["/sessions?status=gone", "query.status"],
      ["/sessions?cursor=abc", "query.cursor"],
      ["/sessions?capability=", "query.capability"],
      [`/sessions?clientId=${"x".repeat(201)}`, "query.clientId"],
      ["/load?scope=planet", "query.scope"],
      ["/load/series?resolution=30", "query.resolution"],
      ["/agents/bad%20id", "path.id"],
    ];
    for (const [path, field] of bad) {
      const response = await app.request(`/api/v1${path}`);
      assert.equal(response.status, 400, path);
      const body = await response.json();
      assert.equal(body.error.code, "validation_failed", path);
      assert.ok(body.error.message.startsWith(field), `${path}: ${body.error.message}`);
    }
    for (const path of ["/agents/nobody", "/sessions/nothing"]) {
      const response = await app.request(`/api/v1${path}`);
      assert.equal(response.status, 404, path);
      const body = await response.json();
      assert.equal(body.error.code, "not_found");
      assert.match(body.error.message, /nobody|nothing/);
    }
  } finally {
    await running.stop();
  }
});

Deno.test("read-model routes: before any projection ran, lists are empty and the summary is zero", async () => {
  const backend = await pgliteBackend();
  try {
    const app = appOn(backend);
    const agents = await (await app.request("/api/v1/agents")).json();
    assert.deepEqual(agents, { items: [], nextCursor: null });
    const summary = await (await app.request("/api/v1/metrics/summary")).json();
    assert.equal(summary.connections, 0);
    assert.equal((await app.request("/api/v1/agents/a1")).status, 404);
  } finally {
    await backend.close();
  }
});
