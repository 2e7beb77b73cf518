import assert from "node:assert/strict";
import { startTestNode, type TestNode } from "../support/node.ts";

const rule = {
  name: "errors",
  metric: "error_rate",
  op: ">",
  threshold: 0.05,
  forSeconds: 60,
  severity: "warning",
  labels: { team: "edge" },
  channels: ["ops"],
};

/** A node with the notification channel "ops" the rules name (unknown channels are refused). */
async function startNode(): Promise<TestNode> {
  const t = await startTestNode();
  const res = await t.call("/api/v1/notification-channels", {
    method: "POST",
    token: await t.token("root", ["admin"]),
    body: JSON.stringify({
      id: "ops",
      name: "ops",
      type: "webhook",
      url: "https://hooks.example.com/",
    }),
  });
  if (res.status !== 201) throw new Error(`channel: ${res.status} ${await res.text()}`);
  await res.body?.cancel();
  return t;
}

async function send(t: TestNode, token: string, method: string, path: string, body?: unknown) {
  const res = await t.call(`/api/v1${path}`, {
    method,
    token,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: await res.json() };
}

Deno.test("alert rules: created, listed, read, replaced and deleted as resources", async () => {
  const t = await startNode();
  try {
    const ops = await t.token("olivia", ["operator"]);
    const created = await send(t, ops, "POST", "/alert-rules", { id: "errors", ...rule });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(created.body, { id: "errors", ...rule });
    const generated = await send(t, ops, "POST", "/alert-rules", { ...rule, name: "other" });
    assert.equal(generated.status, 201);
    assert.match(generated.body.id, /^[0-9a-f-]{36}$/);
    assert.equal(
      (await send(t, ops, "POST", "/alert-rules", { id: "errors", ...rule })).status,
      409,
    );

    const list = await send(t, ops, "GET", "/alert-rules");
    assert.deepEqual(
      list.body.items.map((r: { id: string }) => r.id).sort(),
      [generated.body.id, "errors"].sort(),
    );
    assert.deepEqual((await send(t, ops, "GET", "/alert-rules/errors")).body, {
      id: "errors",
      ...rule,
    });

    const replaced = await send(t, ops, "PUT", "/alert-rules/errors", { ...rule, threshold: 0.1 });
    assert.equal(replaced.status, 200);
    assert.equal(replaced.body.threshold, 0.1);
    const upserted = await send(t, ops, "PUT", "/alert-rules/fresh", { ...rule, forSeconds: 0 });
    assert.equal(upserted.status, 201);

    assert.equal((await send(t, ops, "DELETE", "/alert-rules/errors")).status, 200);
    assert.equal((await send(t, ops, "GET", "/alert-rules/errors")).status, 404);
    assert.equal((await send(t, ops, "DELETE", "/alert-rules/errors")).status, 404);

    // Each change is an event in the rule's own stream.
    const history = await t.node.store.readStream("alertrule-errors");
    assert.deepEqual(history.map((e) => e.type), [
      "alertRule.created",
      "alertRule.updated",
      "alertRule.deleted",
    ]);
    assert.equal(history[0]!.metadata.principal?.sub, "olivia");
  } finally {
    await t.stop();
  }
});

Deno.test("alert rules: unknown metric, op or field and a wrong-typed threshold are 400s naming the field", async () => {
  const t = await startNode();
  try {
    const ops = await t.token("olivia", ["operator"]);
    const cases: [unknown, RegExp][] = [
      [{ ...rule, metric: "cpu_temperature" }, /body\.metric/],
      [{ ...rule, op: "=~" }, /body\.op/],
      [{ ...rule, threshold: "0.5" }, /body\.threshold/],
      [{ ...rule, webhook: "http://x" }, /unknown field: body\.webhook/],
      [{ ...rule, forSeconds: -1 }, /body\.forSeconds/],
      [{ ...rule, selector: { "bad-label": "x" } }, /body\.selector/],
      [{ ...rule, channels: ["not an id"] }, /body\.channels\.0/],
      [{ ...rule, channels: ["nope"] }, /body\.channels\.0: no notification channel nope/],
    ];
    for (const [body, field] of cases) {
      const res = await send(t, ops, "POST", "/alert-rules", body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(res.body.error.message, field);
    }
    const put = await send(t, ops, "PUT", "/alert-rules/x", { ...rule, id: "y" });
    assert.equal(put.status, 400);
    assert.match(put.body.error.message, /body\.id/);
    assert.equal((await send(t, ops, "GET", "/alert-rules")).body.items.length, 0);
  } finally {
    await t.stop();
  }
});

Deno.test("alert rules: auditors read, only operators and admins write", async () => {
  const t = await startNode();
  try {
    const auditor = await t.token("audrey", ["auditor"]);
    assert.equal((await send(t, auditor, "GET", "/alert-rules")).status, 200);
    assert.equal((await send(t, auditor, "POST", "/alert-rules", rule)).status, 403);
    assert.equal((await send(t, auditor, "POST", "/silences", {})).status, 403);
    assert.equal((await send(t, auditor, "GET", "/alerts?state=firing")).status, 200);
  } finally {
    await t.stop();
  }
});

Deno.test("config: PUT /config no longer touches rules, and refuses an alertRules field", async () => {
  const t = await startNode();
  try {
    const admin = await t.token("root", ["admin"]);
    await send(t, admin, "POST", "/alert-rules", { id: "keep", ...rule });
    const current = (await send(t, admin, "GET", "/config")).body;
    assert.equal("alertRules" in current.config, false);
    const changed = await send(t, admin, "PUT", "/config", {
      config: {
        ...current.config,
        sessions: { ...current.config.sessions, resumeGraceSeconds: 5 },
      },
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal((await send(t, admin, "GET", "/alert-rules/keep")).status, 200);
    const refused = await send(t, admin, "PUT", "/config", {
      config: { ...current.config, alertRules: [] },
    });
    assert.equal(refused.status, 400);
    assert.match(refused.body.error.message, /body\.config\.alertRules/);
  } finally {
    await t.stop();
  }
});

Deno.test("alert rules: inherited property names as fields are unknown fields, not a crash", async () => {
  const t = await startTestNode();
  try {
    const ops = await t.token("olivia", ["operator"]);
    for (const path of ["/alerts?constructor=1", "/silences?__proto__=x", "/alerts?toString=1"]) {
      const res = await send(t, ops, "GET", path);
      assert.equal(res.status, 400, path);
      assert.match(res.body.error.message, /unknown field: query\./);
    }
    const body = await send(t, ops, "POST", "/alert-rules", { ...rule, constructor: 1 });
    assert.equal(body.status, 400);
    assert.match(body.body.error.message, /body\.constructor/);
  } finally {
    await t.stop();
  }
});
