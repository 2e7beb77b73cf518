import assert from "node:assert/strict";
import { SecretFiles } from "../../src/security/secret-file.ts";

const KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));

Deno.test("secret files: sealed at rest with SWITCHBOARD_DATA_KEY, plain without; 0600; a plaintext file is sealed on first read", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const sealed = await SecretFiles.fromEnv(KEY);
    const value = await sealed.readOrCreate(`${dir}/jwt-secret`, () => "the-secret-value");
    assert.equal(value, "the-secret-value");
    const onDisk = await Deno.readTextFile(`${dir}/jwt-secret`);
    assert.ok(!onDisk.includes("the-secret-value"), "not in clear on disk");
    assert.match(onDisk, /^v1\./);
    assert.equal((await Deno.stat(`${dir}/jwt-secret`)).mode! & 0o777, 0o600);
    assert.equal(await sealed.readOrCreate(`${dir}/jwt-secret`, () => "other"), "the-secret-value");

    // A file written before the key was set is sealed when read with it.
    await Deno.writeTextFile(`${dir}/old`, "plain-old\n");
    assert.equal(await sealed.readOrCreate(`${dir}/old`, () => "x"), "plain-old");
    assert.match(await Deno.readTextFile(`${dir}/old`), /^v1\./);

    // Another key cannot open it.
    const other = await SecretFiles.fromEnv(
      btoa(String.fromCharCode(...new Uint8Array(32).fill(9))),
    );
    await assert.rejects(other.readOrCreate(`${dir}/jwt-secret`, () => "x"));

    const plain = await SecretFiles.fromEnv(undefined);
    assert.equal(await plain.readOrCreate(`${dir}/p`, () => "clear"), "clear");
    assert.equal((await Deno.readTextFile(`${dir}/p`)).trim(), "clear");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
