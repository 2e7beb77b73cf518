import assert from "node:assert/strict";
import YAML from "yaml";
import { startEchoAgent } from "../../src/agent/demo-echo.ts";
import { signToken } from "../../src/auth/jwt.ts";
import { createVerifier } from "../../src/auth/verifiers.ts";
import { scanArchive } from "../../src/cli/archive-scan.ts";
import { freePorts } from "../support/fleet.ts";
import { waitFor } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";
import { parseTable, runCli, startCliNode } from "./ops-support.ts";

const AGENT_COLUMNS = [
  "ID",
  "NAME",
  "STATUS",
  "CAPABILITIES",
  "SESSIONS",
  "WEIGHT",
  "VERSION",
  "HEARTBEAT",
  "ADDRESS",
];
const RELATIVE = /^(\d+[smhd] ago|in \d+[smhd])$/;
const ESC = "\x1b[";

Deno.test("cli against an embedded node: every noun and verb, table and JSON shapes, exit codes", async (t) => {
  const sb = await startCliNode();
  const env = sb.env;
  const cli = (args: string[], extra: Record<string, string> = {}) =>
    runCli(args, { ...env, ...extra });
  const json = async (args: string[]) => {
    const r = await cli(["-o", "json", ...args]);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  };
  const agents = await Promise.all(["echo-1", "echo-2"].map(async (id) =>
    await startEchoAgent({
      id,
      name: id,
      port: 0,
      switchboardUrl: sb.node.url,
      token: await signToken(sb.node.jwtSecret!, { sub: id, roles: ["agent"] }, 600),
      ...(sb.node.dialPublicKey ? { edgePublicKey: sb.node.dialPublicKey } : {}),
    })
  ));
  const clients: TestClient[] = [];
  try {
    await Promise.all(agents.map((a) => a.registered));
    const clientToken = await signToken(sb.node.jwtSecret!, { sub: "c", roles: ["client"] }, 600);
    for (let i = 0; i < 3; i++) {
      clients.push(
        new TestClient(
          `${sb.node.url.replace("http", "ws")}/ws?capability=echo&access_token=${clientToken}`,
        ),
      );
    }
    const opened = await Promise.all(clients.map((c) => c.opened));

    await t.step(
      "agents ls: a table with relative times, JSON and YAML with the API's shape",
      async () => {
        const r = await cli(["agents", "ls"]);
        assert.equal(r.status, 0, r.stderr);
        assert.deepEqual(r.stdout.split("\n")[0]!.split(/\s{2,}/), AGENT_COLUMNS);
        const rows = parseTable(r.stdout);
        assert.deepEqual(rows.map((row) => row.ID).sort(), ["echo-1", "echo-2"]);
        for (const row of rows) {
          assert.equal(row.STATUS, "healthy");
          assert.equal(row.CAPABILITIES, "echo");
          assert.match(row.HEARTBEAT!, RELATIVE);
          assert.match(row.ADDRESS!, /^127\.0\.0\.1:\d+$/);
        }
        assert.ok(!r.stdout.includes(ESC), "no colour when stdout is not a terminal");
        const listed = await json(["agents", "ls"]);
        assert.deepEqual(Object.keys(listed), ["items"]);
        assert.equal(listed.items.length, 2);
        assert.ok(listed.items.every((a: { status: string }) => a.status === "healthy"));
        const yaml = await cli(["agents", "ls", "-o", "yaml"]);
        assert.equal(yaml.status, 0);
        assert.deepEqual(
          YAML.parse(yaml.stdout).items.map((a: { id: string }) => a.id).sort(),
          ["echo-1", "echo-2"],
        );
      },
    );

    await t.step("colour only on a terminal and never with NO_COLOR", async () => {
      const tty = await runCli(["agents", "ls"], env, { tty: true });
      assert.ok(tty.stdout.includes(`${ESC}32mhealthy${ESC}0m`), "healthy in green");
      const noColor = await runCli(["agents", "ls"], { ...env, NO_COLOR: "1" }, { tty: true });
      assert.ok(!noColor.stdout.includes(ESC));
      const flag = await runCli(["--no-color", "agents", "ls"], env, { tty: true });
      assert.ok(!flag.stdout.includes(ESC));
    });

    await t.step("agents show, weight, drain, undrain, maintenance, eject", async () => {
      const shown = await cli(["agents", "show", "echo-1"]);
      assert.equal(shown.status, 0);
      assert.match(shown.stdout, /^id:\s+echo-1$/m);
      assert.match(shown.stdout, /^registeredAt:\s+\S+ \(\d+[smhd] ago\)$/m);
      const missing = await cli(["agents", "show", "nope"]);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /no agent 'nope'/);

      assert.equal((await cli(["agents", "weight", "echo-1", "5"])).status, 0);
      assert.equal((await json(["agents", "show", "echo-1"])).weight, 5);
      const tooHeavy = await cli(["agents", "weight", "echo-1", "5000"]);
      assert.equal(tooHeavy.status, 2);
      assert.match(tooHeavy.stderr, /integer from 0 to 1000/);

      const drained = await cli(["agents", "drain", "echo-2", "--deadline", "600"]);
      assert.equal(drained.status, 0, drained.stderr);
      assert.equal(drained.stdout, "agent echo-2 draining\n");
      assert.equal((await json(["agents", "show", "echo-2"])).status, "draining");
      assert.equal((await cli(["agents", "undrain", "echo-2"])).status, 0);
      assert.equal((await json(["agents", "show", "echo-2"])).status, "healthy");

      const on = await json(["agents", "maintenance", "echo-2", "on"]);
      assert.deepEqual(on, { id: "echo-2", maintenance: true, status: "draining" });
      const inMaintenance = parseTable((await cli(["agents", "ls"])).stdout);
      assert.equal(inMaintenance.find((r) => r.ID === "echo-2")!.STATUS, "maintenance");
      assert.equal((await json(["agents", "show", "echo-2"])).maintenance, true);
      assert.equal((await cli(["agents", "maintenance", "echo-2", "off"])).status, 0);
      const after = await json(["agents", "show", "echo-2"]);
      assert.equal(after.status, "healthy");
      assert.equal(after.maintenance, undefined);
      assert.equal((await cli(["agents", "maintenance", "echo-2", "sideways"])).status, 2);

      const ejected = await json(["agents", "eject", "echo-2", "--reason", "cli test"]);
      assert.equal(ejected.status, "unhealthy");
      assert.match(ejected.reason, /cli test/);
    });

    await t.step("sessions ls, show, close", async () => {
      const r = await cli(["sessions", "ls", "--status", "active"]);
      assert.equal(r.status, 0, r.stderr);
      const rows = parseTable(r.stdout);
      assert.equal(rows.length, 3);
      for (const row of rows) {
        assert.equal(row.ID!.length, 8, "short ids");
        assert.equal(row.STATUS, "active");
        assert.match(row.OPENED!, RELATIVE);
      }
      const listed = await json(["sessions", "ls", "--status", "active"]);
      const ids: string[] = listed.items.map((s: { id: string }) => s.id).sort();
      const first = ids[0]!;
      assert.deepEqual(ids, opened.map((o) => o.sessionId).sort());
      const count = async (...filter: string[]) =>
        (await json(["sessions", "ls", ...filter])).items.length;
      assert.equal(await count("--client", "c", "--capability", "echo"), 3);
      assert.equal(await count("--client", "someone-else"), 0);
      assert.equal(await count("--capability", "chat"), 0);
      const one = await json(["sessions", "show", first]);
      assert.equal(one.id, first);
      // The 8 characters a table shows are enough to name a session.
      assert.equal((await json(["sessions", "show", first.slice(0, 8)])).id, first);
      const target = clients[opened.findIndex((o) => o.sessionId === first)]!;
      const closed = await cli(["sessions", "close", first]);
      assert.equal(closed.status, 0, closed.stderr);
      assert.equal((await target.closed).code, 1000);
    });

    await t.step("routing get, set", async () => {
      const r = await cli(["routing", "get"]);
      assert.equal(r.status, 0);
      assert.equal(parseTable(r.stdout.split("\n").slice(0, -2).join("\n"))[0]!.CAPABILITY, "echo");
      const set = await cli(["routing", "set", "echo", "--strategy", "least-connections"]);
      assert.equal(set.status, 0, set.stderr);
      assert.equal(parseTable(set.stdout)[0]!.STRATEGY, "least-connections");
      assert.equal((await json(["routing", "get", "echo"])).policy.strategy, "least-connections");
      const bad = await cli(["routing", "set", "echo", "--strategy", "nope"]);
      assert.equal(bad.status, 2, "a value the node refuses (400) is a usage error");
      assert.match(bad.stderr, /PUT \/routing: .*nope/);
    });

    await t.step("config get, set, history, diff, rollback", async () => {
      assert.equal((await cli(["config", "get", "health.ttlSeconds"])).stdout, "15\n");
      const set = await cli(["config", "set", "health.ttlSeconds", "20"]);
      assert.equal(set.status, 0, set.stderr);
      assert.match(set.stdout, /health\.ttlSeconds: 15 → 20/);
      assert.equal((await cli(["config", "set", "health.ttlSeconds", "25"])).status, 0);
      const history = await json(["config", "history"]);
      assert.deepEqual(history.items.map((v: { version: number }) => v.version), [1, 2]);
      const diff = await json(["config", "diff", "1", "2"]);
      assert.deepEqual(diff, { from: 1, to: 2, changes: ["health.ttlSeconds: 20 → 25"] });
      const rollback = await cli(["config", "rollback", "1"]);
      assert.equal(rollback.status, 0, rollback.stderr);
      assert.match(rollback.stdout, /version 3 \(= version 1\)/);
      assert.equal((await json(["config", "get"])).config.health.ttlSeconds, 20);
      const bad = await cli(["config", "set", "health.ttlSeconds", "-5"]);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /ttlSeconds/);
      assert.equal((await cli(["config", "get", "no.such.path"])).status, 1);
    });

    await t.step("keys create, ls, revoke; a revoked key is refused with advice", async () => {
      const created = await cli(["keys", "create", "--name", "ci", "--roles", "operator"]);
      assert.equal(created.status, 0, created.stderr);
      const key = created.stdout.trim();
      assert.match(key, /^sbk_/);
      assert.equal((await cli(["--token", key, "agents", "ls"])).status, 0);
      const forbidden = await cli(["--token", key, "keys", "ls"]);
      assert.equal(forbidden.status, 1);
      assert.match(forbidden.stderr, /requires role admin/);
      const listed = await json(["keys", "ls"]);
      const ci = listed.items.find((k: { name: string }) => k.name === "ci");
      assert.ok(ci);
      assert.equal((await cli(["keys", "revoke", ci.keyId.slice(0, 8)])).status, 0);
      const refused = await cli(["--token", key, "agents", "ls"]);
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /refused the credential from --token .*login/);
    });

    await t.step(
      "events tail: filters, limits, JSON lines; --follow prints new events live",
      async () => {
        const registered = await cli([
          "-o",
          "json",
          "events",
          "tail",
          "--type",
          "agent.registered",
        ]);
        assert.equal(registered.status, 0, registered.stderr);
        const lines = registered.stdout.trim().split("\n").map((l) => JSON.parse(l));
        assert.deepEqual(lines.map((e) => e.data.agentId).sort(), ["echo-1", "echo-2"]);
        const three = await cli(["events", "tail", "--from", "1", "-n", "3"]);
        assert.equal(three.stdout.trim().split("\n").length, 3);
        assert.match(three.stdout.split("\n")[0]!, /^\s+1\s+\d+[smhd] ago\s+apiKey\.issued\s/);
        const unknown = await cli(["events", "tail", "--type", "nope"]);
        assert.equal(unknown.status, 2);
        assert.match(unknown.stderr, /unknown event type 'nope'/);

        const stop = new AbortController();
        let printed = "";
        const following = runCli(
          ["-o", "json", "events", "tail", "--follow", "--type", "agent.weightChanged"],
          env,
          { signal: stop.signal, onStdout: (text) => printed += text },
        );
        await waitFor(() => printed.includes('"weight":5'), "the earlier weight change", 10_000);
        assert.equal((await cli(["agents", "weight", "echo-1", "6"])).status, 0);
        await waitFor(() => printed.includes('"weight":6'), "the new weight change, live", 10_000);
        stop.abort();
        const ended = await following;
        assert.equal(ended.status, 0);
        const seen = printed.trim().split("\n").map((l) => JSON.parse(l));
        assert.deepEqual(seen.map((e) => e.data.weight), [5, 6]);
      },
    );

    await t.step("nodes ls: this node, its partitions and sessions", async () => {
      const r = await cli(["nodes", "ls"]);
      assert.equal(r.status, 0, r.stderr);
      const [row] = parseTable(r.stdout);
      assert.equal(row!.ID, `${sb.node.nodeId}*`);
      assert.equal(row!.ADDRESS, sb.node.url);
      assert.equal(row!.PARTITIONS, "16 (0-15)");
      assert.equal(row!.SESSIONS, "2");
      assert.match(row!.STARTED!, RELATIVE);
      const listed = await json(["nodes", "ls"]);
      assert.deepEqual(Object.keys(listed.items[0]).sort(), [
        "address",
        "id",
        "lastSeen",
        "partitions",
        "self",
        "sessions",
        "startedAt",
        "version",
      ]);
    });

    await t.step("--watch prints again until interrupted", async () => {
      const stop = new AbortController();
      let renders = 0;
      const watching = runCli(["agents", "ls", "--watch", "--interval", "0.05"], env, {
        signal: stop.signal,
        onStdout: (text) => renders += text.split("\n").filter((l) => l.startsWith("ID")).length,
      });
      await waitFor(() => renders >= 3, "three renderings", 10_000);
      stop.abort();
      assert.equal((await watching).status, 0);
    });

    await t.step("online backup with a progress bar, restored offline elsewhere", async () => {
      const dir = await Deno.makeTempDir({ prefix: "switchboard-cli-backup-" });
      try {
        const path = `${dir}/online.ndjson.gz`;
        const r = await cli(["backup", path, "--server", sb.node.url]);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /backup \[█+\] 100%/);
        assert.match(
          r.stdout,
          /^backup .+: \d+ events up to position \d+, \d+ bytes, sha256 [0-9a-f]{64} \(online/,
        );
        const file = await Deno.open(path);
        const { trailer } = await scanArchive(file, path);
        file.close();
        assert.ok(trailer.events > 20);
        assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600);
        const restored = await runCli(["restore", path], { DATA_DIR: `${dir}/restored` });
        assert.equal(restored.status, 0, restored.stderr);
        assert.match(restored.stdout, /result: identical/);
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
    });

    await t.step("token signs with the embedded secret in ./data/jwt-secret", async () => {
      const r = await cli(["token", "--sub", "ops", "--roles", "operator"]);
      assert.equal(r.status, 0, r.stderr);
      const identity = await createVerifier({ hs256Secret: sb.node.jwtSecret! })(r.stdout.trim());
      assert.deepEqual(identity.roles, ["operator"]);
      assert.equal((await cli(["--token", r.stdout.trim(), "agents", "ls"])).status, 0);
    });

    await t.step(
      "login saves a context (0600) that later commands use; context use and ls",
      async () => {
        const login = await cli(["login", "--name", "local"]);
        assert.equal(login.status, 0, login.stderr);
        const path = `${env.XDG_CONFIG_HOME}/switchboard/contexts.json`;
        assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600);
        const contexts = await json(["context", "ls"]);
        assert.deepEqual(contexts, {
          current: "local",
          items: [{ name: "local", server: sb.node.url, current: true }],
        });
        // Elsewhere (no admin key, default port): the saved context finds the node.
        const elsewhere = { XDG_CONFIG_HOME: env.XDG_CONFIG_HOME!, HOME: env.HOME! };
        const r = await runCli(["-o", "json", "nodes", "ls"], elsewhere);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(JSON.parse(r.stdout).items[0].address, sb.node.url);
        const unknown = await runCli(["context", "use", "prod"], elsewhere);
        assert.equal(unknown.status, 2);
        assert.match(unknown.stderr, /no context 'prod'.*login --name prod/);
        const badContext = await runCli(["--context", "prod", "agents", "ls"], elsewhere);
        assert.equal(badContext.status, 2);
      },
    );

    await t.step("usage errors exit 2, failures 1, with what to do", async () => {
      const [closed] = freePorts(1);
      const refused = await cli(["--server", `http://127.0.0.1:${closed}`, "agents", "ls"]);
      assert.equal(refused.status, 1);
      assert.match(
        refused.stderr,
        new RegExp(
          `Is the node running at http://127.0.0.1:${closed}\\? Start it with \`deno task start\``,
        ),
      );
      assert.equal((await cli([])).status, 2);
      assert.equal((await cli(["agents"])).status, 2);
      const typo = await cli(["agents", "lss"]);
      assert.equal(typo.status, 2);
      assert.match(typo.stderr, /Did you mean ls\?/);
      assert.equal((await cli(["-o", "xml", "agents", "ls"])).status, 2);
      assert.equal((await cli(["--server", "ftp://x", "agents", "ls"])).status, 2);
      const help = await cli(["--help"]);
      assert.equal(help.status, 0);
      for (
        const noun of [
          "agents",
          "sessions",
          "routing",
          "config",
          "alerts",
          "rules",
          "silences",
          "channels",
          "keys",
          "events",
          "nodes",
          "backup",
          "restore",
          "replay",
          "hashes",
          "token",
          "login",
          "context",
          "completion",
        ]
      ) {
        assert.match(help.stdout, new RegExp(`^  ${noun}\\b`, "m"), noun);
      }
    });
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await Promise.all(agents.map((a) => a.stop({ drainTimeoutMs: 0 })));
    await sb.stop();
  }
});
