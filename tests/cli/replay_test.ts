import assert from "node:assert/strict";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "kysely";
import { pgliteProjectionDatabase } from "../../projections/database.ts";
import { allProjections, startProjections } from "../../projections/mod.ts";
import { liveSet } from "../../projections/table-sets.ts";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import { ignoreWithout, requireUrl } from "../support/services.ts";
import { postgresBackend } from "../projections/backends.ts";
import type { ProjectionSpace } from "../../projections/table-sets.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import { Driver } from "../projections/driver.ts";
import { cli } from "./run-cli.ts";

async function someHistory(driver: Driver): Promise<void> {
  await driver.register("a1", 0);
  await driver.register("a2", 0, { capabilities: ["chat"] });
  for (let i = 0; i < 20; i++) {
    await driver.openRouted(`s${i}`, i % 2 ? "a1" : "a2", i, i % 2 ? "echo" : "chat");
    await driver.traffic(`s${i}`, i + 1);
    if (i % 3 === 0) await driver.send("session", `s${i}`, "close", { reason: "done" }, i + 2);
  }
}

/** A deployment whose projections ran and caught up, then stopped: what an auditor finds. */
async function auditedDeployment(store: EventStore, space: ProjectionSpace): Promise<void> {
  await someHistory(new Driver(store));
  const running = await startProjections(store, space);
  await running.caughtUp();
  await running.stop();
}

Deno.test({
  name:
    "cli replay: identical rebuild exits 0; a tampered live table is named and exits 1 (postgres)",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const backend = await postgresBackend();
    try {
      await auditedDeployment(backend.store, backend.space);
      const env = { DATABASE_URL: requireUrl("postgres") };
      const flags = ["--store-schema", backend.storeSchema, "--views-schema", backend.space.base];

      const ok = await cli(["replay", ...flags], env);
      assert.equal(ok.status, 0, ok.stdout + ok.stderr);
      assert.match(ok.stdout, /result: identical/);
      assert.match(ok.stdout, /sessions at position \d+: identical/);
      assert.match(ok.stderr, /replay \[█+\] 100%/);

      const registry = (await liveSet(backend.space, "registry"))!;
      await backend.space.database.transaction((trx) =>
        sql`UPDATE ${
          sql.id(registry.schema, "agents")
        } SET status = 'unhealthy' WHERE agent_id = 'a1'`
          .execute(trx)
      );
      const tampered = await cli(["replay", "--verify-only", "--json", ...flags], env);
      assert.equal(tampered.status, 1);
      const report = JSON.parse(tampered.stdout);
      const agents = report.projections.find((p: { projection: string }) =>
        p.projection === "registry"
      )
        .comparison.find((t: { table: string }) => t.table === "agents");
      assert.equal(agents.identical, false);
      assert.equal(agents.live.rows, agents.rebuilt.rows);
      assert.notEqual(agents.live.hash, agents.rebuilt.hash);

      // --verify-only left the tampered set live; a full replay repairs it.
      assert.equal((await liveSet(backend.space, "registry"))!.schema, registry.schema);
      assert.equal((await cli(["replay", ...flags], env)).status, 1);
      assert.equal((await cli(["replay", ...flags], env)).status, 0);
    } finally {
      await backend.close();
    }
  },
});

Deno.test("cli replay: embedded data directory, run as `deno task replay` would run it", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "sb-replay-" });
  try {
    const pglite = new PGlite(`${dataDir}/pglite`);
    const store = await pgliteEventStore({ pglite });
    const space = { database: pgliteProjectionDatabase(pglite), base: "switchboard_views" };
    await auditedDeployment(store, space);
    await store.close();
    await pglite.close();

    const command = new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "src/cli/main.ts", "replay"],
      env: { DATA_DIR: dataDir, DATABASE_URL: "" },
      stdout: "piped",
      stderr: "piped",
    });
    const { code, stdout, stderr } = await command.output();
    const text = new TextDecoder().decode(stdout);
    assert.equal(code, 0, text + new TextDecoder().decode(stderr));
    assert.match(text, /replayed \d+ events in [\d.]+ s \([\d,]+ events\/s\)/);
    assert.match(text, /result: identical/);
    assert.equal(allProjections.length, 5);
    assert.match(text, /alerts at position \d+: identical/);
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("cli: usage errors exit 2 and say why", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "sb-empty-" });
  try {
    const none = await cli([], {});
    assert.equal(none.status, 2);
    assert.match(none.stderr, /usage: switchboard <command>/i);
    const unknown = await cli(["frobnicate"], {});
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command 'frobnicate'/);
    const badFlag = await cli(["replay", "--nope"], {});
    assert.equal(badFlag.status, 2);
    assert.match(badFlag.stderr, /unknown option --nope/);
    const missing = await cli(["replay"], { DATA_DIR: dataDir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no embedded database at/);
    const help = await cli(["replay", "--help"], {});
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--verify-only/);
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});
