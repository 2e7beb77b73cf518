import assert from "node:assert/strict";
import { startEchoAgent } from "../../src/agent/demo-echo.ts";
import { parseEchoFlags } from "../../src/agent/echo-flags.ts";
import { FakeSwitchboard } from "./fake-switchboard.ts";
import { memoryLogger, TestClient } from "./ws-client.ts";

const noEnv = () => undefined;

Deno.test("echo agent: registers capability echo and echoes a large binary frame and many small ones", async () => {
  const api = new FakeSwitchboard();
  const agent = await startEchoAgent({
    switchboardUrl: api.url,
    id: "echo-x",
    name: "echo-x",
    logger: memoryLogger().logger,
  });
  const client = await TestClient.open(`${agent.url}?session=big`);
  try {
    assert.equal(await agent.registered, "echo-x");
    const body = api.registrations()[0]!.body!;
    assert.equal(body.agentType, "echo");
    assert.deepEqual(body.capabilities, ["echo"]);
    const big = crypto.getRandomValues(new Uint8Array(60_000));
    client.send(big);
    assert.deepEqual(new Uint8Array(await client.next() as ArrayBuffer), big);
    for (let i = 0; i < 1_000; i++) client.send(`frame ${i}`);
    for (let i = 0; i < 1_000; i++) assert.equal(await client.next(), `frame ${i}`);
  } finally {
    await client.close();
    await agent.stop();
    await api.close();
  }
});

Deno.test("echo flags: the documented command line parses", () => {
  const parsed = parseEchoFlags(
    ["--port", "8801", "--switchboard", "http://127.0.0.1:9000", "--token", "T", "--name=echo-1"],
    noEnv,
  );
  assert.ok(parsed.ok);
  assert.equal(parsed.flags.port, 8801);
  assert.deepEqual(parsed.flags.switchboardUrls, ["http://127.0.0.1:9000"]);
  assert.equal(parsed.flags.token, "T");
  assert.equal(parsed.flags.name, "echo-1");
  assert.equal(parsed.flags.id, undefined);
  assert.equal(parsed.flags.exitWithStdin, false);
});

Deno.test("echo flags: token from the environment; the flag wins", () => {
  const env = (name: string) => name === "SWITCHBOARD_AGENT_TOKEN" ? "from-env" : undefined;
  const fromEnv = parseEchoFlags(["--port", "1"], env);
  assert.ok(fromEnv.ok && fromEnv.flags.token === "from-env");
  const fromFlag = parseEchoFlags(["--port", "1", "--token", "flag"], env);
  assert.ok(fromFlag.ok && fromFlag.flags.token === "flag");
});

Deno.test("echo flags: several Switchboard URLs, from the flag or SWITCHBOARD_URLS", () => {
  const env = (name: string) =>
    name === "SWITCHBOARD_URLS" ? "http://a:9000, http://b:9000" : undefined;
  const fromEnv = parseEchoFlags(["--port", "1"], env);
  assert.ok(fromEnv.ok);
  assert.deepEqual(fromEnv.flags.switchboardUrls, ["http://a:9000", "http://b:9000"]);
  const fromFlag = parseEchoFlags(["--switchboard", "http://c:9000,http://d:9000"], env);
  assert.ok(fromFlag.ok);
  assert.deepEqual(fromFlag.flags.switchboardUrls, ["http://c:9000", "http://d:9000"]);
  const neither = parseEchoFlags(["--port", "1"], noEnv);
  assert.ok(neither.ok && neither.flags.switchboardUrls === undefined);
});

Deno.test("echo flags: bad values are named", () => {
  const cases: [string[], RegExp][] = [
    [["--port", "99999"], /--port/],
    [["--port", "abc"], /--port/],
    [["--switchboard", "not a url"], /--switchboard/],
    [["--switchboard", "http://a:9000,ftp://b"], /--switchboard/],
    [["--id", "has space"], /--id/],
    [["--bogus", "1"], /bogus/],
  ];
  for (const [args, message] of cases) {
    const parsed = parseEchoFlags(args, noEnv);
    assert.ok(!parsed.ok, args.join(" "));
    assert.match(parsed.message, message);
  }
});
