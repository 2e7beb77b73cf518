import assert from "node:assert/strict";
import { startAgent } from "../../src/agent/sdk.ts";
import { registrationSpec } from "../../src/agent/spec.ts";
import { echo } from "../../src/agent/demo-echo.ts";
import type { AgentOptions } from "../../src/agent/types.ts";
import { waitFor } from "../support/time.ts";
import { FakeSwitchboard, freePort } from "./fake-switchboard.ts";
import { memoryLogger, TestClient } from "./ws-client.ts";

const quiet = memoryLogger().logger;

function options(switchboardUrl: string, extra: Partial<AgentOptions> = {}): AgentOptions {
  return {
    name: "echo-test",
    agentType: "echo",
    capabilities: ["echo"],
    onSession: echo,
    switchboardUrl,
    token: "agent-token",
    heartbeatIntervalMs: 50,
    registerBackoff: { initialMs: 20, maxMs: 50 },
    drainTimeoutMs: 500,
    logger: quiet,
    ...extra,
  };
}

Deno.test("registers its spec with the bearer token and learns its id", async () => {
  const api = new FakeSwitchboard();
  const agent = await startAgent(options(api.url, { version: "1.2.3", weight: 3 }));
  try {
    const id = await agent.registered;
    assert.equal(id, "agent-1");
    assert.equal(agent.id, "agent-1");
    const [first] = api.registrations();
    assert.equal(first!.authorization, "Bearer agent-token");
    assert.deepEqual(first!.body, {
      name: "echo-test",
      host: "127.0.0.1",
      port: agent.port,
      path: "/",
      agentType: "echo",
      capabilities: ["echo"],
      version: "1.2.3",
      weight: 3,
      maxSessions: 1000,
      healthEndpoint: `http://127.0.0.1:${agent.port}/healthz`,
      pooling: true,
    });
  } finally {
    await agent.stop();
    await api.close();
  }
});

Deno.test("retries registration with backoff while Switchboard is not up yet", async () => {
  const port = freePort();
  const { records, logger } = memoryLogger();
  const agent = await startAgent(
    options(`http://127.0.0.1:${port}`, { id: "early-bird", logger }),
  );
  let api: FakeSwitchboard | undefined;
  try {
    await waitFor(
      () => records.some((r) => r.message === "register failed"),
      "a registration refused for want of Switchboard",
    );
    assert.equal(agent.sessionCount(), 0);
    api = new FakeSwitchboard({ port });
    assert.equal(await agent.registered, "early-bird");
    assert.equal(api.registrations()[0]!.body!.id, "early-bird");
  } finally {
    await agent.stop();
    await api?.close();
  }
});

Deno.test("heartbeats report the live session count", async () => {
  const api = new FakeSwitchboard();
  const agent = await startAgent(options(api.url));
  const clients: TestClient[] = [];
  try {
    const id = await agent.registered;
    const heartbeats = () => api.find(`/${id}/heartbeat`).map((r) => r.body!.sessions);
    await waitFor(() => heartbeats().includes(0), "a heartbeat with 0 sessions");
    clients.push(await TestClient.open(`${agent.url}?session=s1`));
    clients.push(await TestClient.open(`${agent.url}?session=s2`));
    await waitFor(() => heartbeats().at(-1) === 2, "a heartbeat with 2 sessions");
    await clients.pop()!.close();
    await waitFor(() => heartbeats().at(-1) === 1, "a heartbeat with 1 session");
    const last = api.find(`/${id}/heartbeat`).at(-1)!;
    assert.equal(last.authorization, "Bearer agent-token");
    assert.ok(last.body!.cpu === undefined || typeof last.body!.cpu === "number");
  } finally {
    for (const client of clients) await client.close();
    await agent.stop();
    await api.close();
  }
});

Deno.test("a heartbeat answered 404 makes the agent register again under the same id", async () => {
  const api = new FakeSwitchboard();
  const agent = await startAgent(options(api.url));
  try {
    const id = await agent.registered;
    await waitFor(() => api.find(`/${id}/heartbeat`).length > 0, "a first heartbeat");
    api.forget(id);
    await waitFor(() => api.registrations().length === 2, "a second registration");
    assert.equal(api.registrations()[1]!.body!.id, id, "re-registers with the id it was given");
    const before = api.find(`/${id}/heartbeat`).length;
    await waitFor(() => api.find(`/${id}/heartbeat`).length > before, "heartbeats again");
    assert.ok(api.agents.has(id));
  } finally {
    await agent.stop();
    await api.close();
  }
});

Deno.test("Switchboard errors are logged once per kind and never stop the agent", async () => {
  const api = new FakeSwitchboard({ token: "the-real-token" });
  const { records, logger } = memoryLogger();
  const agent = await startAgent(options(api.url, { logger }));
  try {
    await waitFor(() => api.registrations().length >= 5, "five refused registrations");
    const warnings = records.filter((r) => r.message === "register failed");
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]!.fields!.kind, "401 unauthorized");
    const client = await TestClient.open(`${agent.url}?session=still-serving`);
    client.send("ping");
    assert.equal(await client.next(), "ping");
    await client.close();
  } finally {
    await agent.stop();
    await api.close();
  }
});

Deno.test("bad options are refused before anything listens", async () => {
  await assert.rejects(
    startAgent(options("http://127.0.0.1:1", { capabilities: ["Not A Capability"] })),
    /invalid agent options: capabilities\.0/,
  );
  await assert.rejects(startAgent(options("http://127.0.0.1:1", { path: "no-slash" })), /path/);
});

Deno.test("registers as pooling unless the agent opts out of pooled sockets", () => {
  const spec = (extra: Partial<AgentOptions>) =>
    registrationSpec(options("http://127.0.0.1:1", extra), "127.0.0.1", 8801, "http://h/healthz");
  assert.equal(spec({}).pooling, true);
  assert.equal(spec({ pool: false }).pooling, undefined);
});
