import { Hono } from "hono";
import { z } from "zod";
import { Id, SilenceMatcher, Timestamp } from "../../../events/mod.ts";
import type { SilenceCommandClient } from "../../runtime/commands/clients.ts";
import type { SilencesView } from "../../runtime/alerting/silences-view.ts";
import { type AuthEnv, principalOf } from "../middleware/auth.ts";
import { commandError } from "../command-errors.ts";
import { ApiError, jsonBody, parseOr400 } from "../errors.ts";
import { parseStrict } from "../strict.ts";

export const SilenceBody = z.object({
  id: Id.optional(),
  matchers: z.array(SilenceMatcher).min(1).max(32),
  startsAt: Timestamp.optional(),
  /** Until when (Alertmanager calls it `endsAt`; either name, not both). */
  endsAt: Timestamp.optional(),
  until: Timestamp.optional(),
  comment: z.string().max(1000).default(""),
});

export const SilencesQuery = z.object({
  state: z.enum(["active", "pending", "expired", "all"]).default("all"),
});

/** `/silences`: label matchers that mute notifications (never the alert records) until a time. */
export function silenceRoutes(deps: {
  silences: SilenceCommandClient;
  view: SilencesView;
  caughtUpTo: (position: number) => Promise<unknown>;
}): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/silences", (c) => {
    const { state } = parseStrict(SilencesQuery, c.req.query(), "query");
    const items = deps.view.list(new Date().toISOString());
    return c.json({ items: state === "all" ? items : items.filter((s) => s.state === state) });
  });
  app.post("/silences", async (c) => {
    const body = parseStrict(SilenceBody, await jsonBody(c), "body");
    if (body.endsAt && body.until) {
      throw new ApiError(400, "validation_failed", "body.until: give endsAt or until, not both");
    }
    const endsAt = body.endsAt ?? body.until;
    if (!endsAt) throw new ApiError(400, "validation_failed", "body.endsAt: required (or until)");
    const id = body.id ?? crypto.randomUUID();
    try {
      const reply = await deps.silences.create(id, {
        matchers: body.matchers,
        ...(body.startsAt ? { startsAt: body.startsAt } : {}),
        endsAt,
        comment: body.comment,
      }, { metadata: { principal: principalOf(c) } });
      const position = reply.events.at(-1)?.position;
      if (position !== undefined) await deps.caughtUpTo(position);
    } catch (error) {
      throw commandError(error);
    }
    return c.json(deps.view.get(id), 201);
  });
  app.delete("/silences/:id", async (c) => {
    const { id } = parseOr400(z.object({ id: Id }), c.req.param(), "path");
    try {
      const reply = await deps.silences.delete(id, {}, { metadata: { principal: principalOf(c) } });
      const position = reply.events.at(-1)?.position;
      if (position !== undefined) await deps.caughtUpTo(position);
    } catch (error) {
      throw commandError(error);
    }
    return c.json({ id, deleted: true });
  });
  return app;
}
