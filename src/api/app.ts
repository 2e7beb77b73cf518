import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Logger } from "../telemetry/log.ts";
import { authenticate, type AuthEnv } from "./middleware/auth.ts";
import type { Authenticator } from "../auth/authenticator.ts";
import { ApiError, errorBody } from "./errors.ts";
import { storable } from "../../events/catalogue.ts";
import { healthRoutes, type Readiness } from "./health.ts";
import { dashboardRoutes } from "./dashboard.ts";
import { accessTable } from "./access.ts";
import { authorize } from "./authorize.ts";
import { openApiDocument } from "./openapi.ts";
import type { Guard } from "../security/guard.ts";
import { guardByAddress, guardByIdentity, surfaceOfApiRoute } from "./middleware/guard.ts";
import { loginRoutes, meRoutes } from "./routes/login.ts";

export interface ApiAppOptions {
  auth: Authenticator;
  readiness: Readiness;
  /** Sub-apps mounted under /api/v1, each behind authentication. */
  v1: Hono<AuthEnv>[];
  /** Address lists and rate limits; absent in tests that do not need them. */
  guard?: Guard;
  /**
   * Largest request head (request line and headers). The front door checks
   * a connection's first request; later requests on a keep-alive connection
   * reach Deno.serve directly, so the app checks every one.
   */
  maxHeaderBytes?: () => number;
  log?: Logger;
}

/** About what the head took on the wire: request line, each `name: value\r\n`, the blank line. */
function headBytes(req: Request): number {
  let n = req.method.length + req.url.length + 13;
  req.headers.forEach((value, name) => n += name.length + value.length + 4);
  return n;
}

/**
 * The HTTP surface: health without auth, everything under /api/v1 behind
 * authentication, and one error shape for all of it (CONTRACT.md).
 */
export function apiApp(options: ApiAppOptions): Hono {
  const app = new Hono();
  const maxHeaderBytes = options.maxHeaderBytes;
  if (maxHeaderBytes) {
    app.use("*", async (c, next) => {
      const limit = maxHeaderBytes();
      if (headBytes(c.req.raw) <= limit) return await next();
      return c.json(
        errorBody("headers_too_large", `request head larger than ${limit} bytes`),
        431,
        { connection: "close" },
      );
    });
  }
  app.route("/", healthRoutes(options.readiness));
  app.route("/", dashboardRoutes());

  const openapi = openApiDocument(accessTable);
  app.get("/api/v1/openapi.json", (c) => c.json(openapi));

  // Sign-in sits outside authentication (it is how a browser gets authenticated).
  const login = new Hono();
  if (options.guard) login.use("*", guardByAddress(options.guard, surfaceOfApiRoute));
  login.route("/", loginRoutes(options.auth));
  app.route("/api/v1", login);

  const v1 = new Hono<AuthEnv>();
  if (options.guard) v1.use("*", guardByAddress(options.guard, surfaceOfApiRoute));
  v1.use("*", authenticate(options.auth));
  if (options.guard) v1.use("*", guardByIdentity(options.guard));
  // Query values and path segments reach SQL as text: NUL cannot be stored or compared there.
  v1.use("*", async (c, next) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(new URL(c.req.url).pathname + "?" + new URL(c.req.url).search);
    } catch {
      throw new ApiError(
        400,
        "bad_request",
        "the request path or query is not valid percent-encoding",
      );
    }
    if (!storable(decoded)) {
      throw new ApiError(400, "bad_request", "NUL or unpaired surrogate in path or query");
    }
    await next();
  });
  authorize(v1, accessTable);
  v1.route("/", meRoutes());
  for (const routes of options.v1) v1.route("/", routes);
  app.route("/api/v1", v1);

  app.notFound((c) =>
    c.json(errorBody("not_found", `no route for ${c.req.method} ${c.req.path}`), 404)
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      return c.json(errorBody(error.code, error.message, error.details), error.status);
    }
    if (error instanceof HTTPException) {
      return c.json(errorBody("http_error", error.message || "request refused"), error.status);
    }
    options.log?.error("request failed", { method: c.req.method, path: c.req.path, error });
    return c.json(errorBody("internal", "internal error"), 500);
  });
  return app;
}
