import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { registerRelayAgent } from "../support/relay-agents.ts";
import { pause } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";

Deno.test("upstream pool: an agent that did not register as pooling is dialled once per client session, with its id, and never pre-dialled", async () => {
  const sb = await startNodeWithFleet(0);
  const dials: URL[] = [];
  const agent = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (req) => {
    dials.push(new URL(req.url));
    const { socket, response } = Deno.upgradeWebSocket(req);
    socket.onmessage = (e) => socket.send(e.data);
    return response;
  });
  const clients: TestClient[] = [];
  try {
    await registerRelayAgent(sb, await sb.t.token("root", ["admin"]), "plain", agent);
    for (let i = 0; i < 3; i++) {
      const client = new TestClient(sb.wsUrl("capability=relay"));
      clients.push(client);
      await client.opened;
      client.ws.send(`hello ${i}`);
      await client.until(() => client.frames.includes(`hello ${i}`), "an echo");
    }
    await pause(300); // measures real time: a pool fill that never starts has no event to wait for
    assert.equal(dials.length, 3);
    for (const url of dials) {
      assert.equal(url.searchParams.get("pool"), null);
      assert.ok(url.searchParams.get("session"), "every dial names its session");
    }
    assert.equal(sb.t.node.fleet.view.agent("plain")?.spec?.pooling, undefined);
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await agent.shutdown();
    await sb.stop();
  }
});
