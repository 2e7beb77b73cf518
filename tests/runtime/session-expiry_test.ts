import assert from "node:assert/strict";
import { FleetView } from "../../actors/fleet/fleet-view.ts";
import type { DomainEvent } from "../../events/mod.ts";
import type { CommandLog } from "../../src/bus/command-log.ts";
import type { Command } from "../../actors/actor.ts";
import { startSessionExpiry } from "../../src/runtime/session-expiry.ts";

const T0 = "2026-01-01T00:00:00.000Z";
const opened = (sessionId: string): DomainEvent => ({
  type: "session.opened",
  data: {
    sessionId,
    clientId: "c",
    capability: "echo",
    metadata: {},
    resumeTokenHash: "h",
    edgeId: "e",
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
  const published: Command[] = [];
  const log = {
    partitionOf: (id: string) => (id === "elsewhere" ? 1 : 0),
    publish: (command: Command) => {
      published.push(command);
      return Promise.resolve();
    },
  } as unknown as CommandLog;
  const sweep = startSessionExpiry({
    commandLog: log,
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
  assert.equal(published[0]!.metadata.now, "2026-01-01T00:01:00.000Z");
});
