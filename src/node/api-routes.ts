import type { Hono } from "hono";
import type { Config } from "../config/config.ts";
import type { EventStore } from "../store/event-store.ts";
import type { CommandClients } from "../runtime/commands/clients.ts";
import type { LiveFeed } from "../runtime/live-feed.ts";
import type { ConfigView } from "../runtime/config-view.ts";
import type { PartitionLeases } from "../runtime/leases/partition-leases.ts";
import type { ApiKeyRegistry } from "../auth/api-keys.ts";
import type { AuthEnv } from "../api/middleware/auth.ts";
import type { LiveHub } from "../api/live-hub.ts";
import { agentCommandRoutes } from "../api/routes/agent-commands.ts";
import { apiKeyRoutes } from "../api/routes/api-keys.ts";
import { configRoutes } from "../api/routes/config.ts";
import { routingRoutes } from "../api/routes/routing.ts";
import { sessionCommandRoutes } from "../api/routes/session-commands.ts";
import { eventsRoutes } from "../api/routes/events.ts";
import { projectionRoutes } from "../api/routes/projections.ts";
import { readModelRoutes } from "../api/routes/read-models.ts";
import { configHistoryRoutes } from "../api/routes/config-history.ts";
import { streamRoutes } from "../api/routes/stream.ts";
import { backupRoutes } from "../api/routes/backup.ts";
import { nodesRoutes } from "../api/routes/nodes.ts";
import { type ProjectionSpace, replayProjections } from "../../projections/mod.ts";
import type { ReadModels } from "../../projections/read-models.ts";
import type { ProjectionDatabase } from "../../projections/database.ts";
import { archiveText, gzipped } from "../cli/archive-export.ts";
import type { Logger } from "../telemetry/log.ts";
import type { Alerting } from "./alerting.ts";
import type { nodeNotifications } from "./notifications.ts";
import { clusterNodes } from "./cluster-nodes.ts";

export interface NodeApiDeps {
  config: Config;
  nodeId: string;
  store: EventStore;
  /** The database the projections (and so the online backup's pages) live in. */
  views: ProjectionDatabase;
  space: ProjectionSpace;
  leases: PartitionLeases;
  commands: CommandClients;
  fleet: LiveFeed;
  configView: ConfigView;
  apiKeys: ApiKeyRegistry;
  readModels: ReadModels;
  hub: LiveHub;
  alerting: Alerting;
  notifications: Awaited<ReturnType<typeof nodeNotifications>>;
  /** Read-your-writes on the in-memory views. */
  caughtUpTo: (position: number) => Promise<unknown>;
  /** Read-your-writes on the read models (the projections' tables). */
  projected: (position: number) => Promise<unknown>;
  /** Aborted when the node stops: following streams end instead of holding shutdown open. */
  closing: AbortSignal;
  log: Logger;
}

/** Every `/api/v1` route of one node, wired to its views, commands and read models. */
export function nodeApiRoutes(deps: NodeApiDeps): Hono<AuthEnv>[] {
  const { commands, fleet, configView, store, caughtUpTo, projected, log, closing } = deps;
  return [
    agentCommandRoutes({
      agents: commands.agents,
      thresholds: () => configView.current().health,
      caughtUpTo,
      projected,
      agent: (id) => fleet.view.agent(id),
    }),
    apiKeyRoutes({ apiKeys: commands.apiKeys, registry: deps.apiKeys, caughtUpTo }),
    configRoutes({ config: commands.config, view: configView, caughtUpTo }),
    routingRoutes({ routers: commands.routers, view: fleet.view, caughtUpTo }),
    sessionCommandRoutes({ sessions: commands.sessions, projected }),
    ...deps.alerting.routes,
    readModelRoutes<AuthEnv>(deps.readModels),
    configHistoryRoutes({ store }),
    streamRoutes(deps.hub),
    eventsRoutes<AuthEnv>({
      store,
      onStreamError: (error) => log.warn("event stream ended early", { error }),
      follow: {
        position: () => fleet.position,
        waitPast: (position, timeoutMs) =>
          Promise.race([
            fleet.caughtUpTo(position + 1, timeoutMs),
            new Promise<boolean>((resolve) =>
              closing.addEventListener("abort", () => resolve(false), { once: true })
            ),
          ]),
        closing,
      },
    }),
    nodesRoutes({ nodes: () => clusterNodes(deps.leases, deps.nodeId, fleet.view) }),
    backupRoutes({
      async backup() {
        const archive = await archiveText({
          store,
          db: deps.views.db,
          schema: deps.config.namespace,
        });
        return { upToPosition: archive.upToPosition, body: gzipped(archive.lines) };
      },
    }),
    projectionRoutes(() => replayProjections(store, deps.space)),
    ...deps.notifications.routes(commands, caughtUpTo),
  ];
}
