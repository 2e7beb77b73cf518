import assert from "node:assert/strict";
import { freePorts } from "../support/fleet.ts";
import {
  adminToken,
  clientToken,
  demoFleetGone,
  demoFleetReady,
  startMain,
} from "../support/main-process.ts";
import { waitFor } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";

/** `deno task start` in a fresh data dir on a free port, with its clients; stop() cleans up. */
async function mainWithClients(env: Record<string, string> = {}) {
  const [port] = freePorts(1);
  const url = `http://127.0.0.1:${port}`;
  const dataDir = await Deno.makeTempDir({ prefix: "switchboard-start-" });
  const wsUrl = `ws://127.0.0.1:${port}/ws?capability=echo&access_token=${await clientToken()}`;
  const clients: TestClient[] = [];
  const run = {
    url,
    main: startMain(port!, dataDir, env),
    async restart() {
      run.main = startMain(port!, dataDir, env);
      await demoFleetReady(url);
    },
    client(query = "") {
      const client = new TestClient(`${wsUrl}${query}`);
      clients.push(client);
      return client;
    },
    /** Resumes an earlier session with its token; resolves with its session.opened. */
    resume(before: { sessionId?: string; resumeToken?: string }) {
      return run.client(
        `&session=${before.sessionId}&resume_token=${encodeURIComponent(before.resumeToken!)}`,
      );
    },
    async stop() {
      await Promise.all(clients.map((c) => c.close()));
      try {
        run.main.kill("SIGTERM");
      } catch { /* it already exited */ }
      await run.main.status;
      await Deno.remove(dataDir, { recursive: true });
    },
  };
  await demoFleetReady(url);
  return run;
}

Deno.test("start: SIGTERM tells clients to reconnect (1001) while the demo agents are still up, and after a restart each resumes its session on its agent", async () => {
  const run = await mainWithClients();
  try {
    const clients = [run.client(), run.client(), run.client()];
    const opened = await Promise.all(clients.map((c) => c.opened));

    run.main.kill("SIGTERM");
    for (const c of clients) {
      const end = await c.closed;
      assert.equal(end.code, 1001);
      assert.match(end.reason, /reconnect and resume/);
    }
    assert.equal((await run.main.status).code, 0);

    await run.restart();
    for (const before of opened) {
      const resumed = run.resume(before);
      const after = await resumed.opened;
      assert.equal(after.sessionId, before.sessionId);
      assert.equal(after.agentId, before.agentId, "sticky: the same agent, back and healthy");
      resumed.ws.send("still here");
      await resumed.until(() => resumed.frames.includes("still here"), "an echo after the resume");
    }
  } finally {
    await run.stop();
  }
});

Deno.test("start: after the node is killed (SIGKILL, nothing detached), a client resumes its session on the restarted node", async () => {
  const run = await mainWithClients();
  try {
    const client = run.client();
    const before = await client.opened;
    run.main.kill("SIGKILL");
    await run.main.status;
    await client.closed;
    await demoFleetGone();

    // The log still says the session is attached to the dead node's edge.
    await run.restart();
    const resumed = run.resume(before);
    const after = await resumed.opened;
    assert.equal(after.sessionId, before.sessionId);
    assert.equal(after.agentId, before.agentId);
    resumed.ws.send("after the crash");
    await resumed.until(() => resumed.frames.includes("after the crash"), "an echo");
  } finally {
    await run.stop();
  }
});

Deno.test("start: a node killed and restarted under the same NODE_ID detaches the sessions its last run held (nobody else would: its edge looks alive)", async () => {
  const run = await mainWithClients({ NODE_ID: "node-fixed" });
  try {
    const client = run.client();
    const { sessionId } = await client.opened;
    run.main.kill("SIGKILL");
    await run.main.status;
    await client.closed;
    await demoFleetGone();
    await run.restart();
    const admin = { authorization: `Bearer ${await adminToken()}` };
    await waitFor(async () => {
      const res = await fetch(`${run.url}/api/v1/sessions/${sessionId}`, { headers: admin });
      return (await res.json()).status === "detached";
    }, "the session detached, resumable for the grace");
  } finally {
    await run.stop();
  }
});
