import type { Hono } from "hono";
import type { AuthEnv } from "./middleware/auth.ts";
import { hasRole } from "../auth/roles.ts";
import { ApiError } from "./errors.ts";
import type { RouteRule } from "./access.ts";

/**
 * Applies the access table to an app: each rule's roles are checked before
 * any handler of that route runs, and a request no rule names is refused
 * (404 for an unknown path, so nothing leaks about what exists).
 */
export function authorize(app: Hono<AuthEnv>, table: readonly RouteRule[]): void {
  for (const rule of table) {
    app.on(rule.method, rule.path, async (c, next) => {
      if (!hasRole(c.get("identity"), ...rule.roles)) {
        const allowed = ["admin", ...rule.roles].join(", ");
        throw new ApiError(
          403,
          "forbidden",
          `${rule.method} ${rule.path} requires role ${allowed}`,
        );
      }
      c.set("authorized", true);
      await next();
    });
  }
  app.use("*", async (c, next) => {
    if (!c.get("authorized")) {
      throw new ApiError(404, "not_found", `no route for ${c.req.method} ${c.req.path}`);
    }
    await next();
  });
}
