import { type Env, Hono } from "hono";
import { z } from "zod";
import type { EventCatalogue } from "../../../events/catalogue.ts";
import { catalogue as domainCatalogue } from "../../../events/mod.ts";
import type { EventStore } from "../../store/event-store.ts";
import { ApiError, parseOr400 } from "../errors.ts";

export const DEFAULT_EVENTS_LIMIT = 1_000;
export const MAX_EVENTS_LIMIT = 100_000;
/** Events read from the store per page: what the route holds in memory at most. */
export const EVENTS_PAGE = 1_000;

/** How often a following stream with nothing to say sends an empty line (proxies, dead peers). */
export const FOLLOW_KEEPALIVE_MS = 10_000;

/**
 * `GET /events` query: `from` is inclusive; `type` may repeat or list types
 * with commas. `follow=true` keeps the stream open after the last event and
 * sends new ones as they are stored (no limit unless one is given); an empty
 * line now and then says the stream is still alive.
 */
export const EventsQuery = z.object({
  from: z.coerce.number().int().min(0).default(1),
  stream: z.string().min(1).max(300).optional(),
  type: z.array(z.string().min(1).max(200)).default([]),
  limit: z.coerce.number().int().min(1).max(MAX_EVENTS_LIMIT).optional(),
  follow: z.enum(["true", "false", "1", "0"]).optional().transform((f) =>
    f === "true" || f === "1"
  ),
});
export type EventsQuery = z.infer<typeof EventsQuery>;

export interface EventsRouteDeps {
  store: EventStore;
  /** Event types `type` may name; the domain catalogue by default. */
  catalogue?: EventCatalogue;
  /** A store failure after the first line cannot become a 4xx/5xx any more: it ends the stream and lands here. */
  onStreamError?: (error: unknown) => void;
  /** What `follow=true` needs; without it, `follow` is refused. */
  follow?: FollowSource;
}

/** The node's view of the log's head, for streams that wait for new events. */
export interface FollowSource {
  /** Every event up to this position has been read (and is readable) by this node. */
  position(): number;
  /** Resolves true once the node has read past `position`, false after `timeoutMs`. */
  waitPast(position: number, timeoutMs: number): Promise<boolean>;
  /** Aborted when the node stops: following streams end then. */
  closing: AbortSignal;
}

/**
 * Auditor access to the log: `GET /events?from=&stream=&type=&limit=`
 * answers NDJSON, one full envelope (with `position`) per line, in global
 * order. The body is produced page by page as the client reads it, so a
 * large range never sits in memory; a `from` past the end is an empty 200.
 * Bad parameters are refused with a 400 before the first byte.
 */
export function eventsRoutes<E extends Env = Env>(deps: EventsRouteDeps): Hono<E> {
  const known = deps.catalogue ?? domainCatalogue;
  const app = new Hono<E>();
  app.get("/events", (c) => {
    const types = c.req.queries("type")?.flatMap((t) => t.split(",")).filter((t) => t !== "");
    const query = parseOr400(EventsQuery, { ...c.req.query(), type: types ?? [] }, "query");
    const unknown = query.type.filter((t) => !known.has(t));
    if (unknown.length > 0) {
      throw new ApiError(
        400,
        "unknown_event_type",
        `query.type: unknown event type ${unknown.map((t) => `'${t}'`).join(", ")}`,
        { field: "query.type", unknown },
      );
    }
    if (query.follow && !deps.follow) {
      throw new ApiError(400, "validation_failed", "query.follow: not available on this node");
    }
    const body = eventLines(deps, query);
    return c.body(body, 200, { "content-type": "application/x-ndjson; charset=utf-8" });
  });
  return app;
}

/**
 * A pull stream: each read by the client fetches the next page, and nothing
 * more. Following, an empty read waits for the node to read past the last
 * position looked at, then reads again.
 */
function eventLines(deps: EventsRouteDeps, query: EventsQuery): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const follow = query.follow ? deps.follow : undefined;
  let after = Math.max(0, query.from - 1);
  let remaining = query.limit ?? (follow ? Infinity : DEFAULT_EVENTS_LIMIT);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        for (;;) {
          if (follow?.closing.aborted) return controller.close();
          // Read before the page: events up to it are readable, so an empty page passes them.
          const seen = follow?.position() ?? 0;
          const limit = Math.min(EVENTS_PAGE, remaining);
          const page = await deps.store.readAll({
            after,
            limit,
            ...(query.stream !== undefined ? { streamId: query.stream } : {}),
            ...(query.type.length > 0 ? { types: query.type } : {}),
          });
          if (page.length > 0) {
            controller.enqueue(
              encoder.encode(page.map((e) => JSON.stringify(e)).join("\n") + "\n"),
            );
            after = page[page.length - 1]!.position;
            remaining -= page.length;
          }
          if (remaining === 0 || (!follow && page.length < limit)) return controller.close();
          if (page.length > 0) return;
          if (!follow) return controller.close();
          after = Math.max(after, seen);
          if (!await follow.waitPast(after, FOLLOW_KEEPALIVE_MS)) {
            controller.enqueue(encoder.encode("\n"));
            return;
          }
        }
      } catch (error) {
        deps.onStreamError?.(error);
        controller.error(error);
      }
    },
  }, { highWaterMark: 0 });
}
