import { Hono } from "hono";
import { z } from "zod";
import { defaultStrategies } from "../../../actors/strategies/registry.ts";
import { Capability, RoutingPolicy } from "../../../events/mod.ts";
import type { DryRunResult } from "../../runtime/routing-dry-run.ts";
import type { AuthEnv } from "../middleware/auth.ts";
import { jsonBody, parseOr400 } from "../errors.ts";

export const RoutingDryRunBody = z.strictObject({
  capability: Capability,
  policy: z.strictObject({
    ...RoutingPolicy.shape,
    strategy: z.string().min(1).max(64).default("round-robin").refine(
      (name) => defaultStrategies.has(name),
      { message: `unknown strategy; known: ${defaultStrategies.names().join(", ")}` },
    ),
  }),
  /** How many of the most recent sessions routed for the capability. */
  limit: z.number().int().min(1).max(1000).default(100),
});

/** `POST /routing/dry-run`: a policy tried on recorded decisions; nothing is changed. */
export function routingDryRunRoutes(deps: {
  dryRun: (input: z.output<typeof RoutingDryRunBody>) => Promise<DryRunResult>;
}): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.post("/routing/dry-run", async (c) => {
    const body = parseOr400(RoutingDryRunBody, await jsonBody(c), "body");
    return c.json(await deps.dryRun(body));
  });
  return app;
}
