import assert from "node:assert/strict";
import { loadConfig } from "../../../src/config/config.ts";
import { startNode } from "../../../src/node/start.ts";
import { createLogger } from "../../../src/telemetry/log.ts";
import { defaultRuntimeConfig } from "../../../actors/config/mod.ts";

/**
 * Rules stored in the runtime config by an older version (`alertRules`)
 * become rule resources at the next start, once: a restart changes nothing,
 * and a migrated rule deleted since stays deleted.
 */
Deno.test("config migration: rules in an old config become rule resources once, at start", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "switchboard-migrate-" });
  const config = loadConfig(
    { PORT: "0", DATA_DIR: dataDir, DEMO_AGENTS: "0", LOG_LEVEL: "error", SWITCHBOARD_AUTH: "off" },
    [],
  );
  const log = createLogger("error");
  try {
    let node = await startNode(config, log);
    // What an older node wrote: the whole config, rules inside.
    await node.store.append("config-global", [{
      type: "config.changed",
      data: {
        version: 1,
        config: {
          ...defaultRuntimeConfig,
          alertRules: [
            {
              id: "old-errors",
              name: "errors",
              metric: "error_rate",
              op: ">",
              threshold: 0.05,
              forSeconds: 60,
              severity: "warning",
            },
            {
              id: "old-lag",
              name: "lag",
              metric: "projection_lag",
              op: ">",
              threshold: 1000,
              forSeconds: 0,
              severity: "info",
            },
            { id: "broken", name: "", metric: "nope" },
          ],
        },
        at: new Date().toISOString(),
      },
    }]);
    await node.stop();

    node = await startNode(config, log);
    assert.deepEqual(node.alerting.rules.list().map((r) => [r.id, r.metric]), [
      ["old-errors", "error_rate"],
      ["old-lag", "projection_lag_ms"],
    ]);
    assert.equal("alertRules" in node.config.current(), false, "the config itself has no rules");
    const created = await node.store.readStream("alertrule-old-errors");
    assert.deepEqual(created.map((e) => [e.type, (e.data as { source: string }).source]), [
      ["alertRule.created", "config"],
    ]);
    const res = await fetch(`${node.url}/api/v1/alert-rules/old-lag`, { method: "DELETE" });
    assert.equal(res.status, 200);
    await res.body?.cancel();
    await node.stop();

    node = await startNode(config, log);
    assert.deepEqual(node.alerting.rules.list().map((r) => r.id), ["old-errors"]);
    assert.equal((await node.store.readStream("alertrule-old-errors")).length, 1, "migrated once");
    await node.stop();
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});
