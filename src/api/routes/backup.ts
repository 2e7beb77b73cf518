import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../middleware/auth.ts";
import { parseOr400 } from "../errors.ts";

export const BackupQuery = z.strictObject({});

/** An online backup as the node produces it: the log's head it stops at, and the gzip'd file. */
export interface OnlineBackup {
  upToPosition: number;
  body: ReadableStream<Uint8Array>;
}

/**
 * `GET /backup` (admin): the `cli backup` file, streamed from a consistent
 * snapshot of the log (every event up to the head when the request came),
 * while the node goes on serving. The head is also a header, so a client
 * can show progress before the first line arrives.
 */
export function backupRoutes(deps: { backup: () => Promise<OnlineBackup> }): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/backup", async (c) => {
    parseOr400(BackupQuery, c.req.query(), "query");
    const { upToPosition, body } = await deps.backup();
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    return c.body(body, 200, {
      "content-type": "application/gzip",
      "content-disposition": `attachment; filename="switchboard-${stamp}.ndjson.gz"`,
      "x-switchboard-up-to-position": String(upToPosition),
      "cache-control": "no-store",
    });
  });
  return app;
}
