import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { plainAgent, registerRelayAgent, truncatingAgent } from "../support/relay-agents.ts";
import { TestClient } from "../support/ws-client.ts";

Deno.test("edge: an agent that dies mid-message leaves the client a valid stream; session.rebound says the message was cut short", async () => {
  const sb = await startNodeWithFleet(0);
  const dying = truncatingAgent(100, 10);
  const healthy = plainAgent();
  let client: TestClient | undefined;
  try {
    const admin = await sb.t.token("root", ["admin"]);
    await registerRelayAgent(sb, admin, "dying", dying);
    client = new TestClient(sb.wsUrl("capability=relay"));
    const opened = await client.opened;
    assert.equal(opened.agentId, "dying");
    await registerRelayAgent(sb, admin, "healthy", healthy);

    const c = client;
    c.ws.send("go");
    await c.until(
      () => c.control.some((f) => f.type === "session.rebound"),
      "session.rebound",
    );
    const rebound = c.control.find((f) => f.type === "session.rebound")!;
    assert.equal(rebound.agentId, "healthy");
    assert.equal((rebound as { truncatedMessage?: boolean }).truncatedMessage, true);
    // The cut message was completed to its declared length (padded), still valid text.
    assert.equal(c.frames[0], "x".repeat(10) + " ".repeat(90));
    client.ws.send("still relaying");
    await client.until(
      () => c.frames.includes("still relaying"),
      "an echo from the new agent",
    );
  } finally {
    await client?.close();
    dying.close();
    await healthy.shutdown();
    await sb.stop();
  }
});
