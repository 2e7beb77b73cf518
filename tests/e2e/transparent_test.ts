import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { waitFor } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";

Deno.test("edge: with control=none a failover is invisible: no session.rebound, and frames sent after the kill reach the new agent in order", async () => {
  const sb = await startNodeWithFleet(2);
  const client = new TestClient(sb.wsUrl("capability=echo&control=none"), { control: false });
  try {
    await client.opened;
    client.ws.send("before");
    await client.until(() => client.frames.includes("before"), "an echo before the kill");
    const view = sb.t.node.fleet.view;
    const [[sessionId]] = view.attachedSessions() as [[string, string]];
    const first = view.session(sessionId)!.agentId!;
    const victim = sb.fleet.agents.find((a) => a.name === first)!;
    victim.kill("SIGKILL");
    await victim.status;
    for (let i = 0; i < 10; i++) client.ws.send(`after-${i}`);
    await client.until(
      () => client.frames.filter((f) => String(f).startsWith("after-")).length === 10,
      "the frames sent after the kill, echoed by the other agent",
    );
    assert.deepEqual(
      client.frames.filter((f) => String(f).startsWith("after-")),
      Array.from({ length: 10 }, (_, i) => `after-${i}`),
    );
    assert.deepEqual(client.control, [], "no control frame, not even session.rebound");
    await waitFor(
      () => view.session(sessionId)?.agentId !== first,
      "the session rebound in the log",
    );
  } finally {
    await client.close();
    await sb.stop();
  }
});
