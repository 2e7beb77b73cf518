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

/** A browser-like call: the cookie, optional CSRF header and Origin, never a bearer. */
async function browser(
  t: TestNode,
  method: string,
  path: string,
  opts: { cookie?: string; csrf?: string; origin?: string; body?: unknown } = {},
) {
  const headers = new Headers();
  if (opts.cookie) headers.set("cookie", opts.cookie);
  if (opts.csrf) headers.set("x-switchboard-csrf", opts.csrf);
  if (opts.origin) headers.set("origin", opts.origin);
  if (opts.body !== undefined) headers.set("content-type", "application/json");
  const res = await fetch(`${t.url}${path}`, {
    method,
    headers,
    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

/** Signs in; returns the cookie pair ("sb_session=…") and the CSRF token. */
async function login(t: TestNode, credential: string) {
  const res = await browser(t, "POST", "/api/v1/login", { body: { credential } });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const setCookie = res.headers.get("set-cookie") ?? "";
  return { res, setCookie, cookie: setCookie.split(";")[0]!, csrf: res.body.csrfToken as string };
}

const policy = { capability: "echo", policy: { strategy: "least-connections" } };

Deno.test("login: an API key becomes an HttpOnly, SameSite=Strict cookie; the body holds no secret", async () => {
  await withNode(async (t) => {
    const admin = (await Deno.readTextFile(t.node.adminKeyFile!)).trim();
    const { res, setCookie, cookie, csrf } = await login(t, admin);
    assert.match(setCookie, /^sb_session=/);
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Strict/i);
    assert.match(setCookie, /Path=\/api\/v1/);
    assert.match(setCookie, /Max-Age=\d+/);
    assert.ok(!JSON.stringify(res.body).includes(admin), "the credential is not in the body");
    assert.deepEqual(res.body.identity.roles, ["admin"]);
    assert.match(csrf, /^[0-9a-f]{64}$/);

    const agents = await browser(t, "GET", "/api/v1/agents", { cookie });
    assert.equal(agents.status, 200);
    const me = await browser(t, "GET", "/api/v1/me", { cookie });
    assert.equal(me.status, 200);
    assert.equal(me.body.csrfToken, csrf, "a reloaded page gets its CSRF token back");
    assert.deepEqual(me.body.identity.roles, ["admin"]);
  });
});

Deno.test("login: a JWT signs in until it expires; bad, foreign-role and malformed credentials do not", async () => {
  await withNode(async (t) => {
    const operator = await t.token("olga", ["operator"], 120);
    const { setCookie, cookie } = await login(t, operator);
    const maxAge = Number(/Max-Age=(\d+)/.exec(setCookie)![1]);
    assert.ok(maxAge <= 120 && maxAge > 100, `cookie ends with the token (${maxAge})`);
    const me = await browser(t, "GET", "/api/v1/me", { cookie });
    assert.equal(me.body.identity.sub, "olga");

    const bad = await browser(t, "POST", "/api/v1/login", { body: { credential: "sbk_nope" } });
    assert.equal(bad.status, 401);
    assert.equal(bad.headers.get("set-cookie"), null);
    const agent = await browser(t, "POST", "/api/v1/login", {
      body: { credential: await t.token("a1", ["agent"]) },
    });
    assert.equal(agent.status, 403);
    assert.match(agent.body.error.message, /admin, operator, auditor/);
    const missing = await browser(t, "POST", "/api/v1/login", { body: {} });
    assert.equal(missing.status, 400);
    assert.match(missing.body.error.message, /credential/);
    const extra = await browser(t, "POST", "/api/v1/login", {
      body: { credential: operator, remember: true },
    });
    assert.equal(extra.status, 400);
    assert.match(extra.body.error.message, /body\.remember/);
    const foreign = await browser(t, "POST", "/api/v1/login", {
      body: { credential: operator },
      origin: "https://evil.example",
    });
    assert.equal(foreign.status, 403);
  });
});

Deno.test("CSRF: cookie mutations need the token and the same origin; bearer clients are unaffected", async () => {
  await withNode(async (t) => {
    const operator = await t.token("olga", ["operator"]);
    const { cookie, csrf } = await login(t, operator);

    const none = await browser(t, "PUT", "/api/v1/routing", { cookie, body: policy });
    assert.equal(none.status, 403);
    assert.equal(none.body.error.code, "csrf");
    const wrong = await browser(t, "PUT", "/api/v1/routing", {
      cookie,
      csrf: "0".repeat(64),
      body: policy,
    });
    assert.equal(wrong.status, 403);
    const crossSite = await browser(t, "PUT", "/api/v1/routing", {
      cookie,
      csrf,
      origin: "https://evil.example",
      body: policy,
    });
    assert.equal(crossSite.status, 403);
    assert.match(crossSite.body.error.message, /evil\.example/);

    const ok = await browser(t, "PUT", "/api/v1/routing", {
      cookie,
      csrf,
      origin: t.url,
      body: policy,
    });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.policy.strategy, "least-connections");

    // A bearer client sends no CSRF header and needs none, even with a stray cookie.
    const bearer = await t.call("/api/v1/routing", {
      method: "PUT",
      token: operator,
      headers: { cookie },
      body: JSON.stringify({ capability: "echo", policy: { strategy: "round-robin" } }),
    });
    assert.equal(bearer.status, 200);
    await bearer.body?.cancel();
  });
});

Deno.test("roles: an auditor signed in by cookie reads everything and may change nothing", async () => {
  await withNode(async (t) => {
    const { cookie, csrf } = await login(t, await t.token("audrey", ["auditor"]));
    assert.equal((await browser(t, "GET", "/api/v1/routing", { cookie })).status, 200);
    assert.equal((await browser(t, "GET", "/api/v1/events?limit=1", { cookie })).status, 200);
    const put = await browser(t, "PUT", "/api/v1/routing", { cookie, csrf, body: policy });
    assert.equal(put.status, 403);
    assert.equal(put.body.error.code, "forbidden");
  });
});

Deno.test("logout clears the cookie; a revoked key ends a cookie sign-in at once", async () => {
  await withNode(async (t) => {
    const admin = (await Deno.readTextFile(t.node.adminKeyFile!)).trim();
    const { cookie } = await login(t, admin);
    const out = await browser(t, "POST", "/api/v1/logout", { cookie });
    assert.equal(out.status, 200);
    const cleared = out.headers.get("set-cookie") ?? "";
    assert.match(cleared, /^sb_session=;/);
    assert.match(cleared, /Max-Age=0/);
    const after = await browser(t, "GET", "/api/v1/agents");
    assert.equal(after.status, 401);

    const issued = await t.call("/api/v1/api-keys", {
      method: "POST",
      token: admin,
      body: JSON.stringify({ name: "ui", roles: ["operator"] }),
    });
    const key = await issued.json();
    const signedIn = await login(t, key.key);
    assert.equal((await browser(t, "GET", "/api/v1/agents", signedIn)).status, 200);
    const revoke = await t.call(`/api/v1/api-keys/${key.id}`, { method: "DELETE", token: admin });
    assert.equal(revoke.status, 200);
    await revoke.body?.cancel();
    const revoked = await browser(t, "GET", "/api/v1/agents", signedIn);
    assert.equal(revoked.status, 401);
    assert.match(revoked.body.error.message, /revoked/);
  });
});
