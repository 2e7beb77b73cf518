import assert from "node:assert/strict";
import { kindOf, LiveHub } from "../../src/api/live-hub.ts";
import type { ReadModels } from "../../projections/read-models.ts";

/** Read models that answer what the test says, counting the reads. */
function fakeModels(state: { position: number; reads: number }): ReadModels {
  const summary = () => ({
    connections: 0,
    sessions: { live: 2, byStatus: {} },
    agents: { total: 1, byStatus: { healthy: 1 } },
    sessionsPerAgent: [],
    framesPerSecond: 0,
    bytesPerSecond: 0,
    errorRate: 0,
    latencyP50Ms: null,
    latencyP99Ms: null,
    windowSeconds: 60,
    asOf: null,
    routing: [],
    totals: { "events.session.opened": 7 },
    positions: { registry: state.position, sessions: state.position },
  });
  return {
    metricsSummary: () => {
      state.reads++;
      return Promise.resolve(
        summary() as unknown as Awaited<ReturnType<ReadModels["metricsSummary"]>>,
      );
    },
    listAgents: () => Promise.resolve({ items: [], nextCursor: null }),
  } as unknown as ReadModels;
}

Deno.test("live hub: one read per tick for every browser; a kind stays changed until the read models reach it", async () => {
  const state = { position: 3, reads: 0 };
  let emit!: (event: { type: string; position: number }) => void;
  const hub = new LiveHub({
    models: fakeModels(state),
    events: { listen: (listener) => emit = listener },
    idleTicks: 1_000,
  });
  const a: { event: string; data: { changed?: string[] } }[] = [];
  const b: typeof a = [];
  hub.subscribe((event, data) => a.push({ event, data: data as { changed?: string[] } }));
  await hub.tick();
  hub.subscribe((event, data) => b.push({ event, data: data as { changed?: string[] } }));
  assert.deepEqual(a.map((m) => m.event), ["history", "fleet"]);
  assert.deepEqual(
    b.map((m) => m.event),
    ["history", "fleet"],
    "a late browser gets the last figures",
  );
  const readsBefore = state.reads;

  await hub.tick();
  assert.equal(state.reads, readsBefore, "nothing changed: no read, nothing sent");

  emit({ type: "agent.drained", position: 5 });
  await hub.tick();
  assert.deepEqual(a.at(-1)!.data.changed?.sort(), ["agents", "log"]);
  assert.equal(b.at(-1)!.data.changed?.length, 2, "both browsers from one read");
  assert.equal(state.reads, readsBefore + 1);

  // The read models had only reached 3: the change is pushed again once they reach 5.
  state.position = 5;
  await hub.tick();
  assert.deepEqual(a.at(-1)!.data.changed?.sort(), ["agents", "log"]);
  const sent = a.length;
  await hub.tick();
  assert.equal(a.length, sent, "settled: quiet again");
  hub.stop();
});

Deno.test("live hub: event types map to the views that show them", () => {
  assert.equal(kindOf("agent.healthChanged"), "agents");
  assert.equal(kindOf("session.routed"), "sessions");
  assert.equal(kindOf("routing.policyChanged"), "routing");
  assert.equal(kindOf("config.changed"), "config");
  assert.equal(kindOf("alert.raised"), "alerts");
  assert.equal(kindOf("silence.created"), "alerts");
  assert.equal(kindOf("apiKey.issued"), "log");
});
