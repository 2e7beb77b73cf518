import assert from "node:assert/strict";
import { startTestNode } from "../support/node.ts";

const spec = { name: "a1", host: "127.0.0.1", port: 9, agentType: "echo", capabilities: ["echo"] };

Deno.test("ops routes: nodes, backup, events follow, undrain/maintenance/eject: roles and 400s naming the field", async () => {
  const t = await startTestNode();
  try {
    const admin = await t.token("root", ["admin"]);
    const operator = await t.token("ops", ["operator"]);
    const auditor = await t.token("audit", ["auditor"]);
    const agent = await t.token("a1", ["agent"]);
    const post = (path: string, token: string, body: unknown) =>
      t.call(path, { method: "POST", token, body: JSON.stringify(body) });
    assert.equal((await post("/api/v1/agents", admin, { id: "a1", ...spec })).status, 201);

    // GET /nodes: readers; a query it does not know is named.
    const nodes = await t.call("/api/v1/nodes", { token: auditor });
    assert.equal(nodes.status, 200);
    const [self] = (await nodes.json()).items;
    assert.equal(self.id, t.node.nodeId);
    assert.equal(self.self, true);
    const badNodes = await t.call("/api/v1/nodes?wide=1", { token: auditor });
    assert.equal(badNodes.status, 400);
    assert.match((await badNodes.json()).error.message, /wide/);

    // GET /backup: admin only; a gzip'd backup whose header names the head it stops at.
    assert.equal((await t.call("/api/v1/backup", { token: operator })).status, 403);
    const backup = await t.call("/api/v1/backup", { token: admin });
    assert.equal(backup.status, 200);
    assert.equal(backup.headers.get("content-type"), "application/gzip");
    const upTo = Number(backup.headers.get("x-switchboard-up-to-position"));
    const text = await new Response(backup.body!.pipeThrough(new DecompressionStream("gzip")))
      .text();
    const lines = text.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(lines[0].record, "header");
    assert.equal(lines[0].upToPosition, upTo);
    assert.equal(lines.at(-1).record, "trailer");
    assert.equal(lines.at(-1).events, lines.length - 2);

    // GET /events?follow=true: the log so far, then new events as they come, on one response.
    const badFollow = await t.call("/api/v1/events?follow=yes", { token: auditor });
    assert.equal(badFollow.status, 400);
    assert.match((await badFollow.json()).error.message, /query\.follow/);
    const stream = await t.call("/api/v1/events?follow=true&type=agent.weightChanged", {
      token: auditor,
    });
    assert.equal(stream.status, 200);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    assert.equal((await post("/api/v1/agents/a1/weight", operator, { weight: 3 })).status, 200);
    let got = "";
    while (!got.includes("\n")) got += (await reader.read()).value ?? "";
    assert.equal(JSON.parse(got.trim()).data.weight, 3);
    await reader.cancel();

    // undrain: the agent itself or an operator; maintenance and eject: operators.
    assert.equal((await post("/api/v1/agents/a1/drain", agent, {})).status, 202);
    const undrained = await post("/api/v1/agents/a1/undrain", agent, {});
    assert.equal(undrained.status, 200);
    assert.equal((await undrained.json()).status, "healthy");
    assert.equal((await post("/api/v1/agents/a1/maintenance", agent, { on: true })).status, 403);
    const bad = await post("/api/v1/agents/a1/maintenance", operator, { on: "yes" });
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).error.message, /body\.on/);
    const extra = await post("/api/v1/agents/a1/maintenance", operator, { on: true, why: "x" });
    assert.equal(extra.status, 400);
    assert.match((await extra.json()).error.message, /why/);
    const on = await post("/api/v1/agents/a1/maintenance", operator, { on: true });
    assert.deepEqual(await on.json(), { id: "a1", maintenance: true, status: "draining" });
    const ejected = await post("/api/v1/agents/a1/eject", operator, { reason: "flaky" });
    assert.equal(ejected.status, 200);
    assert.equal((await ejected.json()).reason, "ejected by ops: flaky");
    const unknown = await post("/api/v1/agents/nope/undrain", operator, {});
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).error.code, "agent_not_found");
  } finally {
    await t.stop();
  }
});
