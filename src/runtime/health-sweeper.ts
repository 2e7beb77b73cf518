import type { HealthThresholds } from "../../actors/agent/commands.ts";
import type { ReadonlyFleetView } from "./fleet/fleet-view.ts";
import type { AgentCommandClient } from "./commands/clients.ts";
import type { Logger } from "../telemetry/log.ts";

export interface HealthSweeperOptions {
  agents: AgentCommandClient;
  /** The command log's partition of an actor id. */
  partitionOf: (actorId: string) => number;
  view: ReadonlyFleetView;
  /** Partitions this node owns: it sweeps only the agents it is the writer for. */
  ownedPartitions: () => number[];
  thresholds: () => HealthThresholds;
  log?: Logger;
  clock?: () => Date;
}

/**
 * The TTL check is a command, not a clock read inside the actor: this timer
 * sends `sweep` (with `now` in its metadata) to agents whose last heartbeat
 * is older than the TTL, and the actor decides what that silence means. The
 * command id names the agent and the time bucket, so if two nodes both
 * sweep during a takeover the second is a duplicate.
 */
export function startHealthSweeper(options: HealthSweeperOptions): { stop(): void } {
  const clock = options.clock ?? (() => new Date());
  let running = false;
  const tick = async () => {
    if (running) return; // a slow round is not stacked on another
    running = true;
    try {
      const t = options.thresholds();
      const now = clock();
      const owned = new Set(options.ownedPartitions());
      const bucket = Math.floor(now.getTime() / (t.ttlSeconds * 500));
      for (const agent of options.view.agents()) {
        if (
          !agent.agentId || agent.deregistered || agent.health === "unhealthy" ||
          !agent.lastHeartbeatAt
        ) continue;
        if (!owned.has(options.partitionOf(agent.agentId))) continue;
        if (now.getTime() - Date.parse(agent.lastHeartbeatAt) <= t.ttlSeconds * 1000) continue;
        await options.agents.sweep(agent.agentId, { thresholds: t }, {
          wait: false,
          commandId: `sweep-${agent.agentId}-${bucket}`,
          metadata: { now: now.toISOString(), principal: { sub: "health-sweeper", roles: [] } },
          // Deregistered meanwhile: nothing left to sweep.
          expectedRejections: ["agent_not_found", "agent_deregistered"],
        });
      }
    } catch (error) {
      options.log?.warn("health sweep failed", { error });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, Math.max(250, options.thresholds().ttlSeconds * 250));
  return { stop: () => clearInterval(timer) };
}
