import type { AgentState } from "../../actors/agent/mod.ts";
import type { RouteRequest, RouteResult } from "../../actors/router/request.ts";
import { routeWithLadder } from "../../actors/router/route.ts";
import type { SessionState } from "../../actors/session/mod.ts";
import { defaultStrategies } from "../../actors/strategies/registry.ts";
import { agentId } from "./fleet-kit.ts";
import { at } from "./given-when-then.ts";
import { Host } from "./harness.ts";

/** mulberry32: a tiny seeded PRNG, so the whole run is one seed away from reproduction. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A routing decision taken live, and how many log events the view had seen when it was taken. */
export interface RecordedDecision {
  position: number;
  request: RouteRequest;
  result: RouteResult;
}

const CAPABILITIES = ["echo", "chat", "summarize"];
const CAPABILITY_SETS = [["echo"], ["chat"], ["echo", "chat"], ["summarize", "chat"], [
  "echo",
  "summarize",
]];

export interface SimulationOptions {
  seed: number;
  commands: number;
  agents: number;
  sessions: number;
  /**
   * Also the edges' batched figures and heartbeats with fractional figures
   * (the load projection's measured series). Off by default: it changes
   * the random sequence, and other tests pin their logs by seed.
   */
  edgeFigures?: boolean;
}

/**
 * Drives the actors the way edges, agents, timers and operators would:
 * registrations, heartbeats (some late), sweeps, ejections, drains,
 * weights, policy changes, opens routed through `routeWithLadder` on the
 * live fleet view, failovers, detaches, resumes, traffic and closes.
 */
export function simulate(
  { seed, commands, agents, sessions, edgeFigures = false }: SimulationOptions,
) {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const host = new Host();
  const decisions: RecordedDecision[] = [];
  const strategies = defaultStrategies.names();
  let clock = 0;
  const now = () => at(clock);
  const open: string[] = []; // sessions not known to be closed
  let opened = 0;

  const decide = (request: RouteRequest): RouteResult => {
    const result = routeWithLadder(host.fleet, request);
    decisions.push({ position: host.log.length, request, result });
    return result;
  };
  const agentOf = (id: string) => host.state<AgentState>("agent", id);
  const sessionOf = (id: string) => host.state<SessionState>("session", id);
  const requestFor = (sessionId: string, extra: Partial<RouteRequest> = {}): RouteRequest => {
    const s = sessionOf(sessionId).opened!;
    return {
      sessionId,
      clientId: s.clientId,
      ...(s.capability ? { capability: s.capability } : {}),
      ...(s.agentType ? { agentType: s.agentType } : {}),
      ...extra,
    };
  };
  const register = (i: number) =>
    host.send("agent", agentId(i), "register", {
      name: `agent ${i}`,
      host: "10.0.0.1",
      port: 9000 + i,
      agentType: i % 7 === 0 ? "llm" : "echo",
      capabilities: CAPABILITY_SETS[i % CAPABILITY_SETS.length]!,
      version: `${1 + (i % 2)}.${Math.floor(random() * 4)}.0`,
      weight: 1 + Math.floor(random() * 5),
      maxSessions: 20 + Math.floor(random() * 60),
    }, now());

  for (let i = 0; i < agents; i++) register(i);

  const openOne = () => {
    if (opened >= sessions) return;
    const sessionId = `session-${opened++}`;
    const byType = random() < 0.1;
    host.send("session", sessionId, "open", {
      clientId: `client-${Math.floor(random() * 300)}`,
      ...(byType ? { agentType: "llm" } : { capability: pick(CAPABILITIES) }),
      metadata: { n: String(opened) },
      resumeTokenHash: `hash-${sessionId}`,
      edgeId: pick(["edge-a", "edge-b"]),
    }, now());
    open.push(sessionId);
    const result = decide(
      requestFor(sessionId, random() < 0.2 ? { versionRange: ">=1.1.0 <2" } : {}),
    );
    const edgeId = sessionOf(sessionId).edgeId;
    if (result.outcome === "routed") {
      host.send("session", sessionId, "route", {
        agentId: result.agentId,
        decision: result.decision,
        edgeId,
      }, now());
    } else {host.send(
        "session",
        sessionId,
        "close",
        { reason: result.reason, code: 4013, edgeId },
        now(),
      );}
  };

  const actions: [number, () => void][] = [
    [30, () =>
      host.send("agent", agentId(Math.floor(random() * agents)), "heartbeat", {
        sessions: Math.floor(random() * 50),
        cpu: Math.floor(random() * 100),
        queueDepth: Math.floor(random() * 5),
      }, now())],
    [4, () => host.send("agent", agentId(Math.floor(random() * agents)), "sweep", {}, now())],
    [
      1,
      () =>
        host.send("agent", agentId(Math.floor(random() * agents)), "reportFailure", {
          reason: "socket refused",
        }, now()),
    ],
    [
      1,
      () =>
        host.send("agent", agentId(Math.floor(random() * agents)), "setWeight", {
          weight: Math.floor(random() * 6),
        }, now()),
    ],
    [
      0.2,
      () =>
        host.send(
          "agent",
          agentId(Math.floor(random() * agents)),
          "drain",
          { deadlineSeconds: 60 },
          now(),
        ),
    ],
    [
      0.2,
      () => host.send("agent", agentId(Math.floor(random() * agents)), "deregister", {}, now()),
    ],
    [0.5, () => register(Math.floor(random() * agents))],
    [0.4, () => {
      const capability = pick(CAPABILITIES);
      host.send("router", capability, "setPolicy", {
        capability,
        strategy: pick(strategies),
        sticky: random() < 0.7,
        ...(random() < 0.5
          ? { fallbackCapability: pick(CAPABILITIES.filter((c) => c !== capability)) }
          : {}),
      }, now());
    }],
    [24, openOne],
    [8, () => { // failover: the edge moves sessions off agents that stopped qualifying
      const sessionId = pick(open);
      const s = sessionOf(sessionId);
      if (!s.agentId || s.status === "closed" || agentOf(s.agentId).health === "healthy") return;
      const result = decide(
        requestFor(sessionId, { excludedAgentIds: [s.agentId], failover: true }),
      );
      if (result.outcome !== "routed") {
        return void host.send("session", sessionId, "close", { reason: "no agent" }, now());
      }
      host.send("session", sessionId, "rebind", {
        agentId: result.agentId,
        fromAgentId: s.agentId,
        reason: "agent failed",
        decision: result.decision,
      }, now());
    }],
    [5, () => {
      const sessionId = pick(open);
      host.send("session", sessionId, "detach", {
        edgeId: sessionOf(sessionId).edgeId!,
        graceSeconds: 20,
      }, now());
    }],
    [5, () => { // a client comes back, through either edge, sometimes with a wrong token
      const sessionId = pick(open);
      const s = sessionOf(sessionId);
      if (s.status !== "detached" || !s.agentId) return;
      const agent = agentOf(s.agentId);
      const healthy = agent.health === "healthy" && !agent.draining && !agent.deregistered;
      const resume = {
        edgeId: pick(["edge-a", "edge-b"]),
        resumeTokenHash: random() < 0.05 ? "wrong" : s.opened!.resumeTokenHash,
        agentHealthy: healthy,
      };
      if (healthy) return void host.send("session", sessionId, "resume", resume, now());
      const result = decide(
        requestFor(sessionId, { excludedAgentIds: [s.agentId], failover: true }),
      );
      if (result.outcome !== "routed") return;
      host.send("session", sessionId, "resume", {
        ...resume,
        rebind: { agentId: result.agentId, decision: result.decision },
      }, now());
    }],
    [3, () => host.send("session", pick(open), "expire", {}, now())],
    [12, () =>
      host.send("session", pick(open), "reportTraffic", {
        framesIn: Math.floor(random() * 100),
        framesOut: Math.floor(random() * 100),
        bytesIn: Math.floor(random() * 10_000),
        bytesOut: Math.floor(random() * 10_000),
        intervalMs: 5000,
      }, now())],
    [8, () => {
      const index = Math.floor(random() * open.length);
      const sessionId = open[index]!;
      host.send("session", sessionId, "close", { reason: "client closed", code: 1000 }, now());
      open.splice(index, 1);
    }],
  ];
  if (edgeFigures) {
    const bins = () => ({ [String(Math.floor(random() * 100))]: 1 + Math.floor(random() * 50) });
    actions.push(
      [6, () =>
        host.send("edge", pick(["edge-a", "edge-b"]), "reportFigures", {
          intervalMs: 10_000,
          groups: [{
            capability: pick(CAPABILITIES),
            agentId: agentId(Math.floor(random() * agents)),
            opened: Math.floor(random() * 5),
            refused: random() < 0.3 ? { "4013": 1 } : {},
            failovers: random() < 0.2 ? { agent_lost: 1 } : {},
            errored: Math.floor(random() * 2),
            clientCloses: { "1000": Math.floor(random() * 3) },
            relay: bins(),
            response: bins(),
          }, { capability: "", refused: { "4001": 1 } }],
        }, now())],
      [6, () =>
        host.send("agent", agentId(Math.floor(random() * agents)), "heartbeat", {
          cpu: random() * 100,
          queueDepth: Math.floor(random() * 5),
          latencyMs: random() * 300,
        }, now())],
    );
  }
  const totalWeight = actions.reduce((sum, [w]) => sum + w, 0);

  while (host.commands < commands) {
    clock += random() * 0.3;
    let r = random() * totalWeight;
    const [, action] = actions.find(([w]) => (r -= w) < 0) ?? actions[0]!;
    if (open.length === 0 && opened >= sessions) break;
    if (open.length === 0) openOne();
    else action();
  }
  return { host, decisions, opened };
}
