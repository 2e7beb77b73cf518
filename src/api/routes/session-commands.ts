import { Hono } from "hono";
import { z } from "zod";
import { Id } from "../../../events/mod.ts";
import type { SessionCommandClient } from "../../runtime/commands/clients.ts";
import { type AuthEnv, principalOf } from "../middleware/auth.ts";
import { commandError } from "../command-errors.ts";
import { parseOr400 } from "../errors.ts";

export interface SessionCommandDeps {
  sessions: SessionCommandClient;
  /** Read-your-writes: resolves when the read models (`GET /sessions`) include `position`. */
  projected?: (position: number) => Promise<unknown>;
}

/** `DELETE /sessions/{id}`: an operator ends a session; the edge holding it closes the client. */
export function sessionCommandRoutes(deps: SessionCommandDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.delete("/sessions/:id", async (c) => {
    const { id } = parseOr400(z.object({ id: Id }), c.req.param(), "path");
    const identity = c.get("identity");
    try {
      const reply = await deps.sessions.close(
        id,
        { reason: `closed by operator ${identity.sub}`, code: 1000 },
        { metadata: { principal: principalOf(c) } },
      );
      const last = reply.events.at(-1)?.position;
      if (last !== undefined) await deps.projected?.(last);
    } catch (error) {
      throw commandError(error);
    }
    return c.json({ id, status: "closed" });
  });
  return app;
}
