import { Hono } from "hono";
import { z } from "zod";
import { CONFIG_ID } from "../../../actors/config/mod.ts";
import { configActor } from "../../../actors/config/mod.ts";
import type { EventStore } from "../../store/event-store.ts";
import type { AuthEnv } from "../middleware/auth.ts";
import { parseOr400 } from "../errors.ts";

export const ConfigHistoryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/**
 * `GET /config/history`: every version of the runtime config, newest first,
 * with who changed it and when, read from the config actor's own stream.
 * The UI diffs two of them and rolls back by PUTting an old one.
 */
export function configHistoryRoutes(deps: { store: EventStore }): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/config/history", async (c) => {
    const { limit } = parseOr400(ConfigHistoryQuery, c.req.query(), "query");
    const events = await deps.store.readStream(`${configActor.type}-${CONFIG_ID}`);
    const items = events
      .filter((e) => e.type === "config.changed")
      .map((e) => {
        const data = e.data as { version: number; config: unknown; at: string };
        return {
          version: data.version,
          at: data.at,
          position: e.position,
          ...(e.metadata.principal ? { by: e.metadata.principal.sub } : {}),
          config: data.config,
        };
      })
      .reverse()
      .slice(0, limit);
    return c.json({ items });
  });
  return app;
}
