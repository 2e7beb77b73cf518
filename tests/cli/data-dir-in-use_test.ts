import assert from "node:assert/strict";
import { lockDataDir } from "../../src/store/data-dir-lock.ts";
import { cli, embeddedDeployment } from "./backup-support.ts";

Deno.test("cli: every offline command refuses an embedded data directory another process holds, exit 1 and one line naming it", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sb-in-use-" });
  try {
    await embeddedDeployment(`${dir}/source`, 20);
    const env = { DATA_DIR: `${dir}/source`, DATABASE_URL: "" };
    const backup = await cli(["backup", `${dir}/b.ndjson.gz`], env);
    assert.equal(backup.status, 0, backup.stderr);
    await Deno.mkdir(`${dir}/target/pglite`, { recursive: true });

    for (
      const [args, data, online] of [
        [["hashes"], "source", undefined],
        [["replay", "--verify-only"], "source", /or rebuild online with `POST/],
        [
          ["backup", `${dir}/again.ndjson.gz`],
          "source",
          /or take an online backup with `deno task cli backup FILE --server URL`/,
        ],
        [["restore", `${dir}/b.ndjson.gz`], "target", undefined],
      ] as const
    ) {
      const lock = await lockDataDir(`${dir}/${data}`, { command: "node n1 on port 9000" });
      try {
        const result = await cli([...args], { ...env, DATA_DIR: `${dir}/${data}` });
        assert.equal(result.status, 1, `${args[0]}: ${result.stderr}`);
        assert.equal(result.stdout, "");
        const refusal = result.stderr.split("\n").find((l) => l.includes("in use")) ?? "";
        assert.match(
          refusal,
          new RegExp(
            `^${args[0]}: the data directory .+ is in use by pid ${Deno.pid} on .+ since \\S+ ` +
              `\\(node n1 on port 9000\\): stop the node first`,
          ),
        );
        if (online) assert.match(refusal, online);
      } finally {
        await lock.release();
      }
    }
    assert.equal(await Deno.stat(`${dir}/again.ndjson.gz`).then(() => true, () => false), false);
    const restored = await cli(["restore", `${dir}/b.ndjson.gz`], {
      ...env,
      DATA_DIR: `${dir}/target`,
    });
    assert.equal(restored.status, 0, restored.stderr);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
