import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import { parseOr400 } from "../errors.ts";
import type { AuthEnv } from "../middleware/auth.ts";
import type { LiveHub } from "../live-hub.ts";

/**
 * `GET /stream`: server-sent events for the UI, one connection per browser
 * (EventSource sends the sign-in cookie). Events: `history` once, then
 * `fleet` (summary, registry, what changed) each time the hub has news,
 * and a comment every 15 s so proxies keep the connection open.
 */
/** The feed takes no query: anything in it is a mistake worth a 400. */
export const StreamQuery = z.strictObject({});

export function streamRoutes(hub: LiveHub): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/stream", (c) => {
    parseOr400(StreamQuery, c.req.query(), "query");
    c.header("cache-control", "no-store");
    c.header("x-accel-buffering", "no");
    return streamSSE(c, async (stream) => {
      let id = 0;
      let done!: () => void;
      const ended = new Promise<void>((resolve) => done = resolve);
      // Writes go out in order; a failed one means the browser went away.
      let last: Promise<unknown> = Promise.resolve();
      const unsubscribe = hub.subscribe((event, data) => {
        if (event === "bye") return done();
        last = last.then(() =>
          stream.writeSSE({ event, data: JSON.stringify(data), id: String(++id) })
        ).catch(done);
      });
      const keepAlive = setInterval(() => {
        last = last.then(() => stream.write(": keep-alive\n\n")).catch(done);
      }, 15_000);
      stream.onAbort(done);
      await ended;
      clearInterval(keepAlive);
      unsubscribe();
    });
  });
  return app;
}
