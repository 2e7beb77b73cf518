import assert from "node:assert/strict";
import { accessTable } from "../../src/api/access.ts";
import { Role } from "../../src/auth/roles.ts";
import { startTestNode } from "../support/node.ts";

/**
 * Walks the whole access table: every route × every role (and no
 * credentials). A role the table allows must get past authorization (any
 * answer but 401/403); any other role must get 403, and no token 401.
 */
Deno.test("RBAC: every route × every role answers as the access table says", async () => {
  const t = await startTestNode();
  try {
    const agentId = "rbac-agent";
    const tokens = new Map<string, string>();
    for (const role of Role.options) {
      tokens.set(role, await t.token(role === "agent" ? agentId : `${role}-user`, [role]));
    }
    const failures: string[] = [];
    let checked = 0;
    for (const rule of accessTable) {
      const path = `/api/v1${rule.path.replace(":id", agentId)}`;
      for (const role of [...Role.options, "none"] as const) {
        const token = tokens.get(role);
        const res = await t.call(path, {
          method: rule.method,
          ...(token ? { token } : {}),
          ...(rule.method === "GET" || rule.method === "DELETE" ? {} : { body: "{}" }),
        });
        await res.body?.cancel();
        checked++;
        const allowed = role === "admin" || (role !== "none" && rule.roles.includes(role));
        const expected = role === "none" ? "401" : allowed ? "not 401/403" : "403";
        const ok = role === "none"
          ? res.status === 401
          : allowed
          ? res.status !== 401 && res.status !== 403
          : res.status === 403;
        if (!ok) {
          failures.push(
            `${rule.method} ${rule.path} as ${role}: ${res.status}, expected ${expected}`,
          );
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.equal(checked, accessTable.length * (Role.options.length + 1));
  } finally {
    await t.stop();
  }
});

Deno.test("RBAC: a route missing from the table is refused, and openapi.json lists every rule", async () => {
  const t = await startTestNode();
  try {
    const admin = await t.token("root", ["admin"]);
    const res = await t.call("/api/v1/not-a-route", { token: admin });
    assert.equal(res.status, 404);
    await res.body?.cancel();

    const doc = await (await fetch(`${t.url}/api/v1/openapi.json`)).json();
    assert.equal(doc.openapi, "3.1.0");
    for (const rule of accessTable) {
      const path = `/api/v1${rule.path.replace(/:([a-z]+)/g, "{$1}")}`;
      assert.ok(doc.paths[path]?.[rule.method.toLowerCase()], `${rule.method} ${path} documented`);
    }
    const register =
      doc.paths["/api/v1/agents"].post.requestBody.content["application/json"].schema;
    assert.ok(register.required.includes("capabilities"));
  } finally {
    await t.stop();
  }
});
