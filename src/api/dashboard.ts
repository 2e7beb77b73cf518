import type { Hono } from "hono";
import { uiRoutes } from "../ui/serve.ts";

/**
 * `GET /`: the management UI (src/ui). It signs in through POST /api/v1/login
 * and reads the same /api/v1 as every other client.
 */
export function dashboardRoutes(): Hono {
  return uiRoutes();
}
