import { z } from "zod";
import { Capability, RoutingPolicy } from "../../events/mod.ts";

export const routerCommands = {
  /** Replaces the policy of the capability the router stands for. */
  setPolicy: RoutingPolicy.extend({ capability: Capability }),
  /** Back to the defaults (round-robin, sticky, failover, no fallback). */
  resetPolicy: z.object({ capability: Capability }),
};
export type RouterCommands = typeof routerCommands;

/**
 * Router actor ids are capabilities, but capabilities may hold '.', which
 * ids may not. This escape is one-to-one: '_' → '__', '.' → '_d'.
 */
export function routerActorId(capability: string): string {
  return capability.replaceAll("_", "__").replaceAll(".", "_d");
}
