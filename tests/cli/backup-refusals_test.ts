import assert from "node:assert/strict";
import { PGlite } from "@electric-sql/pglite";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import { backupLines, cli, embeddedDeployment, writeBackup } from "./backup-support.ts";

const exists = (path: string) => Deno.stat(path).then(() => true, () => false);

/**
 * Every refusal before the import: exit 1, one line on stderr saying what
 * is wrong, and the target untouched (its data directory not even created).
 */
Deno.test("restore refuses damaged, cut, altered and foreign files, and a non-empty store", async (t) => {
  const dir = await Deno.makeTempDir({ prefix: "sb-refuse-" });
  try {
    await embeddedDeployment(`${dir}/source`, 300);
    const good = `${dir}/good.ndjson.gz`;
    const backup = await cli(["backup", good], { DATA_DIR: `${dir}/source`, DATABASE_URL: "" });
    assert.equal(backup.status, 0, backup.stderr);
    const lines = await backupLines(good);
    const target = { DATA_DIR: `${dir}/target`, DATABASE_URL: "" };

    const refused = async (path: string, reason: RegExp) => {
      const result = await cli(["restore", path], target);
      assert.equal(result.status, 1, result.stdout + result.stderr);
      assert.equal(result.stdout, "");
      assert.match(result.stderr, /^restore: [^\n]+\n$/);
      assert.match(result.stderr, reason);
      assert.equal(await exists(`${dir}/target`), false, "nothing written");
    };

    await t.step("a flipped byte in the compressed data", async () => {
      const bytes = await Deno.readFile(good);
      bytes[bytes.length >> 1]! ^= 0x04;
      await Deno.writeFile(`${dir}/flipped.gz`, bytes);
      // The gzip CRC comes last: garbage may fail a line's check before it does.
      await refused(`${dir}/flipped.gz`, /flipped\.gz is (damaged or cut short: |corrupt: line)/);
    });

    await t.step("an event altered inside a well-formed file: the checksum", async () => {
      const altered = [...lines];
      const at = altered.findIndex((l, i) => i > 0 && /"trace-\d+"/.test(l));
      altered[at] = altered[at]!.replace(/"trace-(\d+)"/, '"trace-x$1"');
      assert.notEqual(altered[at], lines[at]);
      await writeBackup(`${dir}/altered.gz`, altered);
      await refused(`${dir}/altered.gz`, /altered\.gz is corrupt: checksum mismatch/);
    });

    await t.step("a trailer that miscounts", async () => {
      const trailer = JSON.parse(lines.at(-1)!);
      const miscounted = [...lines.slice(0, -1), JSON.stringify({ ...trailer, events: 7 })];
      await writeBackup(`${dir}/count.gz`, miscounted);
      await refused(`${dir}/count.gz`, /the trailer counts 7 events, the file holds \d+/);
    });

    await t.step("an event line that breaks the envelope's schema", async () => {
      const broken = [...lines];
      broken[2] = broken[2]!.replace(/"version":\d+/, '"version":"one"');
      await writeBackup(`${dir}/schema.gz`, broken);
      await refused(`${dir}/schema.gz`, /schema\.gz is corrupt: line 3: version: /);
    });

    await t.step("a file cut short: mid-stream, and at a line boundary", async () => {
      const bytes = await Deno.readFile(good);
      await Deno.writeFile(`${dir}/half.gz`, bytes.subarray(0, bytes.length >> 1));
      await refused(`${dir}/half.gz`, /half\.gz is damaged or cut short/);
      // What a writer killed mid-way would leave if it wrote in place (it does not: .tmp).
      await writeBackup(`${dir}/cut.gz`, lines.slice(0, -6));
      await refused(
        `${dir}/cut.gz`,
        new RegExp(`cut\\.gz is incomplete: no trailer after ${lines.length - 7} events`),
      );
      await Deno.writeFile(`${dir}/zero.gz`, new Uint8Array());
      await refused(`${dir}/zero.gz`, /zero\.gz is damaged or cut short/);
      await writeBackup(`${dir}/empty.gz`, []);
      await refused(`${dir}/empty.gz`, /empty\.gz is incomplete: it is empty/);
    });

    await t.step("not a backup, or a newer format", async () => {
      await writeBackup(`${dir}/other.gz`, ['{"hello":"world"}']);
      await refused(`${dir}/other.gz`, /other\.gz is not a Switchboard backup/);
      await Deno.writeTextFile(`${dir}/plain.ndjson`, `${lines.join("\n")}\n`);
      await refused(`${dir}/plain.ndjson`, /plain\.ndjson is damaged or cut short/);
      const header = { ...JSON.parse(lines[0]!), version: 2 };
      await writeBackup(`${dir}/v2.gz`, [JSON.stringify(header), ...lines.slice(1)]);
      await refused(`${dir}/v2.gz`, /v2\.gz is backup format version 2; this tool reads 1/);
      await refused(`${dir}/missing.gz`, /cannot open .*missing\.gz/);
    });

    await t.step("a store that already holds events", async () => {
      const first = await cli(["restore", good], target);
      assert.equal(first.status, 0, first.stdout + first.stderr);
      const again = await cli(["restore", good], target);
      assert.equal(again.status, 1);
      assert.match(
        again.stderr,
        /restore: the target store .* is not empty: it holds events \(up to position \d+\); restore only into an empty store\n$/,
      );
      const pglite = new PGlite(`${dir}/target/pglite`);
      try {
        const store = await pgliteEventStore({ pglite });
        assert.equal(await store.headPosition(), JSON.parse(lines.at(-1)!).lastPosition);
        await store.close();
      } finally {
        await pglite.close();
      }
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("cli backup/restore/hashes: usage errors exit 2 and say why", async () => {
  const none = await cli(["backup"], {});
  assert.equal(none.status, 2);
  assert.match(none.stderr, /^backup: expected one FILE argument\n\nusage: backup FILE/);
  const two = await cli(["restore", "a", "b"], {});
  assert.equal(two.status, 2);
  const flag = await cli(["restore", "a", "--nope"], {});
  assert.equal(flag.status, 2);
  assert.match(flag.stderr, /unknown option --nope/);
  const value = await cli(["restore", "a", "--verify-against"], {});
  assert.match(value.stderr, /option --verify-against needs a value/);
  const help = await cli(["restore", "--help"], {});
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--verify-against/);
  const usage = await cli(["--help"], {});
  assert.match(usage.stdout, /backup .*\n.*restore .*\n.*hashes /);
});
