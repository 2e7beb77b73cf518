import assert from "node:assert/strict";
import { FleetView } from "../../src/runtime/fleet/fleet-view.ts";
import type { DomainEvent } from "../../events/mod.ts";
import { commandClients } from "../../src/runtime/commands/clients.ts";
import { startSessionExpiry } from "../../src/runtime/session-expiry.ts";
import { recordingDispatch } from "../support/commands.ts";

const T0 = "2026-01-01T00:00:00.000Z";
const opened = (sessionId: string, edgeId = "e"): DomainEvent => ({
  type: "session.opened",
  data: {
    sessionId,
    clientId: "c",
    capability: "echo",
    metadata: {},
    resumeTokenHash: "h",
    edgeId,
    at: T0,
  },
});
const detached = (sessionId: string, graceUntil: string): DomainEvent => ({
  type: "session.detached",
  data: { sessionId, edgeId: "e", graceUntil, at: T0 },
});
const resumed = (sessionId: string): DomainEvent => ({
  type: "session.resumed",
  data: { sessionId, edgeId: "e2", agentId: "a", resumeTokenHash: "h2", at: T0 },
});

/** Session commands that are only recorded, and the command log's partitions as given. */
function recordingCommands(partitionOf: (id: string) => number) {
  const { dispatch, sent: published } = recordingDispatch();
  return { sessions: commandClients(dispatch).sessions, partitionOf, published };
}

Deno.test("session expiry: detached sessions past their grace get one expire each, from the owner of their partition", async () => {
  const view = FleetView.from([
    opened("past"),
    detached("past", "2026-01-01T00:00:30.000Z"),
    opened("future"),
    detached("future", "2026-01-01T00:10:00.000Z"),
    opened("resumed"),
    detached("resumed", "2026-01-01T00:00:30.000Z"),
    resumed("resumed"),
    opened("elsewhere"),
    detached("elsewhere", "2026-01-01T00:00:30.000Z"),
    opened("active"),
  ]);
  const { sessions, partitionOf, published } = recordingCommands((
    id,
  ) => (id === "elsewhere" ? 1 : 0));
  const sweep = startSessionExpiry({
    sessions,
    partitionOf,
    view,
    ownedPartitions: () => [0],
    intervalMs: 10,
    clock: () => new Date("2026-01-01T00:01:00.000Z"),
  });
  await new Promise((r) => setTimeout(r, 60));
  sweep.stop();
  const ids = new Set(published.map((c) => c.commandId));
  assert.deepEqual([...ids], ["expire-past-2026-01-01T00:00:30.000Z"]);
  assert.ok(published.every((c) => c.actorId === "past" && c.type === "expire"));
  assert.equal(published[0]!.metadata?.now, "2026-01-01T00:01:00.000Z");
});

Deno.test("session expiry: sessions still attached to an edge that has been gone for orphanAfterMs are detached on its behalf, with the resume grace", async () => {
  const view = FleetView.from([
    opened("orphan", "dead"),
    opened("orphan-elsewhere", "dead"),
    opened("fine", "alive"),
    opened("gone-and-detached", "dead"),
    detached("gone-and-detached", "2026-01-01T00:10:00.000Z"),
  ]);
  const { sessions, partitionOf, published } = recordingCommands((
    id,
  ) => (id === "orphan-elsewhere" ? 1 : 0));
  let now = Date.parse("2026-01-01T00:01:00.000Z");
  const sweep = startSessionExpiry({
    sessions,
    partitionOf,
    view,
    ownedPartitions: () => [0],
    liveEdges: () => ["alive"],
    resumeGraceSeconds: () => 45,
    orphanAfterMs: 30_000,
    intervalMs: 10,
    clock: () => new Date(now),
  });
  try {
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(published.length, 0, "an edge only just missed may be slow, not dead");
    now += 31_000;
    await new Promise((r) => setTimeout(r, 50));
    const ids = new Set(published.map((c) => c.commandId));
    assert.deepEqual([...ids], ["orphan-orphan-dead"]);
    assert.equal(published[0]!.type, "detach");
    assert.deepEqual(published[0]!.data, { edgeId: "dead", graceSeconds: 45 });
  } finally {
    sweep.stop();
  }
});

Deno.test("session expiry: no orphans while the live nodes are unknown", async () => {
  const view = FleetView.from([opened("s", "dead")]);
  const { sessions, partitionOf, published } = recordingCommands(() => 0);
  let now = Date.parse("2026-01-01T00:01:00.000Z");
  const sweep = startSessionExpiry({
    sessions,
    partitionOf,
    view,
    ownedPartitions: () => [0],
    liveEdges: () => undefined,
    orphanAfterMs: 0,
    intervalMs: 10,
    clock: () => new Date(now += 60_000),
  });
  await new Promise((r) => setTimeout(r, 50));
  sweep.stop();
  assert.deepEqual(published, []);
});
