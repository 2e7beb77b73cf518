import { Hono } from "hono";
import { z } from "zod";
import { routerActorId } from "../../../actors/router/commands.ts";
import type { ReadonlyFleetView } from "../../runtime/fleet/fleet-view.ts";
import { defaultStrategies } from "../../../actors/strategies/registry.ts";
import { Capability, RoutingPolicy } from "../../../events/mod.ts";
import type { RouterCommandClient } from "../../runtime/commands/clients.ts";
import { type AuthEnv, principalOf } from "../middleware/auth.ts";
import { commandError } from "../command-errors.ts";
import { jsonBody, parseOr400 } from "../errors.ts";

export const PutRoutingBody = z.object({
  capability: Capability,
  policy: RoutingPolicy,
});

/** `GET/PUT /routing`: the routing policy per capability (strategy, sticky, failover, ladder). */
export function routingRoutes(deps: {
  routers: RouterCommandClient;
  view: ReadonlyFleetView;
  caughtUpTo: (position: number) => Promise<unknown>;
}): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/routing", (c) => {
    const capabilities = new Set<string>();
    for (const agent of deps.view.agents()) {
      if (!agent.deregistered) {
        for (const cap of agent.spec?.capabilities ?? []) capabilities.add(cap);
      }
    }
    for (const cap of deps.view.policyCapabilities()) capabilities.add(cap);
    const items = [...capabilities].sort().map((capability) => ({
      capability,
      policy: deps.view.policy(capability),
    }));
    return c.json({ strategies: defaultStrategies.names(), items });
  });
  app.put("/routing", async (c) => {
    const body = parseOr400(PutRoutingBody, await jsonBody(c), "body");
    try {
      const reply = await deps.routers.setPolicy(
        routerActorId(body.capability),
        { capability: body.capability, ...body.policy },
        { metadata: { principal: principalOf(c) } },
      );
      const position = reply.events.at(-1)?.position;
      if (position !== undefined) await deps.caughtUpTo(position);
    } catch (error) {
      throw commandError(error);
    }
    return c.json({ capability: body.capability, policy: deps.view.policy(body.capability) });
  });
  return app;
}
