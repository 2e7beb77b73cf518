import assert from "node:assert/strict";
import type { Identity } from "../../src/auth/roles.ts";
import { EdgeRefusal } from "../../src/edge/close-codes.ts";
import { EdgeMeter, MAX_GROUPS, MAX_LABELS, OTHER_CAPABILITY } from "../../src/edge/edge-meter.ts";
import { SessionDriver } from "../../src/edge/session-driver.ts";
import {
  failoverClass,
  RELAY_SAMPLE,
  RESPONSE_SAMPLE,
  SessionMeter,
} from "../../src/edge/session-meter.ts";
import type { WsQuery } from "../../src/edge/ws-query.ts";
import { latencyBin } from "../../projections/load/latency.ts";
import { switchboardMetrics } from "../../src/telemetry/metrics.ts";
import { FakeClock, waitFor } from "../support/time.ts";
import { FakeDialer, FakeSessions, FakeSocketPair } from "./fake-link-ports.ts";

/** A session driver over fake ports whose effects are metered into `edge`. */
function metered(edge: EdgeMeter, query: Partial<WsQuery> = { capability: "echo" }) {
  const socket = new FakeSocketPair();
  const sessions = new FakeSessions();
  const dialer = new FakeDialer();
  const meter = new SessionMeter(edge, query.capability ?? "");
  const driver = new SessionDriver(socket, {
    identity: { sub: "alice", roles: ["client"], via: "jwt" } as Identity,
    query: { control: "frames", ...query } as WsQuery,
  }, {
    sessions,
    dialer,
    metrics: switchboardMetrics(),
    clock: new FakeClock(Date.parse("2026-01-01T00:00:00Z")),
    resumeGraceSeconds: () => 30,
    maxDialAttempts: 3,
    meter,
    track: () => {},
    untrack: () => {},
  });
  return { socket, sessions, dialer, driver, meter };
}

const relayed = (h: ReturnType<typeof metered>) =>
  waitFor(() => h.driver.state.kind === "relaying", "the session relayed");

Deno.test("edge meter: an open relayed on a1 counts as opened for echo/a1; the client's end by its code", async () => {
  const edge = new EdgeMeter();
  const h = metered(edge);
  h.driver.start();
  await relayed(h);
  h.socket.end({ by: "client", detail: "closing handshake completed" });
  await waitFor(() => h.driver.state.kind === "detached", "detached");
  const [group, ...rest] = edge.take();
  assert.deepEqual(rest, []);
  assert.equal(group!.capability, "echo");
  assert.equal(group!.agentId, "a1");
  assert.equal(group!.opened, 1);
  assert.equal(group!.errored, 0);
  assert.deepEqual(group!.clientCloses, { none: 1 });
  assert.deepEqual(edge.take(), [], "a take empties the meter");
});

Deno.test("edge meter: a refused open counts by its close code, against the capability asked for", async () => {
  const edge = new EdgeMeter();
  const h = metered(edge, { capability: "nope" });
  h.sessions.refuse = new EdgeRefusal(4013, "no agent offers capability 'nope'");
  h.driver.start();
  await waitFor(() => h.socket.closeCode() === 4013, "4013");
  const groups = edge.take();
  assert.deepEqual(groups.map((g) => [g.capability, g.agentId, g.opened, g.refused, g.errored]), [
    ["nope", undefined, 0, { "4013": 1 }, 0],
  ]);
});

Deno.test("edge meter: a lost agent socket is an agent error and a failover by its reason, counted on the new agent", async () => {
  const edge = new EdgeMeter();
  const h = metered(edge);
  h.driver.start();
  await relayed(h);
  h.driver.lost({ reason: "agent closed", replayable: true, clientMessageTruncated: false });
  await waitFor(() => h.socket.attached.length === 2, "the second agent attached");
  const byAgent = Object.fromEntries(edge.take().map((g) => [g.agentId, g]));
  assert.equal(byAgent["a1"]!.agentErrors, 1);
  assert.equal(byAgent["a1"]!.opened, 1);
  assert.deepEqual(byAgent["a2"]!.failovers, { agent_lost: 1 });
  assert.equal(byAgent["a2"]!.errored, 0);
});

Deno.test("edge meter: dials failing everywhere → agent errors, and the client's 4013 after a failed open is a refusal", async () => {
  const edge = new EdgeMeter();
  const h = metered(edge);
  for (const a of ["a1", "a2", "a3"]) h.dialer.failing.set(a, "refused");
  h.driver.start();
  await waitFor(() => h.socket.closeCode() === 4013, "4013");
  const total = (k: "agentErrors" | "errored") => edge.take().reduce((s, g) => s + g[k], 0);
  const groups = edge.take();
  assert.equal(total("agentErrors"), 0, "a second take has nothing");
  const errors = groups.reduce((s, g) => s + g.agentErrors, 0);
  const refused = groups.reduce((s, g) => s + (g.refused["4013"] ?? 0), 0);
  assert.equal(errors, 3);
  assert.equal(refused, 1);
  assert.equal(groups.reduce((s, g) => s + g.errored + g.opened, 0), 0);
});

Deno.test("edge meter: a move nobody can take is a failed failover and an errored session", async () => {
  const edge = new EdgeMeter();
  const h = metered(edge);
  h.driver.start();
  await relayed(h);
  h.sessions.refuse = new EdgeRefusal(4013, "no agent");
  h.driver.lost({ reason: "agent closed", replayable: true, clientMessageTruncated: false });
  await waitFor(() => h.socket.closeCode() === 4013, "4013");
  const [group] = edge.take();
  assert.equal(group!.failoverFailed, 1);
  assert.equal(group!.errored, 1);
  assert.deepEqual(group!.failovers, {});
});

Deno.test("edge meter: normal ends by the edge (1000, 1001, an expired token's 4001) are not errors", () => {
  const edge = new EdgeMeter();
  for (const code of [1000, 1001, 4001, 1011, 4009]) {
    const meter = new SessionMeter(edge, "echo");
    meter.attached("a1");
    meter.opened(false);
    meter.closedByEdge(code);
    meter.ended("edge");
  }
  const [group] = edge.take();
  assert.equal(group!.opened, 5);
  assert.equal(group!.errored, 2);
  // The tunnel's own error close (no close by the driver first) counts too; a refusal does not.
  const own = new SessionMeter(edge, "echo");
  own.opened(false);
  own.ended("edge");
  const refused = new SessionMeter(edge, "echo");
  refused.refused(4013);
  refused.closedByEdge(4013);
  refused.ended("edge");
  assert.equal(edge.take()[0]!.errored, 1);
});

Deno.test("edge meter: the clock is read only to start or end a response wait, or for a relay sample", () => {
  const edge = new EdgeMeter();
  const meter = new SessionMeter(edge, "echo");
  meter.attached("a1");
  // The first client batch is a relay sample and starts a response wait; say it was handed on
  // 40 ms after its read.
  const asked = meter.clientRead();
  assert.ok(asked >= 0);
  meter.clientBatch(asked - 40);
  // The next one: neither a sample nor a new wait, so no clock read at all.
  assert.equal(meter.clientRead(), -1);
  meter.clientBatch(-1);
  // The agent answers: a sample (its first batch) and the end of the wait, 50 ms after it began.
  assert.ok(meter.agentRead() >= 0);
  meter.agentBatch(asked + 50);
  // It speaks again unasked: no clock read.
  assert.equal(meter.agentRead(), -1);
  meter.agentBatch(-1);
  const [group] = edge.take();
  assert.deepEqual(group!.response, { [latencyBin(50)]: 1 });
  const samples = Object.values(group!.relay).reduce((a, b) => a + b, 0);
  assert.equal(samples, 2);
  // The client sample spent ~40 ms inside the edge.
  assert.ok(Number(Object.keys(group!.relay).at(-1)) >= latencyBin(39));
});

Deno.test("edge meter: relay latency is sampled one batch in eight per direction", () => {
  const edge = new EdgeMeter();
  const meter = new SessionMeter(edge, "echo");
  meter.attached("a1");
  meter.clientRead();
  meter.clientBatch(performance.now()); // a wait begins: later client batches read only samples
  let reads = 0;
  for (let i = 1; i < 8 * RELAY_SAMPLE; i++) {
    const t = meter.clientRead();
    if (t >= 0) reads++;
    meter.clientBatch(t);
  }
  assert.equal(reads, 7);
  const samples = Object.values(edge.take()[0]!.relay).reduce((a, b) => a + b, 0);
  assert.equal(samples, 8);
});

Deno.test("edge meter: response waits are timed one turn in four, the first included", () => {
  const edge = new EdgeMeter();
  const meter = new SessionMeter(edge, "echo");
  meter.attached("a1");
  let reads = 0;
  for (let turn = 0; turn < 4 * RESPONSE_SAMPLE; turn++) {
    const c = meter.clientRead();
    meter.clientBatch(c);
    const a = meter.agentRead();
    meter.agentBatch(a);
    reads += Number(c >= 0) + Number(a >= 0);
  }
  const [group] = edge.take();
  assert.equal(Object.values(group!.response).reduce((x, y) => x + y, 0), 4);
  // Four timed turns (two reads each) and the relay samples, nothing else.
  assert.ok(reads <= 4 * 2 + 2 * ((4 * RESPONSE_SAMPLE) / RELAY_SAMPLE), String(reads));
});

Deno.test("edge meter: idle groups are dropped and a session holding one finds its group again", () => {
  const edge = new EdgeMeter();
  const meter = new SessionMeter(edge, "echo");
  meter.attached("a1");
  assert.deepEqual(edge.take(), []); // idle: retired
  meter.opened(false);
  assert.deepEqual(edge.take().map((g) => [g.agentId, g.opened]), [["a1", 1]]);
});

Deno.test("edge meter: past the group limit new capabilities are counted together", () => {
  const edge = new EdgeMeter();
  for (let i = 0; i < MAX_GROUPS + 10; i++) edge.group(`cap-${i}`).opened++;
  const groups = edge.take();
  assert.equal(groups.length, MAX_GROUPS + 1);
  assert.equal(groups.find((g) => g.capability === OTHER_CAPABILITY)!.opened, 10);
});

Deno.test("edge meter: a client cannot grow a report with close codes of its choosing", () => {
  const edge = new EdgeMeter();
  for (let code = 4000; code < 4100; code++) {
    const meter = new SessionMeter(edge, "echo");
    meter.clientClose(code);
    meter.ended("client", code);
  }
  const [group] = edge.take();
  assert.equal(Object.keys(group!.clientCloses).length, MAX_LABELS);
  assert.equal(group!.clientCloses["other"], 100 - (MAX_LABELS - 1));
});

Deno.test("edge meter: failover reasons in a word", () => {
  assert.equal(failoverClass("agent closed", false), "agent_lost");
  assert.equal(failoverClass("agent ejected", true), "agent_ejected");
  assert.equal(failoverClass("agent drained past its deadline", true), "agent_drained");
  assert.equal(failoverClass("agent deregistered", true), "agent_deregistered");
  assert.equal(failoverClass("pooled agent socket was closing", true), "planned");
});
