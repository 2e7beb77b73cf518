import { acceptDial, type DialContext, refuse } from "./dial.ts";

export interface ServerOptions extends DialContext {
  hostname: string;
  port: number;
  /** The WebSocket path the edge dials. */
  path: string;
  healthPath: string;
}

/**
 * The agent's HTTP side: the session endpoint (WebSocket upgrades only) and
 * the health endpoint. Nothing else is served, so a misdirected request gets
 * a clear JSON 404 rather than a socket.
 */
export function serveAgentHttp(options: ServerOptions): Deno.HttpServer<Deno.NetAddr> {
  const { tracker, path, healthPath } = options;
  return Deno.serve({
    hostname: options.hostname,
    port: options.port,
    // Quiet: the SDK logs through the app's logger, not Deno's banner.
    onListen: () => {},
    onError: (error) => {
      options.logger.error("request failed", { error });
      return refuse(500, "internal", "internal error");
    },
  }, (request) => {
    const url = new URL(request.url);
    if (url.pathname === healthPath && (request.method === "GET" || request.method === "HEAD")) {
      // 503 while draining: a health checker should stop sending sessions here.
      return Response.json({
        status: tracker.draining ? "draining" : "ok",
        sessions: tracker.count,
        pool: options.pool,
      }, { status: tracker.draining ? 503 : 200 });
    }
    if (url.pathname !== path) return refuse(404, "not_found", `no route for ${url.pathname}`);
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return refuse(426, "upgrade_required", "this endpoint speaks WebSocket only");
    }
    return acceptDial(request, url, options);
  });
}
