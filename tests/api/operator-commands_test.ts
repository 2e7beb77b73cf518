import assert from "node:assert/strict";
import { startTestNode, type TestNode } from "../support/node.ts";

async function withNode(fn: (t: TestNode) => Promise<void>) {
  const t = await startTestNode();
  try {
    await fn(t);
  } finally {
    await t.stop();
  }
}

async function call(t: TestNode, method: string, path: string, token: string, body?: unknown) {
  const res = await t.call(path, {
    method,
    token,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: await res.json() };
}

Deno.test("api keys: the embedded admin key works, keys are shown once, revocation bites", async () => {
  await withNode(async (t) => {
    const admin = (await Deno.readTextFile(t.node.adminKeyFile!)).trim();
    assert.match(admin, /^sbk_/);
    const issued = await call(t, "POST", "/api/v1/api-keys", admin, {
      name: "ops",
      roles: ["operator"],
    });
    assert.equal(issued.status, 201);
    assert.match(issued.body.key, /^sbk_/);
    const opsKey: string = issued.body.key;

    const listed = await call(t, "GET", "/api/v1/api-keys", admin);
    assert.equal(listed.status, 200);
    assert.ok(listed.body.items.some((k: { keyId: string }) => k.keyId === issued.body.id));
    assert.ok(!JSON.stringify(listed.body).includes(opsKey), "a listed key never shows the key");
    assert.ok(!JSON.stringify(listed.body).includes('"hash"'), "nor its hash");

    // The operator key reads routing but may not issue keys.
    assert.equal((await call(t, "GET", "/api/v1/routing", opsKey)).status, 200);
    assert.equal(
      (await call(t, "POST", "/api/v1/api-keys", opsKey, { name: "x", roles: ["admin"] })).status,
      403,
    );

    assert.equal(
      (await call(t, "DELETE", `/api/v1/api-keys/${issued.body.id}`, admin)).status,
      200,
    );
    const after = await call(t, "GET", "/api/v1/routing", opsKey);
    assert.equal(after.status, 401);
    assert.match(after.body.error.message, /revoked/);
    assert.equal((await call(t, "DELETE", "/api/v1/api-keys/nope", admin)).status, 404);
    assert.equal((await call(t, "GET", "/api/v1/routing", "sbk_made_up")).status, 401);
  });
});

Deno.test("config: versioned, validated, and a stale version is a 409", async () => {
  await withNode(async (t) => {
    const admin = await t.token("root", ["admin"]);
    const first = await call(t, "GET", "/api/v1/config", admin);
    assert.equal(first.status, 200);
    assert.equal(first.body.version, 0);
    const config = structuredClone(first.body.config);
    config.limits.frameMaxBytes = 65536;
    const put = await call(t, "PUT", "/api/v1/config", admin, { config, expectedVersion: 0 });
    assert.equal(put.status, 200);
    assert.equal(put.body.version, 1);
    assert.equal(t.node.config.current().limits.frameMaxBytes, 65536);

    const stale = await call(t, "PUT", "/api/v1/config", admin, { config, expectedVersion: 0 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, "version_conflict");

    const bad = await call(t, "PUT", "/api/v1/config", admin, {
      config: { limits: { frameMaxBytes: "big" } },
    });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /body\.config\.limits\.frameMaxBytes/);

    // A misplaced or misspelt field is named, not dropped (the grace lives under sessions).
    const typo = await call(t, "PUT", "/api/v1/config", admin, {
      config: { ...config, resumeGraceSeconds: 0, sessions: { ...config.sessions, graceSecs: 1 } },
    });
    assert.equal(typo.status, 400);
    assert.match(typo.body.error.message, /body\.config\.resumeGraceSeconds/);
    assert.match(typo.body.error.message, /body\.config\.sessions\.graceSecs/);
    assert.equal(t.node.config.current().sessions.resumeGraceSeconds, 30, "nothing changed");
    // What GET returns can be PUT back as it is.
    const roundTrip = await call(t, "GET", "/api/v1/config", admin);
    const again = await call(t, "PUT", "/api/v1/config", admin, { config: roundTrip.body.config });
    assert.equal(again.status, 200);

    const operator = await t.token("ops", ["operator"]);
    assert.equal((await call(t, "PUT", "/api/v1/config", operator, { config })).status, 403);
  });
});

Deno.test("routing: a policy per capability, unknown strategies refused", async () => {
  await withNode(async (t) => {
    const operator = await t.token("ops", ["operator"]);
    const put = await call(t, "PUT", "/api/v1/routing", operator, {
      capability: "echo",
      policy: { strategy: "weighted-round-robin", sticky: false },
    });
    assert.equal(put.status, 200);
    assert.equal(put.body.policy.strategy, "weighted-round-robin");
    const got = await call(t, "GET", "/api/v1/routing", operator);
    const echo = got.body.items.find((i: { capability: string }) => i.capability === "echo");
    assert.equal(echo.policy.sticky, false);
    assert.ok(got.body.strategies.includes("consistent-hash"));

    const unknown = await call(t, "PUT", "/api/v1/routing", operator, {
      capability: "echo",
      policy: { strategy: "telepathy" },
    });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.code, "unknown_strategy");
    const client = await t.token("c", ["client"]);
    assert.equal((await call(t, "GET", "/api/v1/routing", client)).status, 403);
  });
});

Deno.test("sessions: closing an unknown session is a 404", async () => {
  await withNode(async (t) => {
    const operator = await t.token("ops", ["operator"]);
    const res = await call(t, "DELETE", "/api/v1/sessions/nope", operator);
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, "session_not_found");
  });
});
