import assert from "node:assert/strict";
import { cli } from "./run-cli.ts";
import { createVerifier } from "../../src/auth/verifiers.ts";

const secret = "0123456789abcdef0123456789abcdef-token-test";

function run(args: string[], env: Record<string, string> = { SWITCHBOARD_JWT_SECRET: secret }) {
  return cli(args, env);
}

Deno.test("cli token: signs a token the node accepts, with the roles and capabilities asked for", async () => {
  const { status, stdout: out } = await run([
    "token",
    "--sub",
    "echo-1",
    "--roles",
    "agent,client",
    "--capabilities",
    "echo",
  ]);
  assert.equal(status, 0);
  const identity = await createVerifier({ hs256Secret: secret })(out.trim());
  assert.equal(identity.sub, "echo-1");
  assert.deepEqual(identity.roles, ["agent", "client"]);
  assert.deepEqual(identity.capabilities, ["echo"]);
});

Deno.test("cli token: refuses unknown roles, missing secret and bad arguments", async () => {
  const unknownRole = await run(["token", "--sub", "x", "--roles", "wizard"]);
  assert.equal(unknownRole.status, 2);
  assert.match(unknownRole.stderr, /--roles/);
  assert.equal((await run(["token", "--sub", "x", "--roles", "agent"], {})).status, 2);
  assert.equal((await run(["token", "--sub"])).status, 2);
});
