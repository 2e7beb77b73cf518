import assert from "node:assert/strict";
import { startTestNode, type TestNode } from "../support/node.ts";
import { waitFor } from "../support/services.ts";

const spec = {
  name: "echo-1",
  host: "127.0.0.1",
  port: 8801,
  agentType: "echo",
  capabilities: ["echo"],
};

async function withNode(fn: (t: TestNode) => Promise<void>, env: Record<string, string> = {}) {
  const t = await startTestNode(env);
  try {
    await fn(t);
  } finally {
    await t.stop();
  }
}

async function json(res: Response) {
  return { status: res.status, body: await res.json() };
}

Deno.test("agent routes: register, heartbeat, drain, deregister as the contract says", async () => {
  await withNode(async (t) => {
    const admin = await t.token("root", ["admin"]);
    const reg = await json(
      await t.call("/api/v1/agents", {
        method: "POST",
        token: admin,
        body: JSON.stringify({ id: "a1", ...spec }),
      }),
    );
    assert.equal(reg.status, 201);
    assert.equal(reg.body.id, "a1");
    assert.equal(reg.body.status, "healthy");
    assert.equal(reg.body.path, "/");
    assert.equal(reg.body.weight, 1);

    const hb = await t.call("/api/v1/agents/a1/heartbeat", {
      method: "POST",
      token: admin,
      body: JSON.stringify({ sessions: 3, cpu: 12.5 }),
    });
    assert.equal(hb.status, 200);
    await hb.body?.cancel();
    await waitFor(() => t.node.fleet.view.agent("a1")?.load.sessions === 3, "the heartbeat's load");

    const drain = await json(
      await t.call("/api/v1/agents/a1/drain", { method: "POST", token: admin }),
    );
    assert.equal(drain.status, 202);
    const del = await json(await t.call("/api/v1/agents/a1", { method: "DELETE", token: admin }));
    assert.equal(del.status, 200);
    const late = await json(
      await t.call("/api/v1/agents/a1/heartbeat", { method: "POST", token: admin, body: "{}" }),
    );
    assert.equal(late.status, 409);
    assert.equal(late.body.error.code, "agent_deregistered");
  });
});

Deno.test("agent routes: bad input gets a 4xx naming the problem", async () => {
  await withNode(async (t) => {
    const admin = await t.token("root", ["admin"]);
    const post = (path: string, body: string) =>
      t.call(path, { method: "POST", token: admin, body }).then(json);

    const malformed = await post("/api/v1/agents", "{nope");
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.error.code, "malformed_json");

    const badPort = await post("/api/v1/agents", JSON.stringify({ ...spec, port: 70000 }));
    assert.equal(badPort.status, 400);
    assert.match(badPort.body.error.message, /body\.port/);

    const wrongType = await post(
      "/api/v1/agents",
      JSON.stringify({ ...spec, capabilities: "echo" }),
    );
    assert.equal(wrongType.status, 400);
    assert.match(wrongType.body.error.message, /body\.capabilities/);

    const badId = await post("/api/v1/agents/bad%20id/heartbeat", "{}");
    assert.equal(badId.status, 400);
    assert.match(badId.body.error.message, /path\.id/);

    const unknown = await post("/api/v1/agents/ghost/heartbeat", "{}");
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, "agent_not_found");

    const noRoute = await json(await t.call("/api/v1/nothing-here", { token: admin }));
    assert.equal(noRoute.status, 404);
    assert.equal(noRoute.body.error.code, "not_found");
  });
});

Deno.test("agent routes: authentication and who may act on which agent", async () => {
  await withNode(async (t) => {
    const body = JSON.stringify(spec);
    const post = async (path: string, token: string | undefined, payload = body) =>
      await json(
        await t.call(path, { method: "POST", body: payload, ...(token ? { token } : {}) }),
      );

    const none = await post("/api/v1/agents", undefined);
    assert.equal(none.status, 401);
    assert.equal(none.body.error.code, "unauthorized");

    assert.equal((await post("/api/v1/agents", "not.a.jwt")).status, 401);

    const expired = await post("/api/v1/agents", await t.token("a1", ["agent"], -120));
    assert.equal(expired.status, 401);
    assert.match(expired.body.error.message, /expired/);

    assert.equal((await post("/api/v1/agents", await t.token("c1", ["client"]))).status, 403);

    // An agent token registers itself under its own id (its subject)…
    const self = await t.token("agent-7", ["agent"]);
    const reg = await post("/api/v1/agents", self);
    assert.equal(reg.status, 201);
    assert.equal(reg.body.id, "agent-7");
    // …and may not register, heartbeat or drain as another agent.
    const other = await post("/api/v1/agents", self, JSON.stringify({ ...spec, id: "agent-8" }));
    assert.equal(other.status, 403);
    assert.equal((await post("/api/v1/agents/agent-8/heartbeat", self, "{}")).status, 403);
    assert.equal((await post("/api/v1/agents/agent-8/drain", self, "{}")).status, 403);
    // An operator may drain any agent but not heartbeat for it.
    const operator = await t.token("ops", ["operator"]);
    assert.equal((await post("/api/v1/agents/agent-7/drain", operator, "{}")).status, 202);
    assert.equal((await post("/api/v1/agents/agent-7/heartbeat", operator, "{}")).status, 403);
  });
});

Deno.test("health: a silent agent turns suspect, then unhealthy, then recovers on heartbeats", async () => {
  await withNode(async (t) => {
    const admin = await t.token("root", ["admin"]);
    const reg = await t.call("/api/v1/agents", {
      method: "POST",
      token: admin,
      body: JSON.stringify({ id: "quiet", ...spec }),
    });
    assert.equal(reg.status, 201);
    await reg.body?.cancel();
    const health = () => t.node.fleet.view.agent("quiet")?.health;
    await waitFor(() => health() === "suspect", "suspect after one silent TTL", 5_000);
    await waitFor(() => health() === "unhealthy", "unhealthy after three silent TTLs", 8_000);
    for (let i = 0; i < 3; i++) {
      const hb = await t.call("/api/v1/agents/quiet/heartbeat", {
        method: "POST",
        token: admin,
        body: "{}",
      });
      assert.equal(hb.status, 200);
      await hb.body?.cancel();
    }
    await waitFor(() => health() === "healthy", "healthy after three heartbeats", 5_000);
  }, { HEARTBEAT_TTL_SECONDS: "1" });
});

Deno.test("dashboard: GET / serves the page without credentials, scripts confined to this origin", async () => {
  await withNode(async (t) => {
    const res = await fetch(`${t.url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/html/);
    assert.match(res.headers.get("content-security-policy") ?? "", /connect-src 'self'/);
    const html = await res.text();
    assert.match(html, /<title>Switchboard<\/title>/);
    // The page is a shell; its script (served by the node too) talks to /api/v1.
    const script = /src="(\/ui\/app\.js[^"]*)"/.exec(html)?.[1];
    assert.ok(script, "the page loads the UI bundle");
    const js = await fetch(`${t.url}${script}`);
    assert.equal(js.status, 200);
    assert.match(await js.text(), /\/api\/v1/);
  });
});
