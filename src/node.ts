import { Hono } from "hono";
import type { Config } from "./config/config.ts";
import { modeOf } from "./config/config.ts";
import type { EventStore } from "./store/event-store.ts";
import { postgresEventStore } from "./store/postgres.ts";
import { pgliteEventStore } from "./store/pglite.ts";
import { healthRoutes } from "./api/health.ts";
import type { Logger } from "./telemetry/log.ts";

/** A running Switchboard node: what main starts and what e2e tests start and stop. */
export interface SwitchboardNode {
  readonly url: string;
  readonly store: EventStore;
  stop(): Promise<void>;
}

async function openStore(config: Config): Promise<EventStore> {
  if (config.databaseUrl) return await postgresEventStore({ url: config.databaseUrl });
  await Deno.mkdir(config.dataDir, { recursive: true });
  return await pgliteEventStore({ dataDir: `${config.dataDir}/pglite` });
}

/** Composition root: builds every adapter from config and serves HTTP. */
export async function startNode(config: Config, log: Logger): Promise<SwitchboardNode> {
  const store = await openStore(config);
  const app = new Hono();
  app.route(
    "/",
    healthRoutes([{ name: "event-store", check: async () => void await store.headPosition() }]),
  );
  app.notFound((c) =>
    c.json(
      { error: { code: "not_found", message: `no route for ${c.req.method} ${c.req.path}` } },
      404,
    )
  );
  app.onError((error, c) => {
    log.error("request failed", { path: c.req.path, error });
    return c.json({ error: { code: "internal", message: "internal error" } }, 500);
  });

  const server = Deno.serve({
    hostname: config.host,
    port: config.port,
    onListen: () => {},
  }, app.fetch);
  const url = `http://${config.host}:${server.addr.port}`;
  log.info("node started", { mode: modeOf(config), store: store.kind, url });

  return {
    url,
    store,
    async stop() {
      await server.shutdown();
      await store.close();
    },
  };
}
