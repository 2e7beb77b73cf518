import assert from "node:assert/strict";
import { RuntimeConfig } from "../../actors/config/runtime-config.ts";
import type { Authenticator } from "../../src/auth/authenticator.ts";
import { AuthError } from "../../src/auth/jwt.ts";
import type { Identity } from "../../src/auth/roles.ts";
import { type AdmissionDeps, admitClient } from "../../src/edge/admission.ts";
import { EdgeRefusal } from "../../src/edge/close-codes.ts";
import type { ParsedHead } from "../../src/edge/tunnel/http-head.ts";
import { ConfigView } from "../../src/runtime/config-view.ts";
import { Guard } from "../../src/security/guard.ts";

/** Tokens are names here: "alice" is a client, "ops" is only an operator; others fail. */
const auth: Authenticator = {
  enabled: true,
  verify: (token) => {
    if (token === "alice") {
      return Promise.resolve({ sub: "alice", roles: ["client"], via: "jwt" } as Identity);
    }
    if (token === "ops") {
      return Promise.resolve({ sub: "ops", roles: ["operator"], via: "jwt" } as Identity);
    }
    return Promise.reject(new AuthError("unauthorized", "bad token"));
  },
};

function head(query: string, authorization?: string): ParsedHead {
  return {
    method: "GET",
    target: `/ws?${query}`,
    path: "/ws",
    query,
    version: "HTTP/1.1",
    status: 0,
    headers: new Headers(authorization ? { authorization } : {}),
    raw: new Uint8Array(),
  };
}

function deps(config: unknown = {}, live = { size: 0, of: (_: string) => 0 }): AdmissionDeps {
  const view = new ConfigView(RuntimeConfig.parse(config));
  return { auth, config: view, live, guard: new Guard(view) };
}

async function refusal(promise: Promise<unknown>): Promise<[number, string]> {
  const error = await promise.then(() => undefined, (e) => e);
  assert.ok(error instanceof EdgeRefusal, `expected a refusal, got ${error}`);
  return [error.closeCode, error.message];
}

Deno.test("admission: a client with a token in the Authorization header is admitted with its query", async () => {
  const admitted = await admitClient(deps(), head("capability=echo", "Bearer alice"), "10.0.0.1");
  assert.equal(admitted.identity.sub, "alice");
  assert.equal(admitted.query.capability, "echo");
  assert.equal(admitted.query.control, "frames");
});

Deno.test("admission: a browser's access_token in the query serves as well", async () => {
  const admitted = await admitClient(deps(), head("agent_type=bot&access_token=alice"), "p");
  assert.equal(admitted.identity.sub, "alice");
});

Deno.test("admission: no token or a bad one → 4001", async () => {
  assert.equal((await refusal(admitClient(deps(), head("capability=echo"), "p")))[0], 4001);
  assert.deepEqual(
    await refusal(admitClient(deps(), head("capability=echo", "Bearer mallory"), "p")),
    [4001, "bad token"],
  );
});

Deno.test("admission: a token without the client role → 4003", async () => {
  assert.deepEqual(
    await refusal(admitClient(deps(), head("capability=echo", "Bearer ops"), "p")),
    [4003, "requires role client"],
  );
});

Deno.test("admission: a bad query → 4400 before the token is looked at", async () => {
  const [code, message] = await refusal(admitClient(deps(), head("", "Bearer mallory"), "p"));
  assert.equal(code, 4400);
  assert.match(message, /capability or agent_type is required/);
});

Deno.test("admission: a denied address → 4003", async () => {
  const config = { access: { ws: { deny: ["10.0.0.0/8"] } } };
  const [code] = await refusal(
    admitClient(deps(config), head("capability=echo", "Bearer alice"), "10.1.2.3"),
  );
  assert.equal(code, 4003);
});

Deno.test("admission: an identity connecting too fast → 4008", async () => {
  const d = deps({ limits: { connectsPerIdentity: { rate: 0.001, burst: 1 } } });
  await admitClient(d, head("capability=echo", "Bearer alice"), "p1");
  const [code] = await refusal(admitClient(d, head("capability=echo", "Bearer alice"), "p2"));
  assert.equal(code, 4008);
});

Deno.test("admission: the node's and the identity's session caps → 4008", async () => {
  const full = deps({ limits: { maxSessionsPerNode: 2 } }, { size: 2, of: () => 0 });
  assert.deepEqual(
    await refusal(admitClient(full, head("capability=echo", "Bearer alice"), "p")),
    [4008, "this edge is at its session limit; retry later"],
  );
  const busy = deps({ limits: { maxSessionsPerIdentity: 3 } }, {
    size: 3,
    of: (sub) => sub === "alice" ? 3 : 0,
  });
  assert.deepEqual(
    await refusal(admitClient(busy, head("capability=echo", "Bearer alice"), "p")),
    [4008, "too many concurrent sessions for this identity"],
  );
});
