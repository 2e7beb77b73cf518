import assert from "node:assert/strict";
import { sql } from "kysely";
import { type AgentState, agentStatus } from "../../actors/agent/mod.ts";
import type { SessionState } from "../../actors/session/mod.ts";
import {
  allProjections,
  rebuildAll,
  replayProjections,
  startProjections,
} from "../../projections/mod.ts";
import { liveSet } from "../../projections/table-sets.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import { simulate } from "../actors/simulation.ts";
import type { LoggedEvent } from "../actors/harness.ts";
import { ignoreWithout } from "../support/services.ts";
import { type Backend, pgliteBackend, postgresBackend } from "./backends.ts";

/**
 * Appends a simulated log in windows: inside a window each stream's events
 * go in one append, streams in parallel, agents and routers before sessions
 * (so a session is never routed to an agent the log has not registered yet).
 * Order within a stream is kept; across streams a window may reorder, which
 * is a log real concurrent writers could produce too.
 */
async function appendLog(store: EventStore, log: readonly LoggedEvent[], window = 20_000) {
  for (let from = 0; from < log.length; from += window) {
    const streams = Map.groupBy(log.slice(from, from + window), (e) => e.streamId);
    const ordered = [...streams].sort(([a], [b]) =>
      Number(a.startsWith("session-")) - Number(b.startsWith("session-"))
    );
    const agentsFirst = ordered.filter(([id]) => !id.startsWith("session-"));
    const sessions = ordered.filter(([id]) => id.startsWith("session-"));
    for (const group of [agentsFirst, sessions]) {
      let next = 0;
      const worker = async () => {
        while (next < group.length) {
          const [streamId, events] = group[next++]!;
          await store.append(streamId, events.map((e) => e.event));
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
    }
  }
}

/** `replay` is how the rebuild is run: the CLI and the API's POST /projections/rebuild call the same code. */
async function replayScenario(
  backend: Backend,
  commands: number,
  sessions: number,
  replay = (b: Backend) => rebuildAll(b.store, b.space, allProjections),
) {
  const { store, space } = backend;
  const { host } = simulate({ seed: 20261125, commands, agents: 60, sessions, edgeFigures: true });
  const running = await startProjections(store, space, { projections: allProjections });
  try {
    const appendStarted = performance.now();
    await appendLog(store, host.log);
    await running.caughtUp();
    const liveMs = performance.now() - appendStarted;

    await checkAgainstActors(backend, host.states, host.log.length);

    const report = await replay(backend);
    console.log(JSON.stringify({
      figure: "projections.replay",
      backend: backend.kind,
      events: report.events,
      durationMs: Math.round(report.durationMs),
      eventsPerSecond: Math.round(report.eventsPerSecond),
      appendAndLiveMs: Math.round(liveMs),
      perProjection: report.projections.map((
        p,
      ) => [p.projection, p.events, Math.round(p.durationMs)]),
    }));
    for (const p of report.projections) {
      assert.ok(Array.isArray(p.comparison), `${p.projection}: ${String(p.comparison)}`);
      for (const table of p.comparison) {
        assert.ok(table.identical, `${p.projection}.${table.table}: ${JSON.stringify(table)}`);
      }
    }
    assert.equal(report.identical, true);
    assert.equal(report.events, host.log.length);
    return report;
  } finally {
    await running.stop();
  }
}

/** The live read models agree with the actors' own states, folded in memory by the simulation. */
async function checkAgainstActors(backend: Backend, states: Map<string, unknown>, events: number) {
  const { space } = backend;
  const db = space.database.db;
  const registry = (await liveSet(space, "registry"))!.schema;
  const agents = await sql<{ agent_id: string; status: string }>`
    SELECT agent_id, status FROM ${sql.id(registry, "agents")}`.execute(db);
  assert.equal(agents.rows.length, 60);
  for (const row of agents.rows) {
    const state = states.get(`agent-${row.agent_id}`) as AgentState;
    assert.equal(row.status, agentStatus(state), row.agent_id);
  }
  const sessions = (await liveSet(space, "sessions"))!.schema;
  const rows = await sql<{ session_id: string; status: string; agent_id: string | null }>`
    SELECT session_id, status, agent_id FROM ${sql.id(sessions, "sessions")}`.execute(db);
  const opened = [...states.keys()].filter((k) => k.startsWith("session-")).length;
  assert.equal(rows.rows.length, opened);
  for (const row of rows.rows) {
    const state = states.get(`session-${row.session_id}`) as SessionState;
    assert.equal(row.status, state.status, row.session_id);
    assert.equal(row.agent_id, state.agentId ?? null, row.session_id);
  }
  const monitoring = (await liveSet(space, "monitoring"))!.schema;
  const counted = await sql<{ value: number }>`
    SELECT value FROM ${sql.id(monitoring, "counters")} WHERE name = 'events'`.execute(db);
  assert.equal(Number(counted.rows[0]!.value), events);
}

Deno.test({
  name:
    "replay: 100,000+ simulated events rebuild every projection identical to the live one (postgres)",
  ignore: ignoreWithout("postgres"),
  async fn() {
    const backend = await postgresBackend();
    try {
      const report = await replayScenario(backend, 150_000, 40_000);
      assert.ok(report.events >= 100_000, `only ${report.events} events`);
    } finally {
      await backend.close();
    }
  },
});

Deno.test("replay: a simulated log rebuilds every projection identical to the live one (pglite)", async () => {
  const backend = await pgliteBackend();
  try {
    await replayScenario(backend, 4_000, 800, (b) => replayProjections(b.store, b.space));
  } finally {
    await backend.close();
  }
});
