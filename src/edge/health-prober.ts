import type { ReadonlyFleetView } from "../runtime/fleet/fleet-view.ts";
import type { AgentCommandClient } from "../runtime/commands/clients.ts";
import type { Logger } from "../telemetry/log.ts";
import type { HealthThresholds } from "../../actors/agent/commands.ts";

export interface HealthProberOptions {
  view: ReadonlyFleetView;
  agents: AgentCommandClient;
  /** The command log's partition of an actor id. */
  partitionOf: (actorId: string) => number;
  /** Probe only the agents whose actor this node owns: one prober per agent in a cluster. */
  ownedPartitions: () => number[];
  thresholds: () => HealthThresholds;
  intervalMs?: number;
  timeoutMs?: number;
  /** Consecutive failed probes before the agent is reported (one slow answer is not an outage). */
  failuresToReport?: number;
  log?: Logger;
  fetch?: typeof fetch;
}

/**
 * Active health checks: GET each agent's healthEndpoint on an interval; an
 * agent that fails `failuresToReport` probes in a row is reported with a
 * `reportFailure` command, which ejects it (the actor decides). Only
 * endpoints on the agent's own host are probed, so registering an agent
 * cannot make the edge fetch arbitrary URLs.
 */
export function startHealthProber(options: HealthProberOptions): { stop(): void } {
  const failures = new Map<string, number>();
  const doFetch = options.fetch ?? fetch;
  const limit = options.failuresToReport ?? 2;
  let running = false;

  async function probe(endpoint: string): Promise<string | undefined> {
    try {
      const res = await doFetch(endpoint, {
        signal: AbortSignal.timeout(options.timeoutMs ?? 2_000),
      });
      await res.body?.cancel();
      return res.ok ? undefined : `health endpoint answered ${res.status}`;
    } catch (error) {
      return `health probe failed: ${error instanceof Error ? error.message : error}`;
    }
  }

  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const owned = new Set(options.ownedPartitions());
      const probes = options.view.agents().filter((a) =>
        // A draining agent's endpoint says 503 on purpose (no new work); its sessions move at
        // the drain deadline, or at once if its sockets fail, so probing it would only eject
        // it early and cut the drain short.
        a.agentId && a.spec?.healthEndpoint && !a.deregistered && !a.draining &&
        a.health !== "unhealthy" &&
        owned.has(options.partitionOf(a.agentId)) &&
        sameHost(a.spec.healthEndpoint, a.spec.host)
      );
      await Promise.all(probes.map(async (agent) => {
        const agentId = agent.agentId!;
        const problem = await probe(agent.spec!.healthEndpoint!);
        if (!problem) return void failures.delete(agentId);
        const n = (failures.get(agentId) ?? 0) + 1;
        failures.set(agentId, n);
        if (n < limit) return;
        failures.delete(agentId);
        options.log?.warn("agent failed its health checks", { agentId, problem });
        await options.agents.reportFailure(agentId, {
          reason: `${problem} (${n} probes in a row)`,
          thresholds: options.thresholds(),
        }, {
          wait: false,
          metadata: { principal: { sub: "health-prober", roles: [] } },
          expectedRejections: ["agent_not_found", "agent_deregistered"],
        });
      }));
    } catch (error) {
      options.log?.warn("health probing failed", { error });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, options.intervalMs ?? 5_000);
  return { stop: () => clearInterval(timer) };
}

function sameHost(endpoint: string, host: string): boolean {
  try {
    const url = new URL(endpoint);
    return (url.protocol === "http:" || url.protocol === "https:") &&
      url.hostname.replace(/^\[(.*)\]$/, "$1") === host.replace(/^\[(.*)\]$/, "$1");
  } catch {
    return false;
  }
}
