import { Hono } from "hono";
import { z } from "zod";
import { Id } from "../../../events/mod.ts";
import type { SessionCommandClient } from "../../runtime/commands/clients.ts";
import { type AuthEnv, principalOf } from "../middleware/auth.ts";
import { commandError } from "../command-errors.ts";
import { parseOr400 } from "../errors.ts";

/** `DELETE /sessions/{id}`: an operator ends a session; the edge holding it closes the client. */
export function sessionCommandRoutes(deps: { sessions: SessionCommandClient }): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.delete("/sessions/:id", async (c) => {
    const { id } = parseOr400(z.object({ id: Id }), c.req.param(), "path");
    const identity = c.get("identity");
    try {
      await deps.sessions.close(id, { reason: `closed by operator ${identity.sub}`, code: 1000 }, {
        metadata: { principal: principalOf(c) },
      });
    } catch (error) {
      throw commandError(error);
    }
    return c.json({ id, status: "closed" });
  });
  return app;
}
