import { z } from "zod";
import { Capability, Id, RoutingDecision } from "../../events/mod.ts";

/** What the edge asks the router: which agent should serve this session? */
export const RouteRequest = z.object({
  sessionId: Id,
  clientId: z.string().min(1).max(200).optional(),
  capability: Capability.optional(),
  agentType: z.string().min(1).max(100).optional(),
  /** A semver range the agent's version must satisfy, e.g. ">=1.2.0 <2". */
  versionRange: z.string().max(200).optional(),
  /** The agent the session (or client) was on: preferred while it qualifies and the policy is sticky. */
  stickyAgentId: Id.optional(),
  /** Agents not to pick: the one a failover is moving away from. */
  excludedAgentIds: z.array(Id).max(1000).optional(),
  /** Set when moving a session off a failed agent; refused when the policy turns failover off. */
  failover: z.boolean().optional(),
  /** What consistent hashing hashes; the client id when absent. */
  hashKey: z.string().max(200).optional(),
});
export type RouteRequest = z.infer<typeof RouteRequest>;

export type RouteResult =
  | { outcome: "routed"; agentId: string; decision: RoutingDecision }
  /** Nothing qualifies, even down the ladder: tell the client to retry (close code 4013). */
  | { outcome: "busy"; code: "no_agent_available"; retryAfterSeconds: number; reason: string }
  /** Nothing qualifies here: route again for this capability (the degradation ladder's next step). */
  | { outcome: "fallback"; fallbackCapability: string; reason: string };

/**
 * The key strategy state lives under: the capability asked for, or the agent
 * type when the request names only that. Decisions record the capability so
 * replay finds the same key.
 */
export function routingKey(capability: string | undefined, agentType: string | undefined): string {
  return capability ?? `type:${agentType ?? ""}`;
}
