import assert from "node:assert/strict";
import { PGlite } from "@electric-sql/pglite";
import type { RecordedEvent } from "../../events/envelope.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import { postgresEventStore } from "../../src/store/postgres.ts";
import { postgresBackend } from "../projections/backends.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../support/services.ts";
import {
  backupLines,
  cli,
  dropSchemas,
  embeddedDeployment,
  projectLog,
  realisticLog,
} from "./backup-support.ts";

async function allEvents(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: events.at(-1)?.position ?? 0, limit: 1_000 });
    events.push(...page);
    if (page.length < 1_000) return events;
  }
}

/** What a restored store must hold: the source's events, field for field, and its command ids. */
async function assertSameLog(source: EventStore, target: EventStore): Promise<void> {
  const [a, b] = [await allEvents(source), await allEvents(target)];
  assert.ok(a.length > 1_000, `a realistic log, got ${a.length} events`);
  assert.deepEqual(b, a);
  for (const e of [a[0]!, a[Math.floor(a.length / 2)]!, a.at(-1)!]) {
    const commandId = e.metadata.commandId!;
    assert.deepEqual(
      await target.findCommand(e.streamId, commandId),
      await source.findCommand(e.streamId, commandId),
    );
  }
  // The position sequence continues after the restored log.
  const next = await target.append(a[0]!.streamId, [{ type: a[0]!.type, data: a[0]!.data }]);
  assert.equal(next.positions[0], a.at(-1)!.position + 1);
}

/** The backup's format, checked from outside: header, one line per event, trailer with the hash. */
async function assertFormat(path: string, kind: string, events: number, printed: string) {
  const lines = await backupLines(path);
  const header = JSON.parse(lines[0]!);
  assert.equal(header.record, "header");
  assert.equal(header.format, "switchboard-backup");
  assert.equal(header.version, 1);
  assert.equal(header.source.kind, kind);
  const trailer = JSON.parse(lines.at(-1)!);
  assert.equal(trailer.record, "trailer");
  assert.equal(trailer.events, events);
  assert.equal(lines.length, events + 2);
  const bytes = new TextEncoder().encode(lines.slice(0, -1).map((l) => `${l}\n`).join(""));
  const sha = Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)))
    .map((b) => b.toString(16).padStart(2, "0")).join("");
  assert.equal(trailer.sha256, sha);
  assert.match(
    printed,
    new RegExp(`^backup .+: ${events} events .*, \\d+ bytes, sha256 ${sha}\\n$`),
  );
  const first = JSON.parse(lines[1]!);
  assert.deepEqual(Object.keys(first), [
    "id",
    "streamId",
    "version",
    "position",
    "type",
    "schemaVersion",
    "data",
    "metadata",
    "commandId",
    "recordedAt",
  ]);
  assert.match(first.recordedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  assert.equal(await Deno.stat(`${path}.tmp`).then(() => true, () => false), false);
}

Deno.test({
  name: "backup from PGlite, restore into PostgreSQL: same events, same projection hashes",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "sb-backup-" });
    const storeSchema = uniqueName("sb_store");
    const views = uniqueName("sbv");
    try {
      const count = await embeddedDeployment(dir);
      const embedded = { DATA_DIR: dir, DATABASE_URL: "" };
      const source = await cli(["hashes", "--json"], embedded);
      assert.equal(source.status, 0, source.stderr);
      await Deno.writeTextFile(`${dir}/source.json`, source.stdout);

      const file = `${dir}/log.ndjson.gz`;
      const backup = await cli(["backup", file], embedded);
      assert.equal(backup.status, 0, backup.stderr);
      await assertFormat(file, "pglite", count, backup.stdout);

      const pg = { DATABASE_URL: requireUrl("postgres") };
      const flags = ["--store-schema", storeSchema, "--views-schema", views];
      const restore = await cli(
        ["restore", file, "--verify-against", `${dir}/source.json`, ...flags],
        pg,
      );
      assert.equal(restore.status, 0, restore.stdout + restore.stderr);
      assert.match(restore.stdout, new RegExp(`^restored ${count} events from `));
      assert.match(restore.stdout, /a fresh rebuild is identical/);
      assert.match(restore.stdout, /matches the expected hashes\nresult: identical\n$/);

      const target = await cli(["hashes", "--json", ...flags], pg);
      assert.deepEqual(JSON.parse(target.stdout), JSON.parse(source.stdout));
      const again = await cli(["restore", file, ...flags], pg);
      assert.equal(again.status, 1);
      assert.match(again.stderr, /is not empty: it holds events \(up to position \d+\)/);

      const pglite = new PGlite(`${dir}/pglite`);
      const from = await pgliteEventStore({ pglite });
      const to = await postgresEventStore({ url: pg.DATABASE_URL, schema: storeSchema });
      try {
        await assertSameLog(from, to);
      } finally {
        await to.close();
        await from.close();
        await pglite.close();
      }
    } finally {
      await dropSchemas(storeSchema, views);
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "backup from PostgreSQL, restore into a new embedded data directory: same hashes",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const backend = await postgresBackend();
    const dir = await Deno.makeTempDir({ prefix: "sb-restore-" });
    try {
      const count = await realisticLog(backend.store);
      await projectLog(backend.store, backend.space);
      const pg = { DATABASE_URL: requireUrl("postgres") };
      const flags = ["--store-schema", backend.storeSchema, "--views-schema", backend.space.base];
      const source = await cli(["hashes", "--json", ...flags], pg);
      assert.equal(source.status, 0, source.stderr);
      await Deno.writeTextFile(`${dir}/source.json`, source.stdout);

      const file = `${dir}/log.ndjson.gz`;
      const backup = await cli(["backup", file, ...flags], pg);
      assert.equal(backup.status, 0, backup.stderr);
      await assertFormat(file, "postgres", count, backup.stdout);

      // The data directory does not exist yet: restore creates it.
      const embedded = { DATA_DIR: `${dir}/node`, DATABASE_URL: "" };
      const restore = await cli(
        ["restore", file, "--json", "--verify-against", `${dir}/source.json`],
        embedded,
      );
      assert.equal(restore.status, 0, restore.stdout + restore.stderr);
      const report = JSON.parse(restore.stdout);
      assert.equal(report.events, count);
      assert.equal(report.freshRebuildIdentical, true);
      assert.equal(report.matchesExpected, true);
      assert.deepEqual(report.hashes, JSON.parse(source.stdout));

      const target = await cli(["hashes"], embedded);
      assert.match(target.stdout, new RegExp(`fingerprint ${report.hashes.fingerprint}\\n$`));

      const pglite = new PGlite(`${dir}/node/pglite`);
      const to = await pgliteEventStore({ pglite });
      try {
        await assertSameLog(backend.store, to);
      } finally {
        await to.close();
        await pglite.close();
      }
    } finally {
      await backend.close();
      await Deno.remove(dir, { recursive: true });
    }
  },
});
