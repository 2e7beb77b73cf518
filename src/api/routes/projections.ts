import { Hono } from "hono";
import type { AuthEnv } from "../middleware/auth.ts";
import { ApiError } from "../errors.ts";

/**
 * `POST /projections/rebuild`: rebuilds every projection from position 0,
 * compares it with the live one and swaps it in (blue-green). One at a
 * time: a second request while one runs is a 409.
 */
export function projectionRoutes(rebuild: () => Promise<unknown>): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  let running = false;
  app.post("/projections/rebuild", async (c) => {
    if (running) throw new ApiError(409, "rebuild_running", "a rebuild is already running");
    running = true;
    try {
      return c.json(await rebuild());
    } finally {
      running = false;
    }
  });
  return app;
}
