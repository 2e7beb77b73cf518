import assert from "node:assert/strict";
import { partitionOf } from "../../../src/bus/partition.ts";
import { loadConfig } from "../../../src/config/config.ts";
import { startNode, type SwitchboardNode } from "../../../src/node/start.ts";
import { createLogger } from "../../../src/telemetry/log.ts";
import { signToken } from "../../../src/auth/jwt.ts";
import { startEchoAgent } from "../../../src/agent/demo-echo.ts";
import { startMain } from "../../support/main-process.ts";
import { ignoreWithout, requireUrl, uniqueName } from "../../support/services.ts";
import { pause, waitFor } from "../../support/time.ts";
import { type ControlFrame, TestClient } from "../../support/ws-client.ts";
import { dropNamespace } from "../../support/namespace.ts";

const SECRET = "impatient-resume-secret-impatient-resume-0123";
const PARTITIONS = 2;
/** How long the client waits for an answer before it gives up on an attempt and retries. */
const PATIENCE_MS = 1_500;
/** Short, so a session wrongly left detached would be closed while the test still watches. */
const GRACE_SECONDS = 3;

const cleanup = dropNamespace;

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

const clusterEnv = (namespace: string, nodeId: string) => ({
  DATABASE_URL: requireUrl("postgres"),
  NATS_URL: requireUrl("nats"),
  SWITCHBOARD_NAMESPACE: namespace,
  SWITCHBOARD_JWT_SECRET: SECRET,
  NODE_ID: nodeId,
  PARTITIONS: String(PARTITIONS),
  DEMO_AGENTS: "0",
});

type Attempt = { frame: ControlFrame } | { end: CloseEvent } | { abandoned: true };

/** One resume attempt by an impatient client: it waits PATIENCE_MS at most, then hangs up. */
async function attemptResume(url: string): Promise<{ outcome: Attempt; client: TestClient }> {
  const client = new TestClient(url);
  // measures real time: the client's patience, the whole point of the test
  const patience = pause(PATIENCE_MS);
  const outcome: Attempt = await Promise.race([
    client.opened.then((frame) => ({ frame }), () => client.closed.then((end) => ({ end }))),
    patience.then(() => ({ abandoned: true as const })),
  ]);
  if ("frame" in outcome) return { outcome, client };
  await client.close(1000, "impatient");
  await patience; // an impatient client retries on its own beat, whatever the answer
  return { outcome, client };
}

Deno.test({
  name:
    "faults: impatient resume after a node kill keeps the session (abandoned attempts applied late do not burn the token)",
  ignore: ignoreWithout("postgres", "nats"),
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const namespace = uniqueName("sb_impatient");
    const portA = freePort();
    const dataDir = await Deno.makeTempDir({ prefix: "sb-impatient-" });
    let nodeA: Deno.ChildProcess | undefined;
    let b: SwitchboardNode | undefined;
    let agent: Awaited<ReturnType<typeof startEchoAgent>> | undefined;
    const clients: TestClient[] = [];
    try {
      nodeA = startMain(portA, dataDir, { ...clusterEnv(namespace, "node-a"), LOG_LEVEL: "error" });
      const aUrl = `http://127.0.0.1:${portA}`;
      await waitFor(
        async () => {
          const res = await fetch(`${aUrl}/healthz`).catch(() => undefined);
          await res?.body?.cancel();
          return res?.ok === true;
        },
        "node A to answer",
        30_000,
      );
      b = await startNode(
        loadConfig({ PORT: "0", ...clusterEnv(namespace, "node-b") }, []),
        createLogger("error"),
      );
      const nodeB = b;
      // Node A keeps a partition: the session opened through it lives there.
      await waitFor(
        () => nodeB.runtime.host.ownedPartitions.length === PARTITIONS / 2,
        "the partitions shared between the two nodes",
        30_000,
      );
      const admin = await signToken(SECRET, { sub: "root", roles: ["admin"] }, 600);
      const config = await (await fetch(`${b.url}/api/v1/config`, {
        headers: { authorization: `Bearer ${admin}` },
      })).json();
      config.config.sessions.resumeGraceSeconds = GRACE_SECONDS;
      const put = await fetch(`${b.url}/api/v1/config`, {
        method: "PUT",
        headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
        body: JSON.stringify({ config: config.config }),
      });
      assert.equal(put.status, 200, await put.text());

      // The agent speaks to node B, which survives: its health is no part of this test.
      agent = await startEchoAgent({
        id: "echo-r1",
        name: "echo-r1",
        port: 0,
        switchboardUrl: b.url,
        token: await signToken(SECRET, { sub: "echo-r1", roles: ["agent"] }, 600),
      });
      await agent.registered;

      const token = await signToken(SECRET, { sub: "c1", roles: ["client"] }, 600);
      const wsA = `${aUrl.replace("http", "ws")}/ws`;
      let opened: ControlFrame | undefined;
      await waitFor(
        async () => {
          const first = new TestClient(`${wsA}?capability=echo&access_token=${token}`);
          clients.push(first);
          opened = await first.opened.catch(() => undefined);
          return opened !== undefined;
        },
        "a session opened through node A (once it sees the agent)",
        30_000,
      );
      const original = clients.at(-1)!;
      original.ws.send("before the kill");
      await original.until(() => original.frames.length === 1, "an echo through node A");
      const partition = partitionOf(opened!.sessionId, PARTITIONS);
      assert.ok(!b.runtime.host.owns(partition), "the session's partition is node A's");

      nodeA.kill("SIGKILL");
      await nodeA.status;
      nodeA = undefined;
      const killedAt = performance.now();

      const resumeUrl = `${b.url.replace("http", "ws")}/ws?session=${
        opened!.sessionId
      }&resume_token=${encodeURIComponent(opened!.resumeToken!)}&access_token=${token}`;
      const seen: string[] = [];
      let resumed: { frame: ControlFrame; client: TestClient } | undefined;
      while (!resumed && performance.now() - killedAt < 45_000) {
        const { outcome, client } = await attemptResume(resumeUrl);
        clients.push(client);
        if ("frame" in outcome) resumed = { frame: outcome.frame, client };
        else {seen.push(
            "end" in outcome ? `${outcome.end.code} ${outcome.end.reason}` : "no answer",
          );}
      }
      assert.ok(resumed, `no resume went through in 45 s; attempts: ${seen.join(" | ")}`);
      const resumedMs = Math.round(performance.now() - killedAt);
      console.log(
        `resumed ${resumedMs} ms after the kill, after ${seen.length} abandoned attempts`,
      );
      assert.ok(
        !seen.some((s) => s.startsWith("4004")),
        `an attempt was refused as a bad token: ${seen.join(" | ")}`,
      );
      assert.equal(resumed.frame.sessionId, opened!.sessionId);
      assert.equal(resumed.frame.agentId, "echo-r1");

      const client = resumed.client;
      client.ws.send("after the kill");
      await client.until(() => client.frames.includes("after the kill"), "an echo through node B");
      // The abandoned attempts' connections ended, and their late answers with them: none of
      // that may detach or close the session the last attempt attached.
      // measures real time: past the grace an orphaned detach would have closed the session
      await pause((GRACE_SECONDS + 2) * 1000);
      client.ws.send("still there");
      await client.until(() => client.frames.includes("still there"), "an echo past the grace");
      const history = await b.store.readStream(`session-${opened!.sessionId}`);
      const types = history.map((e) => e.type);
      assert.ok(!types.includes("session.closed"), `the session was closed: ${types.join(", ")}`);
      // The case under test: attempts the client gave up on were applied once the partition
      // moved (node A's lease ran out), before the one it got the answer of.
      assert.ok(
        types.filter((t) => t === "session.resumed").length >= 2,
        `no abandoned attempt was applied: ${types.join(", ")}`,
      );
      assert.equal(
        history.filter((e) => e.type !== "session.trafficReported").at(-1)?.type,
        "session.resumed",
        `the session did not stay attached: ${types.join(", ")}`,
      );
    } finally {
      for (const client of clients) await client.close().catch(() => {});
      if (nodeA) {
        nodeA.kill("SIGKILL");
        await nodeA.status;
      }
      await agent?.stop();
      await b?.stop();
      await cleanup(namespace);
      await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    }
  },
});
