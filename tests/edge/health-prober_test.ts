import assert from "node:assert/strict";
import { FleetView } from "../../src/runtime/fleet/fleet-view.ts";
import { HealthThresholds } from "../../actors/agent/commands.ts";
import { commandClients } from "../../src/runtime/commands/clients.ts";
import { startHealthProber } from "../../src/edge/health-prober.ts";
import { recordingDispatch } from "../support/commands.ts";
import { waitFor } from "../support/services.ts";

function registered(agentId: string, healthEndpoint: string, host = "127.0.0.1") {
  return {
    type: "agent.registered" as const,
    data: {
      agentId,
      name: agentId,
      host,
      port: 1,
      path: "/",
      agentType: "echo",
      capabilities: ["echo"],
      version: "1.0.0",
      weight: 1,
      maxSessions: 10,
      healthEndpoint,
      at: new Date().toISOString(),
    },
  };
}

Deno.test("health prober: an agent failing its endpoint twice in a row is reported; a healthy one, a draining one (503 by design) and other hosts are not", async () => {
  let sick = true;
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (req) => {
    const path = new URL(req.url).pathname;
    if (path === "/ok") return new Response("ok");
    return new Response("down", { status: sick ? 503 : 200 });
  });
  const base = `http://127.0.0.1:${server.addr.port}`;
  const view = new FleetView();
  view.apply(registered("sick", `${base}/sick`));
  view.apply(registered("fine", `${base}/ok`));
  // The SDK answers 503 while it drains; probing it would eject it before its deadline.
  view.apply(registered("leaving", `${base}/leaving`));
  view.apply({
    type: "agent.drained",
    data: {
      agentId: "leaving",
      deadline: new Date(Date.now() + 60_000).toISOString(),
      at: new Date().toISOString(),
    },
  });
  view.apply(registered("elsewhere", "http://169.254.169.254/latest/meta-data", "127.0.0.1"));
  const { dispatch, sent } = recordingDispatch();
  const reported = sent as { actorId: string; type: string; data: { reason: string } }[];
  const fetched: string[] = [];
  const prober = startHealthProber({
    view,
    agents: commandClients(dispatch).agents,
    partitionOf: () => 0,
    ownedPartitions: () => [0],
    thresholds: () => HealthThresholds.parse({}),
    intervalMs: 50,
    fetch: (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    },
  });
  try {
    await waitFor(() => reported.length >= 1, "a failure report");
    assert.equal(reported[0]!.actorId, "sick");
    assert.equal(reported[0]!.type, "reportFailure");
    assert.match(reported[0]!.data.reason, /503.*2 probes in a row/);
    assert.ok(reported.every((r) => r.actorId === "sick"));
    assert.ok(!fetched.some((u) => u.includes("169.254")), "never fetches another host");
    assert.ok(!fetched.some((u) => u.endsWith("/leaving")), "never probes a draining agent");
    sick = false;
  } finally {
    prober.stop();
    await server.shutdown();
  }
});
