import assert from "node:assert/strict";
import { signToken } from "../../src/api/auth/jwt.ts";
import { freePorts } from "../support/fleet.ts";
import { waitFor } from "../support/services.ts";
import { TestClient } from "../support/ws-client.ts";

const SECRET = "start-test-secret-start-test-secret-0123456789";
const projectDir = new URL("../../", import.meta.url).pathname;

/** `deno task start` as a newcomer runs it: src/main.ts with its three demo agents (8801-8803). */
function startMain(port: number, dataDir: string): Deno.ChildProcess {
  return new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--config", `${projectDir}deno.json`, `${projectDir}src/main.ts`],
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      SWITCHBOARD_JWT_SECRET: SECRET,
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
      NATS_URL: "",
    },
    stdout: "null",
    stderr: "inherit",
  }).spawn();
}

async function healthyAgents(url: string, admin: string): Promise<number> {
  try {
    const res = await fetch(`${url}/api/v1/agents`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    const body = await res.json();
    const agents: { status: string }[] = body.items ?? body;
    return agents.filter((a) => a.status === "healthy").length;
  } catch {
    return 0; // not up yet
  }
}

Deno.test("start: SIGTERM tells clients to reconnect (1001) while the demo agents are still up, and after a restart each resumes its session on its agent", async () => {
  const [port] = freePorts(1);
  const url = `http://127.0.0.1:${port}`;
  const dataDir = await Deno.makeTempDir({ prefix: "switchboard-start-" });
  const admin = await signToken(SECRET, { sub: "root", roles: ["admin"] }, 600);
  const client = await signToken(SECRET, { sub: "c1", roles: ["client"] }, 600);
  const wsUrl = `ws://127.0.0.1:${port}/ws?capability=echo&access_token=${client}`;
  let main = startMain(port!, dataDir);
  const clients: TestClient[] = [];
  try {
    await waitFor(
      async () => await healthyAgents(url, admin) === 3,
      "three healthy demo agents",
      60_000,
    );
    for (let i = 0; i < 3; i++) clients.push(new TestClient(wsUrl));
    const opened = await Promise.all(clients.map((c) => c.opened));

    main.kill("SIGTERM");
    for (const c of clients) {
      const end = await c.closed;
      assert.equal(end.code, 1001);
      assert.match(end.reason, /reconnect and resume/);
    }
    assert.equal((await main.status).code, 0);

    main = startMain(port!, dataDir);
    await waitFor(
      async () => await healthyAgents(url, admin) === 3,
      "the demo agents back",
      60_000,
    );
    for (const before of opened) {
      const resumed = new TestClient(
        `${wsUrl}&session=${before.sessionId}&resume_token=${
          encodeURIComponent(before.resumeToken!)
        }`,
      );
      clients.push(resumed);
      const after = await resumed.opened;
      assert.equal(after.sessionId, before.sessionId);
      assert.equal(after.agentId, before.agentId, "sticky: the same agent, back and healthy");
      resumed.ws.send("still here");
      await resumed.until(() => resumed.frames.includes("still here"), "an echo after the resume");
    }
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    try {
      main.kill("SIGTERM");
    } catch { /* it already exited */ }
    await main.status;
    await Deno.remove(dataDir, { recursive: true });
  }
});
