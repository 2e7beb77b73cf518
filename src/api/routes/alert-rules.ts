import { Hono } from "hono";
import { z } from "zod";
import { type AlertRule, AlertRuleSpec, Id, Timestamp } from "../../../events/mod.ts";
import type { AlertRuleCommandClient } from "../../runtime/commands/clients.ts";
import type { AlertRulesView } from "../../runtime/alerting/rules-view.ts";
import type { DryRunRequest, DryRunResult } from "../../runtime/alerting/dry-run.ts";
import { type AuthEnv, principalOf } from "../middleware/auth.ts";
import { commandError } from "../command-errors.ts";
import { ApiError, jsonBody, parseOr400 } from "../errors.ts";
import { parseStrict } from "../strict.ts";

export const AlertRuleBody = AlertRuleSpec.extend({ id: Id.optional() });

export const DryRunBody = z.object({
  rule: AlertRuleBody,
  /** The window ends here (default now) … */
  to: Timestamp.optional(),
  /** … and reaches back this far (default 24 h). */
  windowSeconds: z.number().int().min(60).max(31 * 86_400).default(86_400),
  /** Time between evaluations (default the live evaluation interval). */
  stepSeconds: z.number().int().min(1).max(3_600).optional(),
});

export interface AlertRuleDeps {
  rules: AlertRuleCommandClient;
  view: AlertRulesView;
  caughtUpTo: (position: number) => Promise<unknown>;
  /** Whether a notification channel exists (notify's view); absent: channels are not checked. */
  channelExists?: (id: string) => Promise<boolean>;
  evaluationIntervalSeconds: () => number;
  dryRun: (request: DryRunRequest) => Promise<DryRunResult>;
}

/** `/alert-rules`: rules as resources (one actor each), and their dry run over stored figures. */
export function alertRuleRoutes(deps: AlertRuleDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const checkChannels = async (rule: { channels?: string[] | undefined }) => {
    if (!deps.channelExists) return;
    for (const [i, id] of (rule.channels ?? []).entries()) {
      if (!(await deps.channelExists(id))) {
        throw new ApiError(
          400,
          "validation_failed",
          `body.channels.${i}: no notification channel ${id}`,
        );
      }
    }
  };
  const settle = async (position: number | undefined) => {
    if (position !== undefined) await deps.caughtUpTo(position);
  };
  const ruleOr404 = (id: string): AlertRule => {
    const rule = deps.view.get(id);
    if (!rule) throw new ApiError(404, "not_found", `no alert rule ${id}`);
    return rule;
  };

  app.get("/alert-rules", (c) => c.json({ items: deps.view.list() }));

  app.post("/alert-rules", async (c) => {
    const { id = crypto.randomUUID(), ...rule } = parseStrict(
      AlertRuleBody,
      await jsonBody(c),
      "body",
    );
    await checkChannels(rule);
    try {
      const reply = await deps.rules.create(id, { rule }, {
        metadata: { principal: principalOf(c) },
      });
      await settle(reply.events.at(-1)?.position);
    } catch (error) {
      throw commandError(error);
    }
    return c.json(deps.view.get(id) ?? { id, ...rule }, 201);
  });

  app.post("/alert-rules/dry-run", async (c) => {
    const body = parseStrict(DryRunBody, await jsonBody(c), "body");
    const { id = "dry-run", ...spec } = body.rule;
    const to = body.to ?? new Date().toISOString();
    const from = new Date(Date.parse(to) - body.windowSeconds * 1000).toISOString();
    try {
      const result = await deps.dryRun({
        rule: { id, ...spec },
        from,
        to,
        stepSeconds: body.stepSeconds ?? deps.evaluationIntervalSeconds(),
      });
      return c.json({ rule: { id, ...spec }, ...result });
    } catch (error) {
      if ((error as Error).name === "DryRunUnsupportedError") {
        throw new ApiError(400, "unsupported_metric", `body.${(error as Error).message}`);
      }
      throw error;
    }
  });

  app.get("/alert-rules/:id", (c) => {
    const { id } = parseOr400(z.object({ id: Id }), c.req.param(), "path");
    return c.json(ruleOr404(id));
  });

  app.put("/alert-rules/:id", async (c) => {
    const { id } = parseOr400(z.object({ id: Id }), c.req.param(), "path");
    const { id: bodyId, ...rule } = parseStrict(AlertRuleBody, await jsonBody(c), "body");
    if (bodyId !== undefined && bodyId !== id) {
      throw new ApiError(400, "validation_failed", `body.id: ${bodyId} is not the path's ${id}`);
    }
    await checkChannels(rule);
    const exists = deps.view.get(id) !== undefined;
    try {
      const metadata = { metadata: { principal: principalOf(c) } };
      const reply = exists
        ? await deps.rules.update(id, { rule }, metadata)
        : await deps.rules.create(id, { rule }, metadata);
      await settle(reply.events.at(-1)?.position);
    } catch (error) {
      throw commandError(error);
    }
    return c.json(deps.view.get(id) ?? { id, ...rule }, exists ? 200 : 201);
  });

  app.delete("/alert-rules/:id", async (c) => {
    const { id } = parseOr400(z.object({ id: Id }), c.req.param(), "path");
    ruleOr404(id);
    try {
      const reply = await deps.rules.delete(id, {}, { metadata: { principal: principalOf(c) } });
      await settle(reply.events.at(-1)?.position);
    } catch (error) {
      throw commandError(error);
    }
    return c.json({ id, deleted: true });
  });
  return app;
}
