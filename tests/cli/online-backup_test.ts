import assert from "node:assert/strict";
import { startEchoAgent } from "../../src/agent/demo-echo.ts";
import type { Agent } from "../../src/agent/sdk.ts";
import { signToken } from "../../src/auth/jwt.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../support/services.ts";
import { waitFor } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";
import { backupLines, dropSchemas } from "./backup-support.ts";
import { type CliNode, relayLoad, runCli, startCliNode } from "./ops-support.ts";

async function echoAgents(sb: CliNode, n: number): Promise<Agent[]> {
  const agents = await Promise.all(Array.from({ length: n }, async (_, i) =>
    await startEchoAgent({
      id: `echo-${i + 1}`,
      name: `echo-${i + 1}`,
      port: 0,
      switchboardUrl: sb.node.url,
      token: await signToken(sb.node.jwtSecret!, { sub: `echo-${i + 1}`, roles: ["agent"] }, 600),
      ...(sb.node.dialPublicKey ? { edgePublicKey: sb.node.dialPublicKey } : {}),
    })));
  await Promise.all(agents.map((a) => a.registered));
  return agents;
}

Deno.test({
  name:
    "online backup under load: sessions keep relaying, the file is the log's prefix, and PostgreSQL restored from it has the source's projection hashes",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "sb-online-backup-" });
    const dataDir = `${dir}/source`;
    const schemas = [
      uniqueName("sb_ob1"),
      uniqueName("sbv_ob1"),
      uniqueName("sb_ob2"),
      uniqueName("sbv_ob2"),
    ];
    const pg = { DATABASE_URL: requireUrl("postgres") };
    let sb = await startCliNode({}, { dataDir });
    let agents = await echoAgents(sb, 2);
    const token = await signToken(sb.node.jwtSecret!, { sub: "c", roles: ["client"] }, 600);
    const wsUrl = `${sb.node.url.replace("http", "ws")}/ws?capability=echo&access_token=${token}`;
    const load = relayLoad(wsUrl, 6);
    // Sessions come and go too, so the log grows while the backup runs.
    let churning = true;
    const churn = (async () => {
      while (churning) {
        const c = new TestClient(wsUrl);
        await c.opened;
        c.ws.send("hello");
        await c.until(() => c.frames.length > 0, "churn echo");
        await c.close();
      }
    })();
    try {
      await waitFor(() => sb.node.fleet.position > 300, "a log of some size", 60_000);
      const before = { echoes: load.echoes, head: sb.node.fleet.position };
      const file = `${dir}/under-load.ndjson.gz`;
      const backup = await runCli(["backup", file, "--server", sb.node.url], sb.env);
      const after = { echoes: load.echoes, head: sb.node.fleet.position };
      assert.equal(backup.status, 0, backup.stderr);
      assert.equal(load.open, 6, "no session was closed by the backup");
      assert.ok(
        after.echoes > before.echoes,
        `relayed during the backup: ${before.echoes} → ${after.echoes}`,
      );
      assert.ok(after.head > before.head, "the node kept appending while the backup ran");
      console.log(
        `online backup under load: ${backup.stdout.trim()}; ${
          after.echoes - before.echoes
        } echoes relayed meanwhile`,
      );

      churning = false;
      await churn;
      await load.stop();

      // The file is exactly the source log up to the head it names: every event, in order.
      const lines = await backupLines(file);
      const header = JSON.parse(lines[0]!);
      const events = lines.slice(1, -1).map((l) => JSON.parse(l));
      assert.ok(
        header.upToPosition >= before.head,
        "the backup's head is the node's, when it began",
      );
      const source = await sb.node.store.readAll({ after: 0, limit: 100_000 });
      const prefix = source.filter((e) => e.position <= header.upToPosition);
      assert.equal(events.length, prefix.length);
      assert.deepEqual(
        events.map((e) => [e.position, e.id, e.streamId, e.version, e.type]),
        prefix.map((e) => [e.position, e.id, e.streamId, e.version, e.type]),
      );

      // Restored into PostgreSQL and into a fresh embedded directory: the same projections.
      const flags1 = ["--store-schema", schemas[0]!, "--views-schema", schemas[1]!];
      const intoPg = await runCli(["restore", file, "--json", ...flags1], pg);
      assert.equal(intoPg.status, 0, intoPg.stderr);
      const pgReport = JSON.parse(intoPg.stdout);
      assert.equal(pgReport.freshRebuildIdentical, true);
      const intoPglite = await runCli(["restore", file, "--json"], { DATA_DIR: `${dir}/copy` });
      assert.equal(intoPglite.status, 0, intoPglite.stderr);
      assert.deepEqual(JSON.parse(intoPglite.stdout).hashes, pgReport.hashes);

      // Quiet, the source's own hashes: the node restarted with no traffic, an online
      // backup, then the stopped source's `hashes` against the restore into PostgreSQL.
      await Promise.all(agents.map((a) => a.stop({ drainTimeoutMs: 0 })));
      agents = [];
      await sb.stop({ keepData: true });
      sb = await startCliNode({}, { dataDir });
      const quiet = `${dir}/quiet.ndjson.gz`;
      const second = await runCli(["-o", "json", "backup", quiet, "--server", sb.node.url], sb.env);
      assert.equal(second.status, 0, second.stderr);
      const headAtBackup = sb.node.fleet.position;
      await sb.stop({ keepData: true });
      const hashes = await runCli(["hashes", "--json"], { DATA_DIR: dataDir });
      assert.equal(hashes.status, 0, hashes.stderr);
      await Deno.writeTextFile(`${dir}/source.json`, hashes.stdout);
      assert.equal(JSON.parse(second.stdout).lastPosition, headAtBackup, "nothing appended since");
      const flags2 = ["--store-schema", schemas[2]!, "--views-schema", schemas[3]!];
      const verified = await runCli(
        ["restore", quiet, "--verify-against", `${dir}/source.json`, ...flags2],
        pg,
      );
      assert.equal(verified.status, 0, verified.stdout + verified.stderr);
      assert.match(verified.stdout, /matches the expected hashes\nresult: identical\n$/);
    } finally {
      churning = false;
      await churn.catch(() => {});
      await load.stop().catch(() => {});
      await Promise.all(agents.map((a) => a.stop({ drainTimeoutMs: 0 })));
      await sb.stop({ keepData: true }).catch(() => {});
      await dropSchemas(...schemas);
      await Deno.remove(dir, { recursive: true });
    }
  },
});
