/**
 * Routing decision throughput: pure `route()` calls over a 1,000-agent fleet
 * (mixed weights, 5,000 live sessions, varied load), one figure per
 * strategy. No I/O is involved, so this is the ceiling for one edge's
 * routing; it prints one JSON line per figure.
 *
 *   deno run bench/router.ts
 */
import { FleetView, type ReadonlyFleetView } from "../src/runtime/fleet/fleet-view.ts";
import { defaultPolicy } from "../actors/router/mod.ts";
import { route } from "../actors/router/route.ts";
import { defaultStrategies } from "../actors/strategies/registry.ts";
import type { DomainEvent } from "../events/mod.ts";

const AGENTS = 1000;
const LIVE_SESSIONS = 5000;
const RUN_MS = 400;
const at = "2026-11-25T12:00:00.000Z";

function fleet(): ReadonlyFleetView {
  const view = new FleetView();
  const id = (i: number) => `agent-${String(i).padStart(4, "0")}`;
  for (let i = 0; i < AGENTS; i++) {
    const events: DomainEvent[] = [
      {
        type: "agent.registered",
        data: {
          agentId: id(i),
          name: id(i),
          host: "10.0.0.1",
          port: 8000 + (i % 1000),
          path: "/",
          agentType: "echo",
          capabilities: i % 3 === 0 ? ["echo", "chat"] : ["echo"],
          version: "1.2.0",
          weight: 1 + (i % 5),
          maxSessions: 100,
          at,
        },
      },
      {
        type: "agent.heartbeatReceived",
        data: { agentId: id(i), cpu: (i * 37) % 100, queueDepth: i % 4, at },
      },
    ];
    for (const event of events) view.apply(event);
  }
  // Sessions spread unevenly, so load-aware strategies have something to weigh.
  for (let s = 0; s < LIVE_SESSIONS; s++) {
    const sessionId = `live-${s}`;
    view.apply({
      type: "session.opened",
      data: {
        sessionId,
        clientId: `c${s}`,
        capability: "echo",
        metadata: {},
        resumeTokenHash: "h",
        edgeId: "e",
        at,
      },
    });
    view.apply({
      type: "session.routed",
      data: {
        sessionId,
        agentId: id((s * s) % AGENTS),
        decision: { strategy: "bench", candidates: [], reason: "", capability: "echo" },
        at,
      },
    });
  }
  return view;
}

export default async function run(): Promise<void> {
  const view = fleet();
  for (const strategy of defaultStrategies.names()) {
    const policy = { ...defaultPolicy, strategy, sticky: false };
    let decisions = 0;
    // Warm up, then time whole batches so the clock read stays off the measured path.
    for (let i = 0; i < 200; i++) {
      route(policy, view, { sessionId: `w${i}`, clientId: `c${i}`, capability: "echo" });
    }
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < RUN_MS) {
      for (let i = 0; i < 100; i++, decisions++) {
        const result = route(policy, view, {
          sessionId: `s${decisions}`,
          clientId: `c${decisions % 997}`,
          capability: "echo",
        });
        if (result.outcome !== "routed") throw new Error(`${strategy}: ${result.outcome}`);
      }
      elapsed = performance.now() - started;
    }
    console.log(JSON.stringify({
      bench: "router",
      figure: "decisions_per_s",
      strategy,
      agents: AGENTS,
      value: Math.round((decisions / elapsed) * 1000),
    }));
    await Promise.resolve(); // let a caller's other work interleave between strategies
  }
}

if (import.meta.main) await run();
