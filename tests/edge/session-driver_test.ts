import assert from "node:assert/strict";
import type { Identity } from "../../src/auth/roles.ts";
import { EdgeRefusal } from "../../src/edge/close-codes.ts";
import { SessionDriver, type SessionRequest } from "../../src/edge/session-driver.ts";
import type { WsQuery } from "../../src/edge/ws-query.ts";
import { switchboardMetrics } from "../../src/telemetry/metrics.ts";
import { FakeClock, waitFor } from "../support/time.ts";
import { FakeDialer, FakeSessions, FakeSocketPair } from "./fake-link-ports.ts";

const T0 = Date.parse("2026-01-01T00:00:00Z");

function harness(
  query: Partial<WsQuery> = { capability: "echo" },
  identity: Partial<Identity> = {},
  extensions?: string,
) {
  const socket = new FakeSocketPair();
  const sessions = new FakeSessions();
  const dialer = new FakeDialer();
  const clock = new FakeClock(T0);
  const metrics = switchboardMetrics();
  const tracked: SessionDriver[] = [];
  const request: SessionRequest = {
    identity: { sub: "alice", roles: ["client"], via: "jwt", ...identity } as Identity,
    query: { control: "frames", ...query } as WsQuery,
    ...(extensions ? { extensions } : {}),
  };
  const driver = new SessionDriver(socket, request, {
    sessions,
    dialer,
    metrics,
    clock,
    resumeGraceSeconds: () => 30,
    maxDialAttempts: 3,
    track: (d) => void tracked.push(d),
    untrack: (d) => void tracked.splice(tracked.indexOf(d), 1),
  });
  const count = (name: "sessionOpens" | "failovers", outcome: string) =>
    metrics.registry.render().split("\n").find((line) =>
      line.startsWith(
        name === "sessionOpens" ? "switchboard_session_opens_total" : "switchboard_failovers_total",
      ) &&
      line.includes(`outcome="${outcome}"`)
    )?.split(" ").at(-1);
  return { socket, sessions, dialer, clock, driver, tracked, count };
}

const relayed = (h: ReturnType<typeof harness>) =>
  waitFor(() => h.driver.state.kind === "relaying", "the session relayed");

Deno.test("session driver: opens, dials, says session.opened, attaches the agent and tracks the session", async () => {
  const h = harness();
  h.driver.start();
  await relayed(h);
  assert.deepEqual(h.sessions.calls[0], ["open", "alice", { capability: "echo" }]);
  assert.deepEqual(h.dialer.dials, ["a1"]);
  assert.deepEqual(h.socket.sent, [{
    type: "session.opened",
    sessionId: "s-1",
    resumeToken: "resume-token-0123456789",
    agentId: "a1",
  }]);
  assert.deepEqual(h.socket.attached, h.dialer.conns);
  assert.deepEqual(h.tracked, [h.driver]);
  assert.equal(h.driver.id, "s-1");
  assert.equal(h.driver.agentId, "a1");
  assert.equal(h.count("sessionOpens", "opened"), "1");
});

Deno.test("session driver: the client leaving detaches the session with the resume grace and untracks it", async () => {
  const h = harness();
  h.driver.start();
  await relayed(h);
  h.socket.end({ by: "client", detail: "closing handshake completed" });
  await waitFor(() => h.driver.state.kind === "detached", "detached");
  assert.deepEqual(h.sessions.recorded(), [["detach", "s-1", 30]]);
  assert.deepEqual(h.tracked, []);
});

Deno.test("session driver: a resume resumes, and counts as resumed", async () => {
  const h = harness({ session: "s-9", resume_token: "resume-token-0123456789" });
  h.driver.start();
  await relayed(h);
  assert.deepEqual(h.sessions.calls[0], ["resume", "alice", "s-9", "resume-token-0123456789"]);
  assert.equal(h.count("sessionOpens", "resumed"), "1");
});

Deno.test("session driver: a refused open closes the client's socket with the refusal's code", async () => {
  const h = harness();
  h.sessions.refuse = new EdgeRefusal(4003, "token does not allow capability 'echo'");
  h.driver.start();
  await waitFor(() => h.driver.state.kind === "closed", "closed");
  assert.deepEqual(h.socket.closedWith, {
    code: 4003,
    reason: "token does not allow capability 'echo'",
  });
  assert.deepEqual(h.sessions.recorded(), []);
  assert.equal(h.count("sessionOpens", "refused_4003"), "1");
});

Deno.test("session driver: a failed dial fails over to the next agent", async () => {
  const h = harness();
  h.dialer.failing.set("a1", "connection refused");
  h.driver.start();
  await relayed(h);
  assert.deepEqual(h.dialer.dials, ["a1", "a2"]);
  assert.deepEqual(h.sessions.calls[1], [
    "failover",
    "s-1",
    "a1",
    "dial failed: connection refused",
    false,
  ]);
  assert.equal(h.socket.attached[0]!.agentId, "a2");
});

Deno.test("session driver: no agent after three dials → 4013 and the session is closed", async () => {
  const h = harness();
  for (const a of ["a1", "a2", "a3"]) h.dialer.failing.set(a, "refused");
  h.driver.start();
  await waitFor(() => h.driver.state.kind === "closed", "closed");
  assert.equal(h.socket.closeCode(), 4013);
  assert.deepEqual(h.sessions.recorded(), [[
    "close",
    "s-1",
    "no agent could take the session (dial failed: refused)",
    4013,
  ]]);
});

Deno.test("session driver: failover mid-message → the client hears session.rebound with truncatedMessage", async () => {
  const h = harness();
  h.driver.start();
  await relayed(h);
  h.driver.lost({ reason: "agent closed", replayable: true, clientMessageTruncated: true });
  await waitFor(() => h.socket.attached.length === 2, "the new agent attached");
  assert.deepEqual(h.socket.sent.at(-1), {
    type: "session.rebound",
    sessionId: "s-1",
    agentId: "a2",
    reason: "agent closed",
    truncatedMessage: true,
  });
  assert.deepEqual(h.sessions.calls[1], ["failover", "s-1", "a1", "agent closed", false]);
  assert.equal(h.count("failovers", "rebound"), "1");
  assert.equal(h.driver.state.kind, "relaying");
});

Deno.test("session driver: the client gone when the new agent is ready → the agent socket is closed, not attached", async () => {
  const h = harness({ capability: "echo", control: "none" });
  let release!: () => void;
  h.dialer.holds.set("a2", new Promise((r) => release = r));
  h.driver.start();
  await relayed(h);
  h.driver.lost({ reason: "agent closed", replayable: true, clientMessageTruncated: false });
  await waitFor(() => h.dialer.dials.length === 2, "dialling a2");
  h.socket.relaying = false; // the client sent its close meanwhile
  release();
  await waitFor(() => h.dialer.conns.length === 2, "a2 dialled");
  await waitFor(() => h.dialer.conns[1]!.closed, "a2's socket closed");
  assert.equal(h.socket.attached.length, 1);
});

Deno.test("session driver: an ejected agent's socket is cut, and the move says why", async () => {
  const h = harness();
  h.driver.start();
  await relayed(h);
  h.driver.feed({ type: "agent leaving", agentId: "a1", reason: "agent ejected" });
  assert.equal(h.dialer.conns[0]!.closed, true);
  h.driver.lost({
    reason: "agent connection failed",
    replayable: true,
    clientMessageTruncated: false,
  });
  await waitFor(() => h.socket.attached.length === 2, "moved");
  assert.deepEqual(h.sessions.calls[1], ["failover", "s-1", "a1", "agent ejected", true]);
});

Deno.test("session driver: the token expires on the clock → 4001, and the session stays resumable", async () => {
  const h = harness({ capability: "echo" }, { exp: T0 / 1000 + 60 });
  h.driver.start();
  await relayed(h);
  await h.clock.advance(59_000);
  assert.equal(h.socket.closedWith, undefined);
  await h.clock.advance(1_000);
  assert.equal(h.socket.closeCode(), 4001);
  await waitFor(() => h.driver.state.kind === "detached", "detached");
  assert.deepEqual(h.sessions.recorded(), [["detach", "s-1", 30]]);
});

Deno.test("session driver: the expiry timer goes with the session", async () => {
  const h = harness({ capability: "echo" }, { exp: T0 / 1000 + 60 });
  h.driver.start();
  await relayed(h);
  assert.equal(h.clock.pendingTimers, 1);
  h.socket.end({ by: "client", detail: "gone" });
  await waitFor(() => h.driver.state.kind === "detached", "detached");
  assert.equal(h.clock.pendingTimers, 0);
});

Deno.test("session driver: shutdown while dialling → once dialled, detached with the shutdown's grace and 1001", async () => {
  const h = harness();
  let release!: () => void;
  h.dialer.holds.set("a1", new Promise((r) => release = r));
  h.driver.start();
  await waitFor(() => h.dialer.dials.length === 1, "dialling");
  h.driver.feed({ type: "shutdown", graceSeconds: 5 });
  release();
  await waitFor(() => h.driver.state.kind === "detached", "handed over");
  assert.equal(h.dialer.conns[0]!.closed, true);
  assert.deepEqual(h.socket.attached, []);
  assert.equal(h.socket.closeCode(), 1001);
  assert.deepEqual(h.sessions.recorded(), [["detach", "s-1", 5]]);
  assert.deepEqual(h.tracked, []);
});

Deno.test("session driver: a session closed by the agent is closed in the log", async () => {
  const h = harness();
  h.driver.start();
  await relayed(h);
  h.socket.end({ by: "agent", detail: "agent closed the session" });
  await waitFor(() => h.driver.state.kind === "closed", "closed");
  assert.deepEqual(h.sessions.recorded(), [["close", "s-1", "agent: agent closed the session"]]);
});

Deno.test("session driver: permessage-deflate: the first agent's answer goes to the client; a failover agent that does not fit is skipped with no blame", async () => {
  const offer = "permessage-deflate; client_no_context_takeover; server_no_context_takeover";
  const answer = `${offer}; server_max_window_bits=12`;
  const h = harness({ capability: "echo" }, {}, offer);
  h.dialer.answers.set("a1", answer);
  h.dialer.answers.set("a3", `${offer}; server_max_window_bits=10`);
  h.driver.start();
  await relayed(h);
  assert.deepEqual(h.socket.accepted, [answer], "the client is answered with a1's parameters");
  // a1 dies; a2 has no deflate (cannot read the client's compressed frames), a3 fits.
  h.driver.lost({ reason: "agent closed", replayable: true, clientMessageTruncated: false });
  await waitFor(() => h.socket.attached.length === 2, "a fitting agent attached");
  assert.deepEqual(h.dialer.dials, ["a1", "a2", "a3"]);
  assert.deepEqual(
    h.dialer.offers,
    [offer, answer, answer],
    "later agents are offered what the client got",
  );
  assert.equal(h.dialer.conns[1]!.closed, true, "a2's socket was closed unused");
  assert.equal(h.socket.attached[1]!.agentId, "a3");
  assert.deepEqual(h.sessions.calls[2], [
    "failover",
    "s-1",
    "a2",
    "dial failed: agent answered no permessage-deflate, which this session's client cannot use",
    true,
  ], "a planned reroute: a2 is not blamed");
  assert.deepEqual(h.socket.accepted, [answer], "the 101 went once");
});

Deno.test("session driver: permessage-deflate declined by the first agent: later agents are offered none", async () => {
  const offer = "permessage-deflate; client_no_context_takeover; server_no_context_takeover";
  const h = harness({ capability: "echo" }, {}, offer);
  h.driver.start();
  await relayed(h);
  assert.deepEqual(h.socket.accepted, [undefined]);
  h.driver.lost({ reason: "agent closed", replayable: true, clientMessageTruncated: false });
  await waitFor(() => h.socket.attached.length === 2, "the next agent attached");
  assert.deepEqual(h.dialer.offers, [offer, undefined]);
});
