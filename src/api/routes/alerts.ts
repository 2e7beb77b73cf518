import { Hono } from "hono";
import { z } from "zod";
import { Id } from "../../../events/mod.ts";
import type { AlertReads } from "../../../projections/alerts/reads.ts";
import type { AlertCommandClient } from "../../runtime/commands/clients.ts";
import { type AuthEnv, principalOf } from "../middleware/auth.ts";
import { commandError } from "../command-errors.ts";
import { ApiError, jsonBody, parseOr400 } from "../errors.ts";
import { parseStrict } from "../strict.ts";

export const AlertsQuery = z.object({
  state: z.enum(["firing", "resolved", "pending", "all"]).default("all"),
  ruleId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(500),
});

export const AckBody = z.object({ comment: z.string().max(1000).optional() });

/**
 * `GET /alerts` (the history, from the alerts projection) and
 * `POST /alerts/{id}/ack` (a command to the alerts of the alert's rule).
 */
export function alertRoutes(deps: {
  alerts: AlertCommandClient;
  reads: AlertReads;
  /** Resolves once the alerts projection has applied everything committed so far. */
  projected: () => Promise<unknown>;
}): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/alerts", async (c) => {
    const query = parseStrict(AlertsQuery, c.req.query(), "query");
    return c.json({ items: await deps.reads.list(query) });
  });
  app.post("/alerts/:id/ack", async (c) => {
    const { id } = parseOr400(z.object({ id: Id }), c.req.param(), "path");
    const body = parseStrict(AckBody, await jsonBody(c), "body");
    const alert = await deps.reads.get(id);
    if (!alert) throw new ApiError(404, "not_found", `no alert ${id}`);
    try {
      await deps.alerts.acknowledge(alert.ruleId, {
        alertId: id,
        ...(body.comment !== undefined ? { comment: body.comment } : {}),
      }, { metadata: { principal: principalOf(c) } });
    } catch (error) {
      throw commandError(error);
    }
    await deps.projected();
    return c.json(await deps.reads.get(id) ?? alert);
  });
  return app;
}
