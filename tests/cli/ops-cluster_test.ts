import assert from "node:assert/strict";
import { signToken } from "../../src/auth/jwt.ts";
import { startNode, type SwitchboardNode } from "../../src/node/start.ts";
import { createLogger } from "../../src/telemetry/log.ts";
import { dropNamespace } from "../support/namespace.ts";
import { clusterNodeConfig } from "../support/node.ts";
import { ignoreWithout, uniqueName } from "../support/services.ts";
import { waitFor } from "../support/time.ts";
import { parseTable, runCli } from "./ops-support.ts";

const SECRET = "cli-cluster-secret-cli-cluster-secret-0123";

Deno.test({
  name:
    "cli against a two-node cluster: nodes ls lists both; events tail --follow resumes across a node restart without gaps or repeats",
  ignore: ignoreWithout("postgres", "nats"),
  async fn() {
    const namespace = uniqueName("sb_cli");
    const running = new Map<string, SwitchboardNode>();
    const start = async (nodeId: string, port = "0") => {
      const node = await startNode(
        clusterNodeConfig({ namespace, secret: SECRET }, nodeId, {
          PORT: port,
          LOG_LEVEL: "error",
        }),
        createLogger("error"),
      );
      running.set(nodeId, node);
      return node;
    };
    const config = await Deno.makeTempDir({ prefix: "sb-cli-config-" });
    const stopFollowing = new AbortController();
    let following: ReturnType<typeof runCli> | undefined;
    try {
      const a = await start("node-a");
      const b = await start("node-b");
      const admin = await signToken(SECRET, { sub: "ops", roles: ["admin"] }, 600);
      const env = { XDG_CONFIG_HOME: config, HOME: config, SWITCHBOARD_TOKEN: admin };
      const onA = ["--server", a.url];

      // nodes ls: both nodes, each with its address, version, share of the partitions.
      type Row = { id: string; address: string; partitions: number[]; self: boolean };
      let nodes: Row[] = [];
      await waitFor(
        async () => {
          const r = await runCli(["-o", "json", "nodes", "ls", ...onA], env);
          nodes = r.status === 0 ? JSON.parse(r.stdout).items : [];
          return nodes.length === 2 && nodes.every((n) => n.address && n.partitions.length === 2);
        },
        "both nodes announced, with two partitions each",
        30_000,
      );
      assert.deepEqual(nodes.map((n) => [n.id, n.address, n.self]), [
        ["node-a", a.url, true],
        ["node-b", b.url, false],
      ]);
      assert.deepEqual(nodes.flatMap((n) => n.partitions).sort(), [0, 1, 2, 3]);
      const table = await runCli(["nodes", "ls", "--server", b.url], env);
      assert.equal(table.status, 0, table.stderr);
      const rows = parseTable(table.stdout);
      assert.deepEqual(rows.map((r) => r.ID), ["node-a", "node-b*"]);
      for (const row of rows) {
        assert.match(row.PARTITIONS!, /^2 \(\d(-\d)?(,\d)?\)$/);
        assert.equal(row.VERSION, "1.0.0");
      }

      // events tail --follow on node A, from the current head.
      const from = (await a.store.headPosition()) + 1;
      let printed = "";
      following = runCli(
        ["-o", "json", "events", "tail", "--follow", "--from", String(from), ...onA],
        env,
        { signal: stopFollowing.signal, onStdout: (t) => printed += t },
      );
      const agentIds = () =>
        printed.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l))
          .filter((e) => e.type === "agent.registered").map((e) => e.data.agentId);
      const register = async (via: SwitchboardNode, id: string) => {
        const r = await fetch(`${via.url}/api/v1/agents`, {
          method: "POST",
          headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
          body: JSON.stringify({
            id,
            name: id,
            host: "127.0.0.1",
            port: 9,
            agentType: "echo",
            capabilities: ["echo"],
          }),
        });
        assert.equal(r.status, 201, await r.text());
      };
      await register(b, "before-1");
      await waitFor(() => agentIds().includes("before-1"), "an event live through node A", 15_000);

      // Node A goes away; events keep coming through B; A comes back on the same address.
      const port = new URL(a.url).port;
      await a.stop();
      running.delete("node-a");
      await register(b, "during-1");
      await register(b, "during-2");
      const back = await start("node-a", port);
      assert.equal(back.url, a.url);
      await register(b, "after-1");
      await waitFor(
        () => agentIds().includes("after-1"),
        "the follower back on node A, caught up",
        30_000,
      );
      stopFollowing.abort();
      const ended = await following;
      following = undefined;
      assert.equal(ended.status, 0, ended.stderr);
      assert.match(ended.stderr, /resuming from position \d+/);

      // Every event from `from` on, once each, in order: what the log holds.
      const seen = printed.trim().split("\n").map((l) => JSON.parse(l).position as number);
      const log = (await b.store.readAll({ after: from - 1, limit: 100_000 }))
        .map((e) => e.position).filter((p) => p <= seen.at(-1)!);
      assert.deepEqual(seen, log);
      assert.deepEqual(agentIds(), ["before-1", "during-1", "during-2", "after-1"]);

      // An online backup through either node: PostgreSQL's log as the store holds it.
      const file = `${config}/cluster.ndjson.gz`;
      const backup = await runCli(["-o", "json", "backup", file, "--server", b.url], env);
      assert.equal(backup.status, 0, backup.stderr);
      const written = JSON.parse(backup.stdout);
      const logged = await back.store.readAll({ after: 0, limit: 100_000 });
      assert.equal(written.events, logged.filter((e) => e.position <= written.upToPosition).length);
      assert.ok(written.events > 0);
    } finally {
      stopFollowing.abort();
      await following?.catch(() => {});
      for (const node of running.values()) await node.stop();
      await dropNamespace(namespace);
      await Deno.remove(config, { recursive: true });
    }
  },
});
