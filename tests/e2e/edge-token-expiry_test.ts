import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { pause } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";

Deno.test("edge: a token that expires mid-session closes the socket with 4001; a fresh token resumes the session", async () => {
  const sb = await startNodeWithFleet(1);
  try {
    const base = sb.t.url.replace("http", "ws");
    const shortLived = await sb.t.token("client-1", ["client"], 2);
    const first = new TestClient(`${base}/ws?capability=echo&access_token=${shortLived}`);
    const opened = await first.opened;
    first.ws.send("before expiry");
    await first.until(() => first.frames.length === 1, "an echo before expiry");
    const closed = await first.closed;
    assert.equal(closed.code, 4001);
    assert.match(closed.reason, /token expired/);

    const fresh = await sb.t.token("client-1", ["client"], 600);
    const resumed = new TestClient(
      `${base}/ws?session=${opened.sessionId}&resume_token=${
        encodeURIComponent(opened.resumeToken!)
      }&access_token=${fresh}`,
    );
    const again = await resumed.opened;
    assert.equal(again.sessionId, opened.sessionId);
    assert.equal(again.agentId, opened.agentId);
    resumed.ws.send("after");
    await resumed.until(() => resumed.frames.length === 1, "an echo after resuming");
    await resumed.close();
  } finally {
    await sb.stop();
  }
});

Deno.test("edge: a token valid for longer than a timer can wait (~24.8 days) keeps its session open", async () => {
  const sb = await startNodeWithFleet(1);
  try {
    const base = sb.t.url.replace("http", "ws");
    const longLived = await sb.t.token("client-1", ["client"], 30 * 86_400);
    const client = new TestClient(`${base}/ws?capability=echo&access_token=${longLived}`);
    await client.opened;
    // A timer past 2^31-1 ms fires at once: the session used to be closed with 4001 here.
    await pause(300); // measures real time: the session outlives a timer that would fire at once
    client.ws.send("still open");
    await client.until(() => client.frames.length === 1, "an echo");
    assert.equal(client.ws.readyState, WebSocket.OPEN);
    await client.close();
  } finally {
    await sb.stop();
  }
});
