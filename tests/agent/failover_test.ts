import assert from "node:assert/strict";
import { startAgent } from "../../src/agent/sdk.ts";
import { echo } from "../../src/agent/demo-echo.ts";
import { FailoverClient, nodeTrouble } from "../../src/agent/failover-client.ts";
import { SwitchboardClient } from "../../src/agent/switchboard-client.ts";
import { switchboardUrls } from "../../src/agent/switchboard-urls.ts";
import type { AgentOptions } from "../../src/agent/types.ts";
import { FakeClock, waitFor } from "../support/time.ts";
import { FakeSwitchboard, freePort } from "./fake-switchboard.ts";
import { memoryLogger } from "./ws-client.ts";

function options(switchboardUrls: string[], extra: Partial<AgentOptions> = {}): AgentOptions {
  return {
    name: "failover-test",
    agentType: "echo",
    capabilities: ["echo"],
    onSession: echo,
    switchboardUrls,
    token: "agent-token",
    heartbeatIntervalMs: 50,
    registerBackoff: { initialMs: 20, maxMs: 50 },
    drainTimeoutMs: 500,
    logger: memoryLogger().logger,
    ...extra,
  };
}

/** Two fake nodes sharing one registry, as the nodes of a cluster share the fleet. */
function cluster(): [FakeSwitchboard, FakeSwitchboard] {
  const a = new FakeSwitchboard();
  return [a, new FakeSwitchboard({ agents: a.agents })];
}

const beats = (node: FakeSwitchboard, id: string) => node.find(`/${id}/heartbeat`).length;

Deno.test("failover: registers through the next URL when the first node is down", async () => {
  const dead = `http://127.0.0.1:${freePort()}`;
  const api = new FakeSwitchboard();
  const agent = await startAgent(options([dead, api.url], { id: "second-choice" }));
  try {
    assert.equal(await agent.registered, "second-choice");
    await waitFor(() => beats(api, "second-choice") >= 2, "heartbeats through the live node");
  } finally {
    await agent.stop();
    await api.close();
  }
});

Deno.test("failover: when the node it registered through dies, heartbeats go on through another", async () => {
  const [a, b] = cluster();
  const { records, logger } = memoryLogger();
  const agent = await startAgent(options([a.url, b.url], { id: "survivor", logger }));
  try {
    await agent.registered;
    assert.equal(a.registrations().length, 1);
    await waitFor(() => beats(a, "survivor") >= 1, "a heartbeat through node A");
    await a.close();
    await waitFor(() => beats(b, "survivor") >= 3, "heartbeats through node B");
    // The cluster still knows the agent: moving on needs no second registration.
    assert.equal(b.registrations().length, 0);
    const moved = records.filter((r) => r.message === `switchboard node ${a.url} failed`);
    assert.equal(moved.length, 1, "said once, not at every heartbeat");
    assert.equal(moved[0]!.fields?.kind, "unreachable");
    assert.equal(moved[0]!.fields?.error, `moving on to ${b.url}`);
  } finally {
    await agent.stop();
    await b.close();
  }
});

Deno.test("failover: a node answering 5xx is left for the next, which is then kept", async () => {
  const [a, b] = cluster();
  const agent = await startAgent(options([a.url, b.url], { id: "sticky" }));
  try {
    await agent.registered;
    await waitFor(() => beats(a, "sticky") >= 1, "a heartbeat through node A");
    a.failing = 503;
    await waitFor(() => beats(b, "sticky") >= 1, "a heartbeat through node B");
    a.failing = undefined;
    const onA = beats(a, "sticky");
    const onB = beats(b, "sticky");
    await waitFor(() => beats(b, "sticky") >= onB + 3, "more heartbeats through node B");
    assert.equal(beats(a, "sticky"), onA, "the node that answers is remembered");
  } finally {
    await agent.stop();
    await a.close();
    await b.close();
  }
});

Deno.test("failover: a heartbeat answered 404 by the new node registers again there, same id", async () => {
  const a = new FakeSwitchboard();
  const b = new FakeSwitchboard(); // a cluster that lost the agent
  const agent = await startAgent(options([a.url, b.url], { id: "forgotten" }));
  try {
    await agent.registered;
    await a.close();
    await waitFor(() => b.registrations().length === 1, "a registration through node B");
    assert.equal(b.registrations()[0]!.body!.id, "forgotten");
    await waitFor(() => beats(b, "forgotten") >= 1, "heartbeats through node B");
  } finally {
    await agent.stop();
    await b.close();
  }
});

Deno.test("failover: a 4xx is the cluster's answer, not a node's trouble", async () => {
  const a = new FakeSwitchboard({ token: "another-token" });
  const b = new FakeSwitchboard();
  const client = new FailoverClient([
    new SwitchboardClient(a.url, "agent-token", 1_000),
    new SwitchboardClient(b.url, "agent-token", 1_000),
  ]);
  try {
    const result = await client.register({ id: "x" }, new AbortController().signal);
    assert.ok(!result.ok && result.status === 401);
    assert.equal(b.requests.length, 0);
    assert.equal(client.current, a.url);
    assert.ok(nodeTrouble({ ok: false, kind: "503 unavailable", status: 503, message: "" }));
    assert.ok(nodeTrouble({ ok: false, kind: "unreachable", message: "" }));
    assert.ok(!nodeTrouble({ ok: false, kind: "404 agent_not_found", status: 404, message: "" }));
  } finally {
    await a.close();
    await b.close();
  }
});

Deno.test("failover: a node that accepts but never answers is left after the request timeout", async () => {
  const clock = new FakeClock();
  const silent = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const held: Deno.Conn[] = [];
  const accepting = (async () => {
    for await (const conn of silent) held.push(conn);
  })().catch(() => {});
  const b = new FakeSwitchboard();
  const silentUrl = `http://127.0.0.1:${silent.addr.port}`;
  const client = new FailoverClient([
    new SwitchboardClient(silentUrl, undefined, 2_000, clock),
    new SwitchboardClient(b.url, undefined, 2_000, clock),
  ]);
  try {
    const answer = client.register({ id: "patient" }, new AbortController().signal);
    await waitFor(() => held.length === 1, "the silent node to take the connection");
    assert.equal(b.requests.length, 0);
    await clock.advance(2_000);
    const result = await answer;
    assert.ok(result.ok && result.value === "patient");
    assert.equal(client.current, b.url);
  } finally {
    for (const conn of held) conn.close();
    silent.close();
    await accepting;
    await b.close();
  }
});

Deno.test("failover: when every node fails, registration backs off on the clock, then goes on", async () => {
  const clock = new FakeClock();
  const [a, b] = cluster();
  a.failing = 503;
  b.failing = 502;
  const agent = await startAgent(options([a.url, b.url], {
    id: "patient",
    clock,
    registerBackoff: { initialMs: 1_000, maxMs: 1_000 },
  }));
  try {
    await waitFor(
      () => a.registrations().length === 1 && b.registrations().length === 1,
      "one try on each node",
    );
    await waitFor(() => clock.pendingTimers === 1, "the back-off timer");
    assert.equal(a.registrations().length + b.registrations().length, 2, "no retry before it");
    b.failing = undefined;
    await clock.advance(1_000);
    assert.equal(await agent.registered, "patient");
    assert.equal(b.registrations().length, 2);
  } finally {
    await agent.stop();
    await a.close();
    await b.close();
  }
});

Deno.test("failover: URLs are checked, merged and deduplicated", () => {
  assert.deepEqual(
    switchboardUrls("http://a:9000/", ["http://a:9000", " http://b:9000 "]),
    ["http://a:9000", "http://b:9000"],
  );
  assert.throws(() => switchboardUrls(undefined, ["ftp://a"]), /not an http\(s\) URL/);
});
