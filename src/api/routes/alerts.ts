import { Hono } from "hono";
import { z } from "zod";
import { Id } from "../../../events/mod.ts";
import type { AlertReads } from "../../../projections/alerts/reads.ts";
import type { AlertRecord } from "../../../projections/alerts/record.ts";
import { silencedBy } from "../../../actors/alert/mod.ts";
import type { SilencesView } from "../../runtime/alerting/silences-view.ts";
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
  /** To say which silences mute an open alert now (the record itself never changes for one). */
  silences?: SilencesView;
}): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const withSilences = (alert: AlertRecord) => {
    if (!deps.silences || alert.state === "resolved") return { ...alert, silencedBy: [] };
    const now = new Date().toISOString();
    const by = silencedBy(alert.labels, deps.silences.active(now), now).map((s) => s.silenceId);
    return { ...alert, silencedBy: by };
  };
  app.get("/alerts", async (c) => {
    const query = parseStrict(AlertsQuery, c.req.query(), "query");
    return c.json({ items: (await deps.reads.list(query)).map(withSilences) });
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
    return c.json(withSilences(await deps.reads.get(id) ?? alert));
  });
  return app;
}
