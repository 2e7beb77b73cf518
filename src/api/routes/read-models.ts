import { type Env, Hono } from "hono";
import { z } from "zod";
import { AgentStatus, Capability, Id, SessionStatus } from "../../../events/mod.ts";
import type { ReadModels } from "../../../projections/read-models.ts";
import { ApiError, parseOr400 } from "../errors.ts";

const Limit = z.coerce.number().int().min(1).max(1_000).default(100);

/** `GET /agents`: `at` answers from the registry rebuilt up to that log position (time travel). */
export const AgentsQuery = z.object({
  status: AgentStatus.optional(),
  capability: Capability.optional(),
  limit: Limit,
  /** The previous page's `nextCursor`. */
  cursor: Id.optional(),
  at: z.coerce.number().int().min(0).optional(),
});

export const SessionsQuery = z.object({
  agentId: Id.optional(),
  status: SessionStatus.optional(),
  capability: z.string().min(1).max(200).optional(),
  clientId: z.string().min(1).max(200).optional(),
  limit: Limit,
  cursor: z.coerce.number().int().positive().optional(),
});

const Scope = z.enum(["fleet", "agent", "capability", "node"]);

export const LoadQuery = z.object({
  scope: Scope.default("fleet"),
  key: z.string().min(1).max(200).optional(),
});

export const SeriesQuery = z.object({
  scope: Scope.default("fleet"),
  key: z.string().min(1).max(200).default("*"),
  resolution: z.enum(["10", "60"]).default("10").transform((r) => Number(r) as 10 | 60),
  limit: z.coerce.number().int().min(1).max(10_000).default(60),
  /** Only buckets starting before this time: the oldest `start` of the previous page. */
  before: z.iso.datetime({ offset: true }).optional(),
});

const IdParam = z.object({ id: Id });

function notFound(what: string, id: string): ApiError {
  return new ApiError(404, "not_found", `no ${what} '${id}'`);
}

/**
 * The read-only operator routes over the read models: agents, sessions,
 * load and the metrics summary, with keyset pagination (`limit`, `cursor`
 * from the previous page's `nextCursor`). Errors follow the API's one
 * shape: 400 naming the field, 404 `not_found` for unknown ids.
 */
export function readModelRoutes<E extends Env = Env>(models: ReadModels): Hono<E> {
  const app = new Hono<E>();

  app.get("/agents", async (c) => {
    const { at, ...query } = parseOr400(AgentsQuery, c.req.query(), "query");
    if (at === undefined) return c.json(await models.listAgents(query));
    const past = await models.agentsAt(at, query);
    return c.json({ items: past.items, nextCursor: past.nextCursor, at: past.position });
  });

  app.get("/agents/:id", async (c) => {
    const { id } = parseOr400(IdParam, c.req.param(), "path");
    const agent = await models.getAgent(id);
    if (!agent) throw notFound("agent", id);
    return c.json(agent);
  });

  app.get("/sessions", async (c) => {
    const query = parseOr400(SessionsQuery, c.req.query(), "query");
    return c.json(await models.listSessions(query));
  });

  app.get("/sessions/:id", async (c) => {
    const { id } = parseOr400(IdParam, c.req.param(), "path");
    const session = await models.getSession(id);
    if (!session) throw notFound("session", id);
    return c.json(session);
  });

  app.get("/metrics/summary", async (c) => c.json(await models.metricsSummary()));

  app.get("/load", async (c) => {
    const { scope, key } = parseOr400(LoadQuery, c.req.query(), "query");
    return c.json(await models.load(scope, key));
  });

  app.get("/load/series", async (c) => {
    const query = parseOr400(SeriesQuery, c.req.query(), "query");
    const points = await models.loadSeries(query);
    const oldest = points.at(-1)?.start;
    return c.json({
      items: points,
      nextCursor: points.length === query.limit && oldest ? oldest : null,
    });
  });

  return app;
}
