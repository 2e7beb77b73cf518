import assert from "node:assert/strict";
import { cli } from "./run-cli.ts";
import { createVerifier } from "../../src/auth/verifiers.ts";
import { SecretFiles } from "../../src/security/secret-file.ts";

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
  // No SWITCHBOARD_JWT_SECRET and no embedded secret in DATA_DIR: nothing to sign with.
  const empty = await Deno.makeTempDir();
  try {
    const none = await run(["token", "--sub", "x", "--roles", "agent"], { DATA_DIR: empty });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /SWITCHBOARD_JWT_SECRET is not set and there is no .*jwt-secret/);
  } finally {
    await Deno.remove(empty, { recursive: true });
  }
  assert.equal((await run(["token", "--sub"])).status, 2);
});

Deno.test("cli token: without SWITCHBOARD_JWT_SECRET, signs with the embedded node's secret (sealed or not)", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const embedded = "embedded-secret-embedded-secret-0123456789";
    await Deno.writeTextFile(`${dir}/jwt-secret`, `${embedded}\n`);
    const plain = await run(["token", "--sub", "a", "--roles", "agent"], { DATA_DIR: dir });
    assert.equal(plain.status, 0, plain.stderr);
    assert.equal((await createVerifier({ hs256Secret: embedded })(plain.stdout.trim())).sub, "a");

    // A node with SWITCHBOARD_DATA_KEY seals the file: the same key opens it.
    const dataKey = "a-data-key-a-data-key-a-data-key-0123";
    const files = await SecretFiles.fromEnv(dataKey);
    const sealedDir = `${dir}/sealed`;
    await Deno.mkdir(sealedDir);
    const sealed = await files.readOrCreate(`${sealedDir}/jwt-secret`, () => embedded);
    assert.equal(sealed, embedded);
    assert.notEqual((await Deno.readTextFile(`${sealedDir}/jwt-secret`)).trim(), embedded);
    const opened = await run(["token", "--sub", "b", "--roles", "agent"], {
      DATA_DIR: sealedDir,
      SWITCHBOARD_DATA_KEY: dataKey,
    });
    assert.equal(opened.status, 0, opened.stderr);
    assert.equal((await createVerifier({ hs256Secret: embedded })(opened.stdout.trim())).sub, "b");
    const wrongKey = await run(["token", "--sub", "b", "--roles", "agent"], {
      DATA_DIR: sealedDir,
    });
    assert.equal(wrongKey.status, 1, "a sealed file without its key is no secret");
    assert.match(wrongKey.stderr, /sealed: set SWITCHBOARD_DATA_KEY/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
