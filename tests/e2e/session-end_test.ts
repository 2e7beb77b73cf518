import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { putConfig } from "../support/config.ts";
import { waitFor } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";

Deno.test("edge: when the last agent for the capability dies, the client is closed with 4013 naming the capability", async () => {
  const sb = await startNodeWithFleet(1);
  const client = new TestClient(sb.wsUrl("capability=echo"));
  try {
    await client.opened;
    const [agent] = sb.fleet.agents;
    agent!.kill("SIGKILL");
    const end = await client.closed;
    assert.equal(end.code, 4013);
    assert.match(end.reason, /no agent available for capability 'echo'/);
  } finally {
    await client.close();
    await sb.stop();
  }
});

Deno.test("edge: a resume after the grace period is refused with 4004; the session was closed in the log", async () => {
  const sb = await startNodeWithFleet(1);
  try {
    const changed = await putConfig(sb, (c) => void (c.sessions.resumeGraceSeconds = 1));
    assert.equal(changed.status, 200);
    const first = new TestClient(sb.wsUrl("capability=echo"));
    const opened = await first.opened;
    await first.close();
    await waitFor(
      () => sb.t.node.fleet.view.session(opened.sessionId!) === undefined,
      "the session expired",
    );
    const late = new TestClient(
      sb.wsUrl(
        `session=${opened.sessionId}&resume_token=${encodeURIComponent(opened.resumeToken!)}`,
      ),
    );
    const end = await late.closed;
    assert.equal(end.code, 4004);
    assert.equal(end.reason, "unknown session");
    const history = await sb.t.node.store.readStream(`session-${opened.sessionId}`);
    const last = history.at(-1)!;
    assert.equal(last.type, "session.closed");
    assert.equal((last.data as { reason: string }).reason, "resume grace expired");
  } finally {
    await sb.stop();
  }
});

Deno.test("edge: another client holding a session's resume token cannot take it (4004); the owner keeps relaying", async () => {
  const sb = await startNodeWithFleet(1);
  const owner = new TestClient(sb.wsUrl("capability=echo"));
  let thief: TestClient | undefined;
  try {
    const opened = await owner.opened;
    const other = await sb.t.token("mallory", ["client"]);
    thief = new TestClient(
      `${sb.t.url.replace("http", "ws")}/ws?session=${opened.sessionId}&resume_token=${
        encodeURIComponent(opened.resumeToken!)
      }&access_token=${other}`,
    );
    let end: CloseEvent | undefined;
    void thief.closed.then((e) => end = e);
    await waitFor(() => end !== undefined, "the thief refused");
    assert.equal(end!.code, 4004);
    owner.ws.send("still mine");
    await owner.until(() => owner.frames.includes("still mine"), "the owner's echo");
  } finally {
    await thief?.close();
    await owner.close();
    await sb.stop();
  }
});
