import type { HealthThresholds } from "../../actors/agent/commands.ts";
import type { ReadonlyFleetView } from "./fleet/fleet-view.ts";
import type { CommandLog } from "../bus/command-log.ts";
import type { Logger } from "../telemetry/log.ts";

export interface HealthSweeperOptions {
  commandLog: CommandLog;
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
        if (!owned.has(options.commandLog.partitionOf(agent.agentId))) continue;
        if (now.getTime() - Date.parse(agent.lastHeartbeatAt) <= t.ttlSeconds * 1000) continue;
        await options.commandLog.publish({
          commandId: `sweep-${agent.agentId}-${bucket}`,
          actorType: "agent",
          actorId: agent.agentId,
          type: "sweep",
          data: { thresholds: t },
          metadata: { now: now.toISOString(), principal: { sub: "health-sweeper", roles: [] } },
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
