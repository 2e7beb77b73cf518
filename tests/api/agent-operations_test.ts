import assert from "node:assert/strict";
import { startTestNode } from "../support/node.ts";

const spec = {
  name: "echo-1",
  host: "127.0.0.1",
  port: 8801,
  agentType: "echo",
  capabilities: ["echo"],
};

Deno.test("agent operations the UI offers: undrain, maintenance on/off, weight and eject; the next read shows each", async () => {
  const t = await startTestNode();
  try {
    const operator = await t.token("olga", ["operator"]);
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await t.call(`/api/v1${path}`, {
        method,
        token: operator,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: await res.json() };
    };
    const admin = await t.token("root", ["admin"]);
    const reg = await t.call("/api/v1/agents", {
      method: "POST",
      token: admin,
      body: JSON.stringify({ id: "a1", ...spec }),
    });
    assert.equal(reg.status, 201);
    await reg.body?.cancel();
    const status = async () => (await call("GET", "/agents/a1")).body;

    assert.equal((await call("POST", "/agents/a1/drain", {})).status, 202);
    assert.equal((await status()).status, "draining", "drained in the registry");
    const undrain = await call("POST", "/agents/a1/undrain", {});
    assert.equal(undrain.status, 200, JSON.stringify(undrain.body));
    assert.equal(undrain.body.status, "healthy");
    assert.equal((await status()).status, "healthy", "undrained in the registry");

    const on = await call("POST", "/agents/a1/maintenance", { on: true });
    assert.equal(on.status, 200);
    assert.equal(on.body.status, "draining");
    assert.equal((await status()).maintenance, true, "maintenance in the registry");
    const off = await call("POST", "/agents/a1/maintenance", { on: false });
    assert.equal(off.body.status, "healthy");
    assert.equal((await status()).maintenance, undefined, "maintenance over");
    const bad = await call("POST", "/agents/a1/maintenance", { on: "yes" });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /body\.on/);

    const weight = await call("POST", "/agents/a1/weight", { weight: 7 });
    assert.equal(weight.status, 200);
    assert.equal((await status()).weight, 7, "the new weight");
    assert.equal((await call("POST", "/agents/a1/weight", { weight: 5000 })).status, 400);

    const eject = await call("POST", "/agents/a1/eject", {});
    assert.equal(eject.status, 200);
    assert.equal(eject.body.status, "unhealthy");
    assert.equal((await status()).status, "unhealthy", "ejected");

    assert.equal((await call("POST", "/agents/nope/undrain", {})).status, 404);
    const auditor = await t.token("audrey", ["auditor"]);
    const refused = await t.call("/api/v1/agents/a1/undrain", { method: "POST", token: auditor });
    assert.equal(refused.status, 403);
    await refused.body?.cancel();
  } finally {
    await t.stop();
  }
});
