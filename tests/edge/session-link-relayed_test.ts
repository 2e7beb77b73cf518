import {
  EXPIRED_REASON,
  LET_GO_REASON,
  type LinkState,
  opening,
  SHUTDOWN_REASON,
} from "../../src/edge/session-link.ts";
import {
  dialFailed,
  dialled,
  ended,
  link,
  lost,
  MOVE_DIALLING,
  MOVING,
  RELAYING,
  rerouted,
  scenario,
  SESSION,
  target,
} from "./link-scenario.ts";

// The session link once relayed: moves to other agents, fleet news, timers, and its end.

const NEW = scenario(opening(false, false));
const TRANSPARENT = scenario(opening(false, true));
const move = (reason = "agent closed without a close frame", truncated = false) => ({
  to: "move" as const,
  reason,
  truncated,
});

Deno.test("session link: the agent's socket lost → moving: the control plane picks another agent", () => {
  NEW.given(...RELAYING).when(lost({ reason: "agent connection failed: reset" })).then(
    { kind: "moving", link: link(), move: move("agent connection failed: reset") },
    [{
      type: "reroute",
      sessionId: SESSION,
      from: "a1",
      reason: "agent connection failed: reset",
      planned: false,
    }],
  );
});

Deno.test("session link: lost mid-message past the replay limit → the tunnel closes it; no move", () => {
  NEW.given(...RELAYING).when(lost({ replayable: false })).thenNothing();
});

Deno.test("session link: a stale pooled socket is a planned move (no news about the agent)", () => {
  NEW.given(...RELAYING).when(lost({ stalePooledSocket: true })).then("moving", [{
    type: "reroute",
    sessionId: SESSION,
    from: "a1",
    reason: "agent closed without a close frame",
    planned: true,
  }]);
});

Deno.test("session link: its agent ejected → the edge cuts the socket; the move says why", () => {
  const leaving = { type: "agent leaving", agentId: "a1", reason: "agent ejected" } as const;
  NEW.given(...RELAYING).when(leaving).then(
    { kind: "relaying", link: link(), plannedMove: "agent ejected" },
    [{ type: "cut" }],
  );
  NEW.given(...RELAYING, leaving).when(lost({ reason: "agent connection failed: reset" })).then(
    { kind: "moving", link: link(), move: move("agent ejected") },
    [{ type: "reroute", sessionId: SESSION, from: "a1", reason: "agent ejected", planned: true }],
  );
});

Deno.test("session link: drain deadline passed → a planned move with the drain's reason", () => {
  const drained = "agent drained past its deadline";
  NEW.given(...RELAYING, { type: "agent leaving", agentId: "a1", reason: drained })
    .when(lost()).then({ kind: "moving", link: link(), move: move(drained) }, [
      { type: "reroute", sessionId: SESSION, from: "a1", reason: drained, planned: true },
    ]);
});

Deno.test("session link: another agent leaving is no news to this session", () => {
  NEW.given(...RELAYING).when({ type: "agent leaving", agentId: "a9", reason: "agent ejected" })
    .thenNothing();
});

Deno.test("session link: moving → rerouted: dialling the new agent", () => {
  NEW.given(...MOVING).when(rerouted("a2")).then({
    kind: "dialling",
    link: link("a2"),
    target: target("a2"),
    attempt: 1,
    rerouting: false,
    for: move(),
  }, [{ type: "dial", sessionId: SESSION, target: target("a2") }]);
});

Deno.test("session link: moving → no agent: failover failed, the client gets the code", () => {
  NEW.given(...MOVING).when({ type: "refused", code: 4013, message: "no agent" }).then(
    { kind: "closing", link: link(), ending: "closed" },
    [
      { type: "count", metric: "failovers", outcome: "failed" },
      { type: "close client", code: 4013, reason: "no agent" },
    ],
  );
});

Deno.test("session link: while moving, another loss or ejection waits for the move", () => {
  NEW.given(...MOVING).when(lost()).thenNothing();
  NEW.given(...MOVING).when({ type: "agent leaving", agentId: "a1", reason: "x" }).thenNothing();
  NEW.given(...MOVE_DIALLING).when(lost()).thenNothing();
});

Deno.test("session link: the new agent dialled → session.rebound, rebound, counted", () => {
  NEW.given(...MOVE_DIALLING).when(dialled()).then({ kind: "relaying", link: link("a2") }, [
    {
      type: "rebind",
      frame: {
        type: "session.rebound",
        sessionId: SESSION,
        agentId: "a2",
        reason: "agent closed without a close frame",
      },
    },
    { type: "count", metric: "failovers", outcome: "rebound" },
  ]);
});

Deno.test("session link: failover mid-message → the rebound says the client's message was truncated", () => {
  NEW.given(...RELAYING, lost({ clientMessageTruncated: true }), rerouted("a2")).when(dialled())
    .then("relaying", [
      {
        type: "rebind",
        frame: {
          type: "session.rebound",
          sessionId: SESSION,
          agentId: "a2",
          reason: "agent closed without a close frame",
          truncatedMessage: true,
        },
      },
      { type: "count", metric: "failovers", outcome: "rebound" },
    ]);
});

Deno.test("session link: a transparent session moves without a word", () => {
  TRANSPARENT.given(...MOVE_DIALLING).when(dialled()).then("relaying", [
    { type: "rebind" },
    { type: "count", metric: "failovers", outcome: "rebound" },
  ]);
});

Deno.test("session link: the new agent left the fleet while dialled → cut, and moved again", () => {
  NEW.given(...MOVE_DIALLING).when(dialled(false)).then("relaying", [
    {
      type: "rebind",
      frame: {
        type: "session.rebound",
        sessionId: SESSION,
        agentId: "a2",
        reason: "agent closed without a close frame",
      },
    },
    { type: "cut" },
    { type: "count", metric: "failovers", outcome: "rebound" },
  ]);
});

Deno.test("session link: a move whose dials all fail → failover failed, 4013", () => {
  const message = "no agent could take the session (dial failed: x)";
  scenario(opening(false, false), { maxDialAttempts: 1 }).given(...MOVE_DIALLING)
    .when(dialFailed("x")).then({ kind: "closing", link: link("a2"), ending: "closed" }, [
      { type: "count", metric: "failovers", outcome: "failed" },
      { type: "close client", code: 4013, reason: message },
    ]);
});

Deno.test("session link: resumed on another edge (a newer version) → let go without a word to the log", () => {
  const state = NEW.given(...RELAYING).when({ type: "resumed elsewhere", version: 4 }).then(
    { kind: "closing", link: link(), ending: "let go" },
    [{ type: "close client", code: 1000, reason: LET_GO_REASON }],
  );
  scenario(state).given().when(ended("edge")).then("closed", [{ type: "untrack" }]);
});

Deno.test("session link: a resume elsewhere older than this connection's own says nothing", () => {
  NEW.given(...RELAYING).when({ type: "resumed elsewhere", version: 3 }).thenNothing();
});

Deno.test("session link: resume while moving → let go; the move's late answers are dropped", () => {
  const state = NEW.given(...MOVING).when({ type: "resumed elsewhere", version: 5 }).then(
    { kind: "closing", link: link(), ending: "let go" },
    [{ type: "close client", code: 1000, reason: LET_GO_REASON }],
  );
  scenario(state).given().when(rerouted("a2")).thenNothing();
  scenario(state).given().when(dialled()).then(state, [{ type: "discard" }]);
});

Deno.test("session link: taken over by a newer connection here → let go", () => {
  NEW.given(...MOVE_DIALLING).when({ type: "taken over" }).then(
    { kind: "closing", link: link("a2"), ending: "let go" },
    [{ type: "close client", code: 1000, reason: LET_GO_REASON }],
  );
});

Deno.test("session link: closed elsewhere (an operator) → closed with its reason", () => {
  const state = NEW.given(...RELAYING).when({ type: "closed elsewhere", reason: "by operator" })
    .then(
      { kind: "closing", link: link(), ending: "closed" },
      [{ type: "close client", code: 1000, reason: "by operator" }],
    );
  scenario(state).given().when(ended("edge", "1000 by operator")).then("closed", [
    { type: "untrack" },
    { type: "close session", sessionId: SESSION, reason: "edge: 1000 by operator" },
  ]);
});

Deno.test("session link: token expired → 4001, and the session stays resumable", () => {
  const state = NEW.given(...RELAYING).when({ type: "token expired" }).then(
    { kind: "closing", link: link(), ending: "expired" },
    [{ type: "close client", code: 4001, reason: EXPIRED_REASON }],
  );
  scenario(state).given().when(ended("edge")).then("detached", [
    { type: "untrack" },
    { type: "detach", sessionId: SESSION },
  ]);
});

Deno.test("session link: token expiry while detached (or closed) is no news", () => {
  const detached = NEW.given(...RELAYING).when(ended("client")).then("detached", [
    { type: "untrack" },
    { type: "detach", sessionId: SESSION },
  ]);
  scenario(detached).given().when({ type: "token expired" }).thenNothing();
  scenario({ kind: "closed" }).given().when({ type: "token expired" }).thenNothing();
});

Deno.test("session link: shutdown → detached with the shutdown's grace, 1001; its end records nothing more", () => {
  const state = NEW.given(...RELAYING).when({ type: "shutdown", graceSeconds: 10 }).then(
    { kind: "closing", link: link(), ending: "shutdown" },
    [
      { type: "detach", sessionId: SESSION, graceSeconds: 10 },
      { type: "close client", code: 1001, reason: SHUTDOWN_REASON },
    ],
  );
  scenario(state).given().when(ended("edge")).then("detached", [{ type: "untrack" }]);
  scenario(state).given().when(ended("client")).then("detached", [
    { type: "untrack" },
    { type: "detach", sessionId: SESSION },
  ]);
  scenario(state).given().when(ended("agent", "agent closed the session")).then("closed", [
    { type: "untrack" },
    { type: "close session", sessionId: SESSION, reason: "agent: agent closed the session" },
  ]);
});

Deno.test("session link: shutdown while moving → handed over; a dial that lands later is discarded", () => {
  const state = NEW.given(...MOVE_DIALLING).when({ type: "shutdown", graceSeconds: 10 }).then(
    "closing",
    [
      { type: "detach", sessionId: SESSION, graceSeconds: 10 },
      { type: "close client", code: 1001, reason: SHUTDOWN_REASON },
    ],
  );
  scenario(state).given().when(dialled()).then(state, [{ type: "discard" }]);
});

Deno.test("session link: the socket pair ends while relaying: the client's end detaches, the agent's closes", () => {
  for (const by of ["client", "timeout"] as const) {
    NEW.given(...RELAYING).when(ended(by)).then("detached", [
      { type: "untrack" },
      { type: "detach", sessionId: SESSION },
    ]);
  }
  NEW.given(...RELAYING).when(ended("agent", "agent closed the session")).then("closed", [
    { type: "untrack" },
    { type: "close session", sessionId: SESSION, reason: "agent: agent closed the session" },
  ]);
  NEW.given(...RELAYING).when(ended("edge", "1011 agent lost")).then("closed", [
    { type: "untrack" },
    { type: "close session", sessionId: SESSION, reason: "edge: 1011 agent lost" },
  ]);
});

Deno.test("session link: the client leaves while moving → detached; the late dial is discarded", () => {
  const state = NEW.given(...MOVE_DIALLING).when(ended("client")).then("detached", [
    { type: "untrack" },
    { type: "detach", sessionId: SESSION },
  ]);
  scenario(state).given().when(dialled()).then(state, [{ type: "discard" }]);
  scenario(state).given().when(rerouted("a3")).thenNothing();
});

Deno.test("session link: closing, then shutdown → detached with its grace; its end by the edge records nothing", () => {
  const closing: LinkState = { kind: "closing", link: link(), ending: "closed" };
  const state = scenario(closing).given().when({ type: "shutdown", graceSeconds: 3 }).then(
    { kind: "closing", link: link(), ending: "shutdown" },
    [{ type: "detach", sessionId: SESSION, graceSeconds: 3 }],
  );
  scenario(state).given().when(ended("edge")).then("detached", [{ type: "untrack" }]);
});

Deno.test("session link: closing: let go outranks an expiry, an expiry outranks shutdown", () => {
  const expired: LinkState = { kind: "closing", link: link(), ending: "expired" };
  scenario(expired).given().when({ type: "resumed elsewhere", version: 9 }).then(
    { kind: "closing", link: link(), ending: "let go" },
    [],
  );
  scenario(expired).given().when({ type: "resumed elsewhere", version: 2 }).thenNothing();
  scenario(expired).given().when({ type: "taken over" }).then(
    { kind: "closing", link: link(), ending: "let go" },
    [],
  );
  const letGo: LinkState = { kind: "closing", link: link(), ending: "let go" };
  scenario(letGo).given().when({ type: "token expired" }).thenNothing();
  scenario(expired).given().when({ type: "shutdown", graceSeconds: 3 }).then(expired, [
    { type: "detach", sessionId: SESSION, graceSeconds: 3 },
  ]);
  const shutdown: LinkState = { kind: "closing", link: link(), ending: "shutdown" };
  scenario(shutdown).given().when({ type: "token expired" }).then(expired, []);
});

Deno.test("session link: closing ignores what would move or close it again", () => {
  const closing: LinkState = { kind: "closing", link: link(), ending: "closed" };
  for (
    const input of [
      lost(),
      { type: "agent leaving", agentId: "a1", reason: "x" } as const,
      { type: "closed elsewhere", reason: "x" } as const,
      rerouted("a2"),
      dialFailed(),
      { type: "refused", code: 4013, message: "x" } as const,
    ]
  ) scenario(closing).given().when(input).thenNothing();
});
