import assert from "node:assert/strict";
import { startAgent } from "../../src/agent/sdk.ts";
import { echo } from "../../src/agent/demo-echo.ts";
import type { AgentOptions } from "../../src/agent/types.ts";
import { FakeClock, waitFor } from "../support/time.ts";
import { FakeSwitchboard, freePort } from "./fake-switchboard.ts";
import { memoryLogger, rawUpgrade, TestClient } from "./ws-client.ts";

function options(switchboardUrl: string, extra: Partial<AgentOptions> = {}): AgentOptions {
  return {
    name: "stop-test",
    agentType: "echo",
    capabilities: ["echo"],
    onSession: echo,
    switchboardUrl,
    heartbeatIntervalMs: 50,
    registerBackoff: { initialMs: 20, maxMs: 50 },
    logger: memoryLogger().logger,
    ...extra,
  };
}

Deno.test("stop drains, waits for the live session to end, then deregisters", async () => {
  const api = new FakeSwitchboard();
  const clock = new FakeClock(); // heartbeats come when the test moves time
  const agent = await startAgent(options(api.url, { drainTimeoutMs: 5_000, clock }));
  const beats = () => api.requests.filter((r) => r.path.endsWith("/heartbeat")).length;
  const id = await agent.registered;
  const client = await TestClient.open(`${agent.url}?session=lingering`);
  const stopped = agent.stop();
  let done = false;
  stopped.then(() => done = true);

  await waitFor(() => api.find(`/${id}/drain`).length === 1, "the drain call");
  // Switchboard is told 60% of the agent's own wait, so the edge moves sessions before it closes them.
  assert.deepEqual(api.find(`/${id}/drain`)[0]!.body, { deadlineSeconds: 3 });
  const health = await fetch(`http://127.0.0.1:${agent.port}/healthz`);
  assert.equal(health.status, 503);
  assert.deepEqual(await health.json(), { status: "draining", sessions: 1, pool: true });
  assert.equal((await rawUpgrade(agent.port, "/?session=new")).status, 503, "no new sessions");

  // The old session still works while draining.
  client.send("still here");
  assert.equal(await client.next(), "still here");
  // Still a member while draining: the next heartbeat goes out, and stop has not returned.
  await clock.advance(50);
  await waitFor(() => beats() === 1, "a heartbeat while draining");
  assert.equal(done, false, "stop waits for the session");
  assert.equal(api.find(`/${id}`, "DELETE").length, 0, "not deregistered while a session lives");

  await client.close();
  await stopped;
  const order = api.requests
    .filter((r) => !r.path.endsWith("/heartbeat"))
    .map((r) => `${r.method} ${r.path}`);
  assert.deepEqual(order, [
    "POST /api/v1/agents",
    `POST /api/v1/agents/${id}/drain`,
    `DELETE /api/v1/agents/${id}`,
  ]);
  assert.equal(api.agents.size, 0);
  assert.equal(clock.pendingTimers, 0, "no heartbeat left to come");
  await clock.advance(1_000);
  assert.equal(beats(), 1);
  await api.close();
});

Deno.test("sessions still open at the drain deadline are closed with 1001", async () => {
  const api = new FakeSwitchboard();
  const agent = await startAgent(options(api.url));
  const id = await agent.registered;
  const client = await TestClient.open(`${agent.url}?session=stubborn`);
  const started = Date.now();
  await agent.stop({ drainTimeoutMs: 200 });
  assert.ok(Date.now() - started >= 190);
  const closed = await client.closed;
  assert.equal(closed.code, 1001);
  assert.equal(closed.reason, "agent shutting down");
  assert.equal(api.find(`/${id}`, "DELETE").length, 1);
  await api.close();
});

Deno.test("stop before Switchboard ever answered ends quietly without calls", async () => {
  const agent = await startAgent(options(`http://127.0.0.1:${freePort()}`));
  await agent.stop();
  await assert.rejects(agent.registered, /stopped before it registered/);
  await agent.finished;
  assert.equal(agent.stop(), agent.stop(), "idempotent");
});

Deno.test("a standalone agent (no switchboardUrl) serves and stops", async () => {
  const agent = await startAgent({ ...options(""), switchboardUrl: undefined });
  const client = await TestClient.open(`${agent.url}?session=solo`);
  client.send("x");
  assert.equal(await client.next(), "x");
  await client.close();
  await assert.rejects(agent.registered, /standalone/);
  await agent.stop();
});
