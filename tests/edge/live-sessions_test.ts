import assert from "node:assert/strict";
import { LiveSessions } from "../../src/edge/live-sessions.ts";
import { switchboardMetrics } from "../../src/telemetry/metrics.ts";

const session = (id: string, framesIn = 1) => ({
  id,
  agentId: "a1",
  traffic: { framesIn, framesOut: 2, bytesIn: 10, bytesOut: 20 },
});

const line = (metrics: ReturnType<typeof switchboardMetrics>, prefix: string) =>
  metrics.registry.render().split("\n").find((l) => l.startsWith(prefix))?.split(" ").at(-1);

Deno.test("live sessions: counted per identity and in all", () => {
  const live = new LiveSessions(switchboardMetrics());
  const a = session("s-1");
  live.add(a, "alice");
  live.add(session("s-2"), "alice");
  live.add(session("s-3"), "bob");
  assert.equal(live.size, 3);
  assert.equal(live.of("alice"), 2);
  assert.equal(live.get("s-1"), a);
  live.remove(a, "alice");
  assert.equal(live.of("alice"), 1);
  assert.equal(live.get("s-1"), undefined);
  assert.deepEqual(live.all().map((s) => s.id), ["s-2", "s-3"]);
});

Deno.test("live sessions: the same id on a newer connection replaces the old, whose removal leaves it", () => {
  const live = new LiveSessions(switchboardMetrics());
  const old = session("s-1");
  const newer = session("s-1");
  assert.equal(live.add(old, "alice"), undefined);
  assert.equal(live.add(newer, "alice"), old);
  live.remove(old, "alice");
  assert.equal(live.get("s-1"), newer);
  assert.equal(live.size, 1);
});

Deno.test("live sessions: connections count until they close", async () => {
  const live = new LiveSessions(switchboardMetrics());
  let close!: () => void;
  const closed = new Promise<void>((r) => close = r);
  live.connection(closed);
  assert.equal(live.connections, 1);
  close();
  await closed;
  await Promise.resolve();
  assert.equal(live.connections, 0);
});

Deno.test("live sessions: frames of open sessions are read at scrape time; ended ones move to the counters", () => {
  const metrics = switchboardMetrics();
  const live = new LiveSessions(metrics);
  const a = session("s-1", 5);
  live.add(a, "alice");
  live.add(session("s-2", 7), "alice");
  assert.equal(line(metrics, 'switchboard_frames_total{direction="in"}'), "12");
  assert.equal(line(metrics, "switchboard_sessions "), "2");
  live.remove(a, "alice");
  assert.equal(line(metrics, 'switchboard_frames_total{direction="in"}'), "12");
  assert.equal(line(metrics, "switchboard_sessions "), "1");
});
