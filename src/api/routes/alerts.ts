import { Hono } from "hono";
import { z } from "zod";
import { AlertRule, CONFIG_ID } from "../../../actors/config/mod.ts";
import type { ConfigCommandClient } from "../../runtime/commands/clients.ts";
import type { ConfigView } from "../../runtime/config-view.ts";
import { type AuthEnv, principalOf } from "../middleware/auth.ts";
import { commandError } from "../command-errors.ts";
import { ApiError, jsonBody, parseOr400 } from "../errors.ts";

export const PutAlertRulesBody = z.object({
  rules: z.array(AlertRule).max(500),
  expectedVersion: z.number().int().min(0).optional(),
});

/**
 * `GET /alerts`, `GET/PUT /alert-rules`. Rules are part of the versioned
 * runtime config (a change is a config.changed event). Evaluating them is
 * not built yet, so `GET /alerts` is empty, and says so.
 */
export function alertRoutes(deps: {
  config: ConfigCommandClient;
  view: ConfigView;
  caughtUpTo: (position: number) => Promise<unknown>;
}): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/alerts", (c) => c.json({ items: [], evaluating: false }));
  app.get(
    "/alert-rules",
    (c) => c.json({ version: deps.view.version, rules: deps.view.current().alertRules }),
  );
  app.put("/alert-rules", async (c) => {
    const body = parseOr400(PutAlertRulesBody, await jsonBody(c), "body");
    const ids = new Set(body.rules.map((r) => r.id));
    if (ids.size !== body.rules.length) {
      throw new ApiError(400, "validation_failed", "body.rules: ids must be unique");
    }
    try {
      const reply = await deps.config.change(CONFIG_ID, {
        config: { ...deps.view.current(), alertRules: body.rules },
        ...(body.expectedVersion !== undefined ? { expectedVersion: body.expectedVersion } : {}),
      }, { metadata: { principal: principalOf(c) } });
      const position = reply.events.at(-1)?.position;
      if (position !== undefined) await deps.caughtUpTo(position);
    } catch (error) {
      throw commandError(error);
    }
    return c.json({ version: deps.view.version, rules: deps.view.current().alertRules });
  });
  return app;
}
