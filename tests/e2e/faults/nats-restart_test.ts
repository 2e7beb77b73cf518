import assert from "node:assert/strict";
import { signToken } from "../../../src/auth/jwt.ts";
import { startEchoAgent } from "../../../src/agent/demo-echo.ts";
import type { SwitchboardNode } from "../../../src/node/start.ts";
import { commandClients } from "../../../src/runtime/commands/clients.ts";
import { ignoreWithout, uniqueName } from "../../support/services.ts";
import { pause, waitFor } from "../../support/time.ts";
import { TestClient } from "../../support/ws-client.ts";
import { dropSchemas, SECRET, startClusterNode } from "./support/cluster.ts";
import { startPrivateNats } from "./support/nats-server.ts";

interface Sent {
  commandId: string;
  at: number;
  acked?: number;
  failed?: string;
}

/**
 * NATS restarts under steady load (heartbeat commands through both nodes,
 * opens, frames on a live session), two nodes on the shared PostgreSQL and
 * a private nats-server. Live frames keep flowing; commands sent during the
 * outage are answered or fail, never hang; every acknowledged command's
 * event is in the log exactly once; after NATS returns, leases and
 * consumers come back and commands are answered within 5 s.
 */
Deno.test({
  name:
    "faults: a NATS restart under load loses no acknowledged command, applies none twice, keeps live sessions relaying, and commands are answered within 5 s of NATS's return",
  ignore: ignoreWithout("postgres", "nats"),
  sanitizeOps: false,
  sanitizeResources: false,
  fn: () => restartUnderLoad({ wipe: false }),
});

Deno.test({
  name:
    "faults: NATS coming back without its state (streams, consumers, leases gone): streams, consumers and leases are set up again and the same guarantees hold",
  ignore: ignoreWithout("postgres", "nats"),
  sanitizeOps: false,
  sanitizeResources: false,
  fn: () => restartUnderLoad({ wipe: true }),
});

async function restartUnderLoad({ wipe }: { wipe: boolean }): Promise<void> {
  {
    const namespace = uniqueName("sb_fnats");
    const nats = await startPrivateNats();
    const nodes: SwitchboardNode[] = [];
    let agent: Awaited<ReturnType<typeof startEchoAgent>> | undefined;
    let load: Promise<void> | undefined;
    let loading = true;
    try {
      const a = await startClusterNode("node-a", namespace, nats.url);
      nodes.push(a);
      const b = await startClusterNode("node-b", namespace, nats.url);
      nodes.push(b);
      const owned = () =>
        a.runtime.host.ownedPartitions.length + b.runtime.host.ownedPartitions.length;
      await waitFor(() => owned() === 4, "the partitions shared out", 20_000);

      agent = await startEchoAgent({
        id: "echo-f1",
        name: "echo-f1",
        port: 0,
        switchboardUrl: a.url,
        token: await signToken(SECRET, { sub: "echo-f1", roles: ["agent"] }, 600),
      });
      await agent.registered;
      await waitFor(() => b.fleet.view.agent("echo-f1")?.health === "healthy", "B sees the agent");

      const client = await signToken(SECRET, { sub: "c1", roles: ["client"] }, 600);
      const wsUrl = (node: SwitchboardNode) =>
        `${node.url.replace("http", "ws")}/ws?capability=echo&access_token=${client}`;
      const live = new TestClient(wsUrl(b));
      await live.opened;

      // Steady load: a heartbeat command every 100 ms through each node, a frame
      // every 100 ms on the live session, an open every 500 ms.
      const sent: Sent[] = [];
      let framesSent = 0;
      const opens: { at: number; outcome: string; ms: number }[] = [];
      const clients = [commandClients(a.runtime.dispatch), commandClients(b.runtime.dispatch)];
      const inFlight: Promise<unknown>[] = [];
      load = (async () => {
        for (let i = 0; loading; i++) {
          for (const commands of clients) {
            const entry: Sent = { commandId: crypto.randomUUID(), at: Date.now() };
            sent.push(entry);
            inFlight.push(
              commands.agents.heartbeat("echo-f1", { sessions: 1 }, {
                commandId: entry.commandId,
              }).then(
                () => entry.acked = Date.now(),
                (error) => entry.failed = String(error),
              ),
            );
          }
          live.ws.send(`frame-${framesSent++}`);
          if (i % 5 === 0) {
            const at = Date.now();
            const opener = new TestClient(wsUrl(i % 10 === 0 ? a : b));
            inFlight.push(
              opener.opened.then(
                async () => {
                  opens.push({ at, outcome: "opened", ms: Date.now() - at });
                  await opener.close();
                },
                async () => {
                  const e = await opener.closed;
                  opens.push({ at, outcome: `${e.code} ${e.reason}`, ms: Date.now() - at });
                },
              ),
            );
          }
          await pause(100); // measures real time: the load's pace
        }
      })();

      await pause(2_000); // measures real time: load before the fault
      const down = Date.now();
      await nats.stop();
      await waitFor(
        () => !a.runtime.readiness().commandLog.ok && !b.runtime.readiness().commandLog.ok,
        "both nodes to report the command log down",
        10_000,
      );
      const readyz = async (node: SwitchboardNode) => {
        const res = await fetch(`${node.url}/readyz`);
        const body = await res.json() as { dependencies: Record<string, { state: string }> };
        const down = Object.entries(body.dependencies).filter(([, d]) => d.state !== "up");
        return { status: res.status, down: down.map(([name]) => name) };
      };
      const whileDown = await readyz(a);
      assert.equal(whileDown.status, 503);
      assert.ok(whileDown.down.includes("commandLog"), JSON.stringify(whileDown));
      await waitFor(
        () => owned() === 0,
        "both nodes to stop their partitions while NATS is away",
        10_000,
      );
      const stoppedAfter = Date.now() - down;
      await pause(3_000); // measures real time: the outage
      await nats.start({ wipe });
      const back = Date.now();
      await waitFor(() => owned() === 4, "the leases taken again", 30_000);
      const leasesAfter = Date.now() - back;
      await waitFor(
        () => [a, b].every((n) => Object.values(n.runtime.readiness()).every((d) => d.ok)),
        "both nodes ready",
        30_000,
      );
      const readyAfter = Date.now() - back;
      for (const node of [a, b]) assert.deepEqual(await readyz(node), { status: 200, down: [] });
      // measures real time: load for a while after the fault
      await pause(Math.max(3_000, back + 8_000 - Date.now()));
      loading = false;
      await load;
      await Promise.allSettled(inFlight);
      await waitFor(
        () => sent.every((s) => s.acked !== undefined || s.failed !== undefined),
        "every command answered or failed",
        60_000,
      );

      const failedOpens = opens.filter((o) => o.outcome !== "opened");
      console.log(JSON.stringify({
        commands: sent.length,
        acked: sent.filter((s) => s.acked !== undefined).length,
        failed: sent.filter((s) => s.failed).map((s) => s.failed!.slice(0, 80)).slice(0, 5),
        partitionsStoppedAfterMs: stoppedAfter,
        leasesRetakenAfterMs: leasesAfter,
        readyAfterMs: readyAfter,
        firstAckAfterReturnMs: Math.min(
          ...sent.filter((s) => s.acked && s.at >= back).map((s) => s.acked! - back),
        ),
        opens: opens.length,
        failedOpens: failedOpens.map((o) => `${o.outcome} after ${o.ms} ms`),
        frames: framesSent,
        wipe,
      }));
      // Live session: every frame echoed, in order.
      await live.until(() => live.frames.length === framesSent, "every frame echoed", 20_000);
      assert.deepEqual(live.frames, Array.from({ length: framesSent }, (_, i) => `frame-${i}`));

      // Every acknowledged command's event exactly once; no command applied twice.
      const events = await a.store.readStream("agent-echo-f1");
      const beats = new Map<string, number>();
      for (const e of events) {
        if (e.type !== "agent.heartbeatReceived") continue;
        const id = e.metadata.commandId!;
        beats.set(id, (beats.get(id) ?? 0) + 1);
      }
      const acked = sent.filter((s) => s.acked !== undefined);
      const lost = acked.filter((s) => !beats.has(s.commandId));
      const twice = [...beats].filter(([, n]) => n > 1);
      assert.deepEqual(lost, [], "acknowledged commands missing from the log");
      assert.deepEqual(twice, [], "commands applied twice");

      // Commands sent 5 s after NATS's return were answered normally.
      const after = sent.filter((s) => s.at >= back + 5_000);
      assert.ok(after.length > 0);
      assert.deepEqual(after.filter((s) => s.acked === undefined), []);

      // An open never hangs: it settles within the handshake timeout (10 s) and a bit.
      assert.ok(opens.every((o) => o.ms < 15_000), JSON.stringify(failedOpens));
      await live.close();
    } finally {
      loading = false;
      await load?.catch(() => {});
      await agent?.stop();
      for (const node of nodes) await node.stop().catch(() => {});
      await nats.dispose();
      await dropSchemas(namespace);
    }
  }
}
