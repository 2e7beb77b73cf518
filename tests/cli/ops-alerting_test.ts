import assert from "node:assert/strict";
import { waitFor } from "../support/time.ts";
import { parseTable, runCli, startCliNode } from "./ops-support.ts";

Deno.test("cli alerting nouns against the real routes: channels, rules, alerts, silences; routing dry-run", async () => {
  const sb = await startCliNode({ ALERT_EVALUATION_INTERVAL_SECONDS: "1" });
  const received: unknown[] = [];
  const receiver = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (req) => {
      received.push(await req.json());
      return new Response("ok");
    },
  );
  const dir = await Deno.makeTempDir({ prefix: "sb-cli-alerting-" });
  const cli = (args: string[]) => runCli(args, sb.env);
  const json = async (args: string[]) => {
    const r = await cli(["-o", "json", ...args]);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  };
  try {
    const key = (await Deno.readTextFile(`${sb.dataDir}/admin-api-key`)).trim();
    const registered = await fetch(`${sb.node.url}/api/v1/agents`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({
        id: "a1",
        name: "a1",
        host: "127.0.0.1",
        port: 9,
        agentType: "echo",
        capabilities: ["echo"],
      }),
    });
    assert.equal(registered.status, 201);

    // channels add / ls
    const hook = `http://127.0.0.1:${receiver.addr.port}/hook`;
    const added = await json([
      "channels",
      "add",
      "--name",
      "hook",
      "--url",
      hook,
      "--secret",
      "0123456789abcdef0123",
    ]);
    const channelId = added.id as string;
    const channels = await cli(["channels", "ls"]);
    assert.equal(channels.status, 0, channels.stderr);
    const [row] = parseTable(channels.stdout);
    assert.equal(row!.NAME, "hook");
    assert.equal(row!.URL, hook);
    assert.equal(row!.SIGNED, "yes");

    // rules apply (create, then update the same id), ls, dry-run
    const rule = {
      id: "agent-down",
      name: "agent down",
      metric: "unhealthy_agents",
      op: ">",
      threshold: 5,
      forSeconds: 0,
      severity: "critical",
      channels: [channelId],
    };
    await Deno.writeTextFile(`${dir}/rule.json`, JSON.stringify(rule));
    const created = await cli(["rules", "apply", "-f", `${dir}/rule.json`]);
    assert.equal(created.status, 0, created.stderr);
    assert.equal(created.stdout, "rule agent-down (agent down) applied\n");
    await Deno.writeTextFile(
      `${dir}/rule.yaml`,
      `id: agent-down\nname: agent down\nmetric: unhealthy_agents\nop: ">"\nthreshold: 0\n` +
        `forSeconds: 0\nseverity: critical\nchannels: [${channelId}]\n`,
    );
    assert.equal((await cli(["rules", "apply", "-f", `${dir}/rule.yaml`])).status, 0);
    const rules = parseTable((await cli(["rules", "ls"])).stdout);
    assert.deepEqual(rules.map((r) => [r.ID, r.METRIC, r.CONDITION]), [
      ["agent-down", "unhealthy_agents", "> 0 for 0s"],
    ]);
    const dryRun = await cli(["rules", "dry-run", "-f", `${dir}/rule.yaml`, "--window", "1h"]);
    assert.equal(dryRun.status, 0, dryRun.stderr);
    assert.match(dryRun.stdout, /^\d+ evaluations from \S+ to \S+ \(every \d+s, from [a-z-]+\)/);
    const badRule = await cli(["rules", "apply", "-f", `${dir}/missing.yaml`]);
    assert.equal(badRule.status, 2);

    // an agent ejected: the alert fires, is listed, acknowledged, and delivered
    assert.equal((await cli(["agents", "eject", "a1"])).status, 0);
    let alerts: { id: string; state: string; acknowledged: boolean }[] = [];
    await waitFor(
      async () => {
        alerts = (await json(["alerts", "ls"])).items;
        return alerts.length === 1;
      },
      "the alert firing",
      30_000,
    );
    const table = parseTable((await cli(["alerts", "ls"])).stdout);
    assert.equal(table[0]!.STATE, "firing");
    assert.equal(table[0]!.RULE, "agent-down");
    assert.equal(table[0]!.SEVERITY, "critical");
    const ack = await cli(["alerts", "ack", alerts[0]!.id, "-c", "on it"]);
    assert.equal(ack.status, 0, ack.stderr);
    assert.equal((await json(["alerts", "ls"])).items[0].acknowledged, true);
    assert.match((await cli(["alerts", "ls"])).stdout, /firing \(acked\)/);
    await waitFor(() => received.length > 0, "a webhook delivery", 30_000);
    assert.equal((received[0] as { version: string }).version, "4");
    let deliveries: Record<string, string>[] = [];
    await waitFor(
      async () => {
        deliveries = parseTable((await cli(["channels", "deliveries", channelId])).stdout);
        return deliveries.some((d) => d.OUTCOME === "ok");
      },
      "the delivery recorded",
      15_000,
    );
    assert.equal(deliveries[0]!.HTTP, "200");

    // silences add / ls / rm
    const silence = await json([
      "silences",
      "add",
      "-m",
      "alertname=agent down",
      "-m",
      "severity=~crit.*",
      "-d",
      "2h",
      "-c",
      "maintenance window",
    ]);
    const silenceId = (silence.silenceId ?? silence.id) as string;
    const silences = parseTable((await cli(["silences", "ls"])).stdout);
    assert.equal(silences[0]!.STATE, "active");
    assert.equal(silences[0]!.MATCHERS, "alertname=agent down,severity=~crit.*");
    assert.match(silences[0]!.ENDS!, /^in (1h|2h|119m|120m)$/);
    assert.equal((await cli(["silences", "add", "-m", "bad matcher"])).status, 2);
    assert.equal((await cli(["silences", "rm", silenceId])).status, 0);

    // routing dry-run: a policy tried on recorded decisions
    const routing = await cli(["routing", "dry-run", "echo", "--strategy", "least-connections"]);
    assert.equal(routing.status, 0, routing.stderr);
    assert.match(routing.stdout, /^\d+ recent sessions of echo under least-connections: /);

    // rm
    assert.equal((await cli(["rules", "rm", "agent-down"])).status, 0);
    assert.deepEqual((await json(["rules", "ls"])).items, []);
    assert.equal((await cli(["channels", "rm", channelId])).status, 0);
    assert.equal((await cli(["channels", "rm", channelId])).status, 1);
  } finally {
    await receiver.shutdown();
    await sb.stop();
    await Deno.remove(dir, { recursive: true });
  }
});
