import assert from "node:assert/strict";
import { ConfigError, loadConfig, modeOf } from "../../src/config/config.ts";

Deno.test("config: defaults give an embedded node on 127.0.0.1:9000 with demo agents", () => {
  const config = loadConfig({}, []);
  assert.equal(config.host, "127.0.0.1");
  assert.equal(config.port, 9000);
  assert.equal(config.demoAgents, true);
  assert.equal(config.dataDir, "./data");
  assert.equal(modeOf(config), "embedded");
});

Deno.test("config: environment and flags, flags winning", () => {
  const config = loadConfig(
    {
      PORT: "9100",
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test",
      NATS_URL: "nats://127.0.0.1:4222",
      DEMO_AGENTS: "1",
    },
    ["--port", "9200", "--no-demo", "--log-level=debug"],
  );
  assert.equal(config.port, 9200);
  assert.equal(config.demoAgents, false);
  assert.equal(config.logLevel, "debug");
  assert.equal(modeOf(config), "cluster");
});

Deno.test("config: an invalid value is one line naming the variable", () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ PORT: "nine" }, /^invalid PORT: /],
    [{ PORT: "70000" }, /^invalid PORT: /],
    [{ DATABASE_URL: "mysql://x" }, /^invalid DATABASE_URL: /],
    [{ NATS_URL: "localhost" }, /^invalid NATS_URL: /],
    [{ SWITCHBOARD_JWT_SECRET: "short" }, /^invalid SWITCHBOARD_JWT_SECRET: .*32/],
    [{ LOG_LEVEL: "loud" }, /^invalid LOG_LEVEL: /],
  ];
  for (const [env, pattern] of cases) {
    assert.throws(() => loadConfig(env, []), (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      assert.match(e.message, pattern);
      assert.ok(!e.message.includes("\n"));
      return true;
    });
  }
});

Deno.test("config: unknown flags and flags without values are refused", () => {
  assert.throws(() => loadConfig({}, ["--bogus"]), /unknown option --bogus/);
  assert.throws(() => loadConfig({}, ["--port"]), /--port needs a value/);
});

Deno.test("config: the webhook allowlist is a checked, comma-separated list", () => {
  assert.deepEqual(loadConfig({}, []).notifyAllowedHosts, []);
  const config = loadConfig({
    SWITCHBOARD_NOTIFY_ALLOWED_HOSTS: " hooks.example.com, *.corp.example ,10.0.0.0/8",
  }, []);
  assert.deepEqual(config.notifyAllowedHosts, [
    "hooks.example.com",
    "*.corp.example",
    "10.0.0.0/8",
  ]);
  assert.throws(
    () => loadConfig({ SWITCHBOARD_NOTIFY_ALLOWED_HOSTS: "ok.example,http://x/" }, []),
    /^ConfigError: invalid SWITCHBOARD_NOTIFY_ALLOWED_HOSTS: "http:\/\/x\/" is neither/,
  );
});
