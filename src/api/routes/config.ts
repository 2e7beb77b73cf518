import { Hono } from "hono";
import { z } from "zod";
import { CONFIG_ID, RuntimeConfig } from "../../../actors/config/mod.ts";
import type { ConfigCommandClient } from "../../runtime/commands/clients.ts";
import type { ConfigView } from "../../runtime/config-view.ts";
import { type AuthEnv, principalOf } from "../middleware/auth.ts";
import { commandError } from "../command-errors.ts";
import { ApiError, jsonBody, parseOr400 } from "../errors.ts";
import { compileAccessList } from "../../security/cidr.ts";
import { unknownFields } from "../unknown-fields.ts";

export const PutConfigBody = z.object({
  config: RuntimeConfig,
  /** The version read before editing: a concurrent change makes this a 409, not a lost update. */
  expectedVersion: z.number().int().min(0).optional(),
});

/** `GET/PUT /config`: versioned runtime settings; a change is a config.changed event. */
export function configRoutes(deps: {
  config: ConfigCommandClient;
  view: ConfigView;
  caughtUpTo: (position: number) => Promise<unknown>;
}): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get(
    "/config",
    (c) => c.json({ version: deps.view.version, config: deps.view.current() }),
  );
  app.put("/config", async (c) => {
    const raw = await jsonBody(c);
    const body = parseOr400(PutConfigBody, raw, "body");
    const unknown = unknownFields(PutConfigBody, raw, "body");
    if (unknown.length > 0) {
      throw new ApiError(
        400,
        "validation_failed",
        `unknown field${unknown.length > 1 ? "s" : ""}: ${unknown.slice(0, 5).join(", ")}`,
      );
    }
    // Address lists are checked here, once: a bad CIDR is a 400 naming the entry.
    for (const surface of ["api", "agent", "ws"] as const) {
      try {
        compileAccessList(body.config.access[surface], `body.config.access.${surface}`);
      } catch (error) {
        throw new ApiError(400, "validation_failed", (error as Error).message);
      }
    }
    try {
      const reply = await deps.config.change(CONFIG_ID, body, {
        metadata: { principal: principalOf(c) },
      });
      const position = reply.events.at(-1)?.position;
      if (position !== undefined) await deps.caughtUpTo(position);
    } catch (error) {
      throw commandError(error);
    }
    return c.json({ version: deps.view.version, config: deps.view.current() });
  });
  return app;
}
