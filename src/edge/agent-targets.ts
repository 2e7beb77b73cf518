import type { ReadonlyFleetView } from "../runtime/fleet/fleet-view.ts";
import { CloseCode, EdgeRefusal } from "./close-codes.ts";

/** Where the edge dials for a session. */
export interface AgentTarget {
  agentId: string;
  host: string;
  port: number;
  path: string;
}

/** Where an agent is dialled, read from the fleet view: for a session, and for the warm pool. */
export class AgentTargets {
  constructor(private readonly view: () => Pick<ReadonlyFleetView, "agent">) {}

  targetOf(agentId: string): AgentTarget {
    const spec = this.view().agent(agentId)?.spec;
    if (!spec) {
      throw new EdgeRefusal(CloseCode.internal, `agent ${agentId} is not in the fleet view`);
    }
    return { agentId, host: spec.host, port: spec.port, path: spec.path };
  }

  /** Where to pre-dial `agentId` for the upstream pool: eligible, and registered as pooling. */
  poolTarget(agentId: string): AgentTarget | undefined {
    return this.view().agent(agentId)?.spec?.pooling ? this.eligibleTarget(agentId) : undefined;
  }

  /** Where to dial `agentId` while it may take new sessions (healthy, not draining, registered). */
  eligibleTarget(agentId: string): AgentTarget | undefined {
    const agent = this.view().agent(agentId);
    if (!agent?.spec || agent.health !== "healthy" || agent.draining || agent.deregistered) {
      return undefined;
    }
    return { agentId, host: agent.spec.host, port: agent.spec.port, path: agent.spec.path };
  }
}
