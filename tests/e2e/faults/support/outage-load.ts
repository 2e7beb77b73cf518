/**
 * Steady load on a node while a dependency fails: live sessions exchanging
 * frames with an echo agent, heartbeats from that agent, and opens in a loop.
 * Everything a client or agent saw is recorded with its time, for the test to
 * judge afterwards.
 */
import { startEchoAgent } from "../../../../src/agent/demo-echo.ts";
import type { Agent } from "../../../../src/agent/types.ts";
import { pause } from "../../../support/time.ts";
import { TestClient } from "../../../support/ws-client.ts";
import { faultToken } from "./node-process.ts";

export interface HeartbeatResult {
  at: number;
  status: number;
}
export interface OpenResult {
  startedAt: number;
  endedAt: number;
  /** The session opened (and was closed by the test), or how the edge closed it. */
  outcome: { kind: "opened"; sessionId: string } | { kind: "closed"; code: number; reason: string };
}
export interface ReadyResult {
  at: number;
  status: number;
  body: unknown;
}

export interface LiveSession {
  client: TestClient;
  sessionId: string;
  sent: string[];
}

export interface OutageLoad {
  agent: Agent;
  agentId: string;
  sessions: LiveSession[];
  heartbeats: HeartbeatResult[];
  opens: OpenResult[];
  ready: ReadyResult[];
  stop(): Promise<void>;
}

const AGENT_ID = "fault-echo";

async function heartbeat(url: string, token: string): Promise<number> {
  try {
    const res = await fetch(`${url}/api/v1/agents/${AGENT_ID}/heartbeat`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ activeSessions: 0, cpu: 1 }),
      signal: AbortSignal.timeout(15_000),
    });
    await res.body?.cancel();
    return res.status;
  } catch {
    return 0;
  }
}

async function open(url: string, token: string): Promise<OpenResult> {
  const startedAt = Date.now();
  const client = new TestClient(
    `${url.replace("http", "ws")}/ws?capability=echo&access_token=${token}`,
  );
  const first = await Promise.race([
    client.opened.then((f) => ({ kind: "opened" as const, sessionId: f.sessionId })),
    client.closed.then((e) => ({ kind: "closed" as const, code: e.code, reason: e.reason })),
  ]);
  const endedAt = Date.now();
  if (first.kind === "opened") await client.close();
  return { startedAt, endedAt, outcome: first };
}

/** Starts the load on `url` (an echo agent registers through it) and keeps it up until stop(). */
export async function startOutageLoad(url: string, liveSessions = 3): Promise<OutageLoad> {
  const agentToken = await faultToken(AGENT_ID, "agent");
  const clientToken = await faultToken("fault-client", "client");
  const agent = await startEchoAgent({
    id: AGENT_ID,
    name: AGENT_ID,
    port: 0,
    switchboardUrl: url,
    token: agentToken,
    heartbeatIntervalMs: 60_000, // the test's own loop sends the heartbeats it counts
  });
  await agent.registered;
  const sessions: LiveSession[] = [];
  for (let i = 0; i < liveSessions; i++) {
    const client = new TestClient(
      `${url.replace("http", "ws")}/ws?capability=echo&access_token=${clientToken}`,
    );
    const opened = await client.opened;
    sessions.push({ client, sessionId: opened.sessionId, sent: [] });
  }
  const load: OutageLoad = {
    agent,
    agentId: AGENT_ID,
    sessions,
    heartbeats: [],
    opens: [],
    ready: [],
    stop: async () => {},
  };
  let running = true;
  const loops = [
    (async () => {
      let n = 0;
      while (running) {
        for (const s of sessions) {
          const frame = `${s.sessionId}:${n}`;
          if (s.client.ws.readyState === WebSocket.OPEN) {
            s.client.ws.send(frame);
            s.sent.push(frame);
          }
        }
        n++;
        // measures real time: frames at a steady rate
        await pause(100);
      }
    })(),
    (async () => {
      while (running) {
        load.heartbeats.push({ at: Date.now(), status: await heartbeat(url, agentToken) });
        // measures real time: heartbeats at a steady rate
        await pause(200);
      }
    })(),
    (async () => {
      while (running) {
        load.opens.push(await open(url, clientToken));
        // measures real time: opens at a steady rate
        await pause(300);
      }
    })(),
    (async () => {
      while (running) {
        try {
          const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(10_000) });
          load.ready.push({ at: Date.now(), status: res.status, body: await res.json() });
        } catch {
          load.ready.push({ at: Date.now(), status: 0, body: null });
        }
        // measures real time: readiness polled at a steady rate
        await pause(250);
      }
    })(),
  ];
  load.stop = async () => {
    running = false;
    await Promise.all(loops);
    for (const s of sessions) await s.client.close();
    await agent.stop();
  };
  return load;
}
