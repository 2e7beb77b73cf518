import type { EventStore } from "../src/store/event-store.ts";
import { alertFigures } from "./load/figures.ts";
import { emptyMeasured } from "./load/measured.ts";
import {
  figureSeries,
  type LoadPoint,
  loadProjection,
  type LoadReport,
  loadReport,
  type LoadScope,
  loadSeries,
  type RecentFigures,
  recentFigures,
  type Resolution,
  type SeriesQuery,
  WINDOW_SECONDS,
} from "./load/mod.ts";
import {
  COUNTERS,
  fleetCounters,
  monitoringProjection,
  routingDistribution,
} from "./monitoring/mod.ts";
import type { Projection, ReadSet } from "./projection.ts";
import type { Page } from "./page.ts";
import { ProjectionReader } from "./reader.ts";
import { withSetAt } from "./rebuild.ts";
import {
  type AgentDetail,
  type AgentQuery,
  agentsByStatus,
  type AgentView,
  getAgent,
  listAgents,
  registryProjection,
  sessionsPerAgent,
} from "./registry/mod.ts";
import {
  getSession,
  listSessions,
  type SessionQuery,
  sessionsByStatus,
  sessionsProjection,
  type SessionView,
} from "./sessions/mod.ts";
import type { MetricsSummary } from "./summary.ts";
import { ensureControl, type ProjectionSpace } from "./table-sets.ts";

/** What the read-only API routes ask of the read models. */
export interface ReadModels {
  listAgents(query: AgentQuery): Promise<Page<AgentView>>;
  getAgent(agentId: string): Promise<AgentDetail | undefined>;
  /** The registry as it stood at log `position` (time travel); `position` is the one reached. */
  agentsAt(position: number, query: AgentQuery): Promise<Page<AgentView> & { position: number }>;
  listSessions(query: SessionQuery): Promise<Page<SessionView>>;
  getSession(sessionId: string): Promise<SessionView | undefined>;
  load(scope: LoadScope, key?: string): Promise<LoadReport>;
  loadSeries(query: SeriesQuery): Promise<LoadPoint[]>;
  metricsSummary(): Promise<MetricsSummary>;
  /** The edge's figures over a recent window (alert rules; load/recent.ts). */
  recentFigures(options: { windowSeconds: number; at?: string }): Promise<RecentFigures>;
  /** The same per bucket between two times (rule dry runs). */
  figureSeries(
    options: { from: string; to: string; resolution: Resolution },
  ): Promise<Array<{ at: string } & RecentFigures>>;
}

const noPage = { items: [], nextCursor: null };
const NO_PERCENTILES = { p50: null, p95: null, p99: null };
const noFigures = (): RecentFigures => ({
  fleet: alertFigures(emptyMeasured(), 1),
  byAgent: {},
  byCapability: {},
});

/** Read models over the live table sets in `space`; `store` feeds time-travel builds. */
export function createReadModels(store: EventStore, space: ProjectionSpace): ReadModels {
  const reader = new ProjectionReader(space);
  let control: Promise<void> | undefined;
  // The control table may not exist before the first runner starts: create it on first use.
  const ready = () => (control ??= ensureControl(space).catch((error) => {
    control = undefined;
    throw error;
  }));
  const read = async <DB, T>(
    projection: Projection<DB>,
    query: (set: ReadSet<DB>) => Promise<T>,
    empty: T,
  ) => {
    await ready();
    return await reader.read(projection, query, empty);
  };

  return {
    listAgents: (query) => read(registryProjection, (set) => listAgents(set, query), noPage),
    getAgent: (id) => read(registryProjection, (set) => getAgent(set, id), undefined),
    async agentsAt(position, query) {
      await ready();
      return await withSetAt(
        store,
        space,
        registryProjection,
        position,
        async (schema, reached) => ({
          ...await listAgents(reader.on(schema), query),
          position: reached,
        }),
      );
    },
    listSessions: (query) => read(sessionsProjection, (set) => listSessions(set, query), noPage),
    getSession: (id) => read(sessionsProjection, (set) => getSession(set, id), undefined),
    load: (scope, key) =>
      read(loadProjection, (set) => loadReport(set, scope, key), {
        windowSeconds: WINDOW_SECONDS,
        asOf: null,
        figures: [],
      }),
    loadSeries: (query) => read(loadProjection, (set) => loadSeries(set, query), []),
    recentFigures: (options) =>
      read(loadProjection, (set) => recentFigures(set, options), noFigures()),
    figureSeries: (options) => read(loadProjection, (set) => figureSeries(set, options), []),
    async metricsSummary() {
      await ready();
      const [byStatus, perAgent, sessions, fleet, routing, totals, positions] = await Promise.all([
        reader.read(registryProjection, agentsByStatus, {}),
        reader.read(registryProjection, sessionsPerAgent, []),
        reader.read(sessionsProjection, sessionsByStatus, {}),
        reader.read(loadProjection, (set) => loadReport(set, "fleet"), undefined),
        reader.read(monitoringProjection, routingDistribution, []),
        reader.read(monitoringProjection, fleetCounters, {}),
        reader.positions([
          registryProjection,
          sessionsProjection,
          loadProjection,
          monitoringProjection,
        ]),
      ]);
      const figures = fleet?.figures[0];
      return {
        connections: sessions["active"] ?? 0,
        sessions: { live: Math.max(0, totals[COUNTERS.liveSessions] ?? 0), byStatus: sessions },
        agents: { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus },
        sessionsPerAgent: perAgent,
        framesPerSecond: figures?.framesPerSecond ?? 0,
        bytesPerSecond: figures?.bytesPerSecond ?? 0,
        errorRate: figures?.errorRate ?? 0,
        opens: {
          attempted: figures?.opened ?? 0,
          refused: figures?.refused ?? 0,
          failovers: figures?.failovers ?? 0,
          errored: figures?.errored ?? 0,
        },
        relayLatencyMs: figures?.relayLatencyMs ?? NO_PERCENTILES,
        responseLatencyMs: figures?.responseLatencyMs ?? NO_PERCENTILES,
        latencyP50Ms: figures?.latencyP50Ms ?? null,
        latencyP99Ms: figures?.latencyP99Ms ?? null,
        windowSeconds: fleet?.windowSeconds ?? WINDOW_SECONDS,
        asOf: fleet?.asOf ?? null,
        routing,
        totals,
        positions,
      };
    },
  };
}
