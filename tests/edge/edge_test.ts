import assert from "node:assert/strict";
import type { Identity } from "../../src/auth/roles.ts";
import { Edge } from "../../src/edge/edge.ts";
import type { UpstreamPool } from "../../src/edge/upstream-pool.ts";
import type { WsQuery } from "../../src/edge/ws-query.ts";
import { ConfigView } from "../../src/runtime/config-view.ts";
import { switchboardMetrics } from "../../src/telemetry/metrics.ts";
import { FakeClock, waitFor } from "../support/time.ts";
import { FakeDialer, FakeSessions, FakeSocketPair } from "./fake-link-ports.ts";

/** An edge on fakes: sessions relayed through `edge.relay` (what onWebSocket does past the upgrade). */
function edgeOnFakes() {
  const sessions = new FakeSessions();
  const dialer = new FakeDialer();
  const forgotten: string[] = [];
  let poolClosed = false;
  const pool = {
    forget: (agentId: string) => void forgotten.push(agentId),
    close: () => void (poolClosed = true),
  } as unknown as UpstreamPool;
  const tracked: string[] = [];
  const edge = new Edge({
    sessions,
    auth: { enabled: false, verify: () => Promise.reject(new Error("unused")) },
    config: new ConfigView(),
    reporter: {
      track: (id: string) => void tracked.push(id),
      untrack: (id: string) => void tracked.splice(tracked.indexOf(id), 1),
    },
    metrics: switchboardMetrics(),
    clock: new FakeClock(),
    dialer: Object.assign(dialer, { pool }),
  });
  const identity = { sub: "alice", roles: ["client"], via: "jwt" } as Identity;
  const open = (query: Partial<WsQuery> = { capability: "echo" }) => {
    const socket = new FakeSocketPair();
    const link = edge.relay(socket, {
      identity,
      query: { control: "frames", ...query } as WsQuery,
    });
    return { socket, link };
  };
  return {
    edge,
    sessions,
    dialer,
    forgotten,
    tracked,
    open,
    poolClosed: () => poolClosed,
  };
}

const relaying = (link: { state: { kind: string } }) =>
  waitFor(() => link.state.kind === "relaying", "relaying");

Deno.test("edge: a relayed session is live, reported, and counted until its socket pair ends", async () => {
  const t = edgeOnFakes();
  const { socket, link } = t.open();
  await relaying(link);
  assert.equal(t.edge.sessionCount, 1);
  assert.deepEqual(t.edge.sessionsOn("a1"), ["s-1"]);
  assert.deepEqual(t.tracked, ["s-1"]);
  socket.end({ by: "client", detail: "gone" });
  await waitFor(() => t.edge.sessionCount === 0, "the session gone");
  assert.deepEqual(t.tracked, []);
  assert.deepEqual(t.sessions.recorded(), [["detach", "s-1", 30]]);
});

Deno.test("edge: moving sessions off an agent forgets its warm sockets and cuts its sessions' sockets", async () => {
  const t = edgeOnFakes();
  const { link } = t.open();
  await relaying(link);
  t.edge.moveSessionsOff("a1", "agent deregistered");
  assert.deepEqual(t.forgotten, ["a1"]);
  assert.equal(t.dialer.conns[0]!.closed, true);
  link.lost({ reason: "agent closed", replayable: true, clientMessageTruncated: false });
  await waitFor(() => link.agentId === "a2" && link.state.kind === "relaying", "moved to a2");
  assert.deepEqual(t.edge.sessionsOn("a2"), ["s-1"]);
});

Deno.test("edge: a session resumed on another edge is let go; an older resume is not", async () => {
  const t = edgeOnFakes();
  const { socket, link } = t.open();
  await relaying(link);
  t.edge.supersede("s-1", 3);
  assert.equal(socket.closedWith, undefined);
  t.edge.supersede("s-1", 4);
  assert.equal(socket.closeCode(), 1000);
  await waitFor(() => t.edge.sessionCount === 0, "let go");
  assert.deepEqual(t.sessions.recorded(), []);
});

Deno.test("edge: a resume here while the old connection looks alive replaces it; the old one's end leaves the session alone", async () => {
  const t = edgeOnFakes();
  const first = t.open();
  await relaying(first.link);
  const second = t.open({ session: "s-1", resume_token: "resume-token-0123456789" });
  await relaying(second.link);
  assert.equal(first.socket.closeCode(), 1000);
  await waitFor(() => first.link.state.kind === "closed", "the old one let go");
  assert.equal(t.edge.sessionCount, 1);
  assert.deepEqual(t.tracked, ["s-1"]);
  assert.deepEqual(t.sessions.recorded(), []);
  second.socket.end({ by: "client", detail: "gone" });
  await waitFor(() => t.edge.sessionCount === 0, "the new one gone");
  assert.deepEqual(t.sessions.recorded(), [["detach", "s-1", 30]]);
});

Deno.test("edge: a session closed elsewhere is closed here", async () => {
  const t = edgeOnFakes();
  const { socket, link } = t.open();
  await relaying(link);
  t.edge.closeSession("s-1", "closed by an operator");
  assert.deepEqual(socket.closedWith, { code: 1000, reason: "closed by an operator" });
  t.edge.closeSession("s-unknown", "nothing to close");
});

Deno.test("edge: shutdown detaches every session with its grace, says 1001, and hands over the ones still opening", async () => {
  const t = edgeOnFakes();
  const relayed = t.open();
  await relaying(relayed.link);
  let release!: () => void;
  t.dialer.holds.set("a1", new Promise((r) => release = r));
  const opening = t.open();
  await waitFor(() => t.dialer.dials.length === 2, "the second dialling");
  await t.edge.shutdown(12);
  assert.equal(t.poolClosed(), true);
  assert.equal(relayed.socket.closeCode(), 1001);
  release();
  await waitFor(() => opening.link.state.kind === "detached", "handed over");
  assert.equal(opening.socket.closeCode(), 1001);
  assert.deepEqual(t.sessions.recorded(), [["detach", "s-1", 12], ["detach", "s-1", 12]]);
  // Once: a second shutdown is the first.
  await t.edge.shutdown(1);
  // A connection admitted as shutdown began is handed over once it opens.
  const late = t.open();
  await waitFor(() => late.link.state.kind === "detached", "the late one handed over");
  assert.equal(late.socket.closeCode(), 1001);
});
