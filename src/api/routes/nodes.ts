import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../middleware/auth.ts";
import { parseOr400 } from "../errors.ts";

/** One node of the cluster, as `GET /nodes` lists it. */
export const NodeInfo = z.object({
  id: z.string(),
  /** Where its API and edge listen (its own view: behind a proxy, another address may reach it). */
  address: z.string().nullable(),
  version: z.string().nullable(),
  startedAt: z.string().nullable(),
  lastSeen: z.string(),
  /** Command-log partitions it holds the lease of. */
  partitions: z.array(z.number().int()),
  /** Client sessions attached to its edge (from the log). */
  sessions: z.number().int(),
  /** The node that answered. */
  self: z.boolean(),
});
export type NodeInfo = z.infer<typeof NodeInfo>;

export const NodesQuery = z.strictObject({});

/** `GET /nodes`: the live nodes, from the lease service's presence entries and the fleet view. */
export function nodesRoutes(deps: { nodes: () => Promise<NodeInfo[]> }): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/nodes", async (c) => {
    parseOr400(NodesQuery, c.req.query(), "query");
    return c.json({ items: await deps.nodes() });
  });
  return app;
}
