import {
  LEFT_EARLY_REASON,
  LEFT_WHILE_OPENING,
  opening,
  SHUTDOWN_REASON,
} from "../../src/edge/session-link.ts";
import {
  dialFailed,
  dialled,
  DIALLING,
  ended,
  link,
  opened,
  rerouted,
  scenario,
  SESSION,
  target,
  TOKEN,
} from "./link-scenario.ts";

// The session link from the upgrade until the session is relayed (or refused).

const NEW = scenario(opening(false, false));
const RESUME = scenario(opening(true, false));
const TRANSPARENT = scenario(opening(false, true));

Deno.test("session link: opened → dialling the agent the control plane chose", () => {
  NEW.given().when(opened()).then({
    kind: "dialling",
    link: link(),
    target: target("a1"),
    attempt: 1,
    rerouting: false,
    for: { to: "open", resume: false, resumeToken: TOKEN, clientGone: false },
  }, [{ type: "dial", sessionId: SESSION, target: target("a1") }]);
});

Deno.test("session link: an open refused → the client gets its code; nothing to close in the log", () => {
  NEW.given().when({ type: "refused", code: 4003, message: "forbidden" }).then(
    { kind: "closing", ending: "refused" },
    [
      { type: "count", metric: "opens", outcome: "refused_4003" },
      { type: "close client", code: 4003, reason: "forbidden" },
    ],
  );
});

Deno.test("session link: a refused open whose socket is gone ends at once", () => {
  NEW.given(ended("client")).when({ type: "refused", code: 4004, message: "no" }).then(
    "closed",
    [{ type: "count", metric: "opens", outcome: "refused_4004" }],
  );
});

Deno.test("session link: the client leaves while opening → remembered", () => {
  NEW.given().when(ended("client")).then(
    { kind: "opening", resume: false, transparent: false, clientGone: true },
    [],
  );
});

Deno.test("session link: a new session opened after its client left is closed: nobody could resume it", () => {
  NEW.given(ended("client")).when(opened()).then("closed", [
    { type: "close session", sessionId: SESSION, reason: LEFT_EARLY_REASON },
  ]);
});

Deno.test("session link: a resume whose client left before the answer stays resumable, unless a retry resumed it since", () => {
  RESUME.given(ended("timeout")).when(opened()).then("detached", [
    { type: "detach", sessionId: SESSION, resumeToken: TOKEN },
  ]);
});

Deno.test("session link: shutdown while opening → remembered for when the open is done", () => {
  NEW.given().when({ type: "shutdown", graceSeconds: 7 }).then(
    { kind: "opening", resume: false, transparent: false, clientGone: false, shutdownGrace: 7 },
    [],
  );
});

Deno.test("session link: fleet news and timers mean nothing before the session is relayed", () => {
  for (const history of [[], DIALLING]) {
    for (
      const input of [
        { type: "agent leaving", agentId: "a1", reason: "agent ejected" } as const,
        { type: "resumed elsewhere", version: 9 } as const,
        { type: "taken over" } as const,
        { type: "closed elsewhere", reason: "operator" } as const,
        { type: "token expired" } as const,
      ]
    ) NEW.given(...history).when(input).thenNothing();
  }
});

Deno.test("session link: dialled → session.opened, attached, counted, tracked", () => {
  NEW.given(...DIALLING).when(dialled()).then({ kind: "relaying", link: link() }, [
    {
      type: "send",
      frame: { type: "session.opened", sessionId: SESSION, resumeToken: TOKEN, agentId: "a1" },
    },
    { type: "attach" },
    { type: "count", metric: "opens", outcome: "opened" },
    { type: "track" },
  ]);
});

Deno.test("session link: a resume dialled counts as resumed", () => {
  RESUME.given(...DIALLING).when(dialled()).then("relaying", [
    {
      type: "send",
      frame: { type: "session.opened", sessionId: SESSION, resumeToken: TOKEN, agentId: "a1" },
    },
    { type: "attach" },
    { type: "count", metric: "opens", outcome: "resumed" },
    { type: "track" },
  ]);
});

Deno.test("session link: a transparent session (control=none) gets no session.opened", () => {
  TRANSPARENT.given(...DIALLING).when(dialled()).then({
    kind: "relaying",
    link: link("a1", true),
  }, [
    { type: "attach" },
    { type: "count", metric: "opens", outcome: "opened" },
    { type: "track" },
  ]);
});

Deno.test("session link: an agent that left the fleet while dialled is cut at once: a planned move", () => {
  TRANSPARENT.given(...DIALLING).when(dialled(false)).then({
    kind: "relaying",
    link: link("a1", true),
    plannedMove: LEFT_WHILE_OPENING,
  }, [
    { type: "attach" },
    { type: "cut" },
    { type: "count", metric: "opens", outcome: "opened" },
    { type: "track" },
  ]);
});

Deno.test("session link: a failed dial asks the control plane for another agent", () => {
  NEW.given(...DIALLING).when(dialFailed("timed out")).then(
    {
      kind: "dialling",
      link: link(),
      target: target("a1"),
      attempt: 1,
      rerouting: true,
      for: { to: "open", resume: false, resumeToken: TOKEN, clientGone: false },
    },
    [{ type: "reroute", sessionId: SESSION, from: "a1", reason: "dial failed: timed out" }],
  );
});

Deno.test("session link: rerouted → dialling the next agent", () => {
  NEW.given(...DIALLING, dialFailed()).when(rerouted("a2")).then(
    {
      kind: "dialling",
      link: link("a2"),
      target: target("a2"),
      attempt: 2,
      rerouting: false,
      for: { to: "open", resume: false, resumeToken: TOKEN, clientGone: false },
    },
    [{ type: "dial", sessionId: SESSION, target: target("a2") }],
  );
});

Deno.test("session link: the last dial attempt failing → 4013, and the session closes in the log", () => {
  const message = "no agent could take the session (dial failed: refused)";
  NEW.given(...DIALLING, dialFailed(), rerouted("a2"), dialFailed(), rerouted("a3"))
    .when(dialFailed("refused")).then({ kind: "closing", link: link("a3"), ending: "refused" }, [
      { type: "count", metric: "opens", outcome: "refused_4013" },
      { type: "close session", sessionId: SESSION, reason: message, code: 4013 },
      { type: "close client", code: 4013, reason: message },
    ]);
});

Deno.test("session link: the attempts are the policy's", () => {
  scenario(opening(false, false), { maxDialAttempts: 1 }).given(...DIALLING)
    .when(dialFailed("x")).then("closing", [
      { type: "count", metric: "opens", outcome: "refused_4013" },
      {
        type: "close session",
        sessionId: SESSION,
        reason: "no agent could take the session (dial failed: x)",
        code: 4013,
      },
      {
        type: "close client",
        code: 4013,
        reason: "no agent could take the session (dial failed: x)",
      },
    ]);
});

Deno.test("session link: a reroute refused → the client gets the code and the session closes", () => {
  NEW.given(...DIALLING, dialFailed()).when({ type: "refused", code: 1011, message: "internal" })
    .then("closing", [
      { type: "count", metric: "opens", outcome: "refused_1011" },
      { type: "close session", sessionId: SESSION, reason: "internal", code: 1011 },
      { type: "close client", code: 1011, reason: "internal" },
    ]);
});

Deno.test("session link: an unknown session (4004) is not this connection's to close", () => {
  RESUME.given(...DIALLING, dialFailed()).when({ type: "refused", code: 4004, message: "gone" })
    .then("closing", [
      { type: "count", metric: "opens", outcome: "refused_4004" },
      { type: "close client", code: 4004, reason: "gone" },
    ]);
});

Deno.test("session link: the client leaves while dialling → the agent socket is discarded once dialled", () => {
  NEW.given(...DIALLING, ended("client")).when(dialled()).then("closed", [
    { type: "discard" },
    { type: "close session", sessionId: SESSION, reason: LEFT_EARLY_REASON },
  ]);
  RESUME.given(...DIALLING, ended("client")).when(dialled()).then("detached", [
    { type: "discard" },
    { type: "detach", sessionId: SESSION, resumeToken: TOKEN },
  ]);
});

Deno.test("session link: the client gone, the last dial failing only closes the session", () => {
  scenario(opening(false, false), { maxDialAttempts: 1 }).given(...DIALLING, ended("client"))
    .when(dialFailed("x")).then("closed", [
      { type: "count", metric: "opens", outcome: "refused_4013" },
      {
        type: "close session",
        sessionId: SESSION,
        reason: "no agent could take the session (dial failed: x)",
        code: 4013,
      },
    ]);
});

Deno.test("session link: shutdown while dialling → once dialled, handed over: detached with the shutdown's grace, 1001", () => {
  const state = NEW.given(...DIALLING, { type: "shutdown", graceSeconds: 5 }).when(dialled())
    .then({ kind: "closing", link: link(), ending: "handed over" }, [
      {
        type: "send",
        frame: { type: "session.opened", sessionId: SESSION, resumeToken: TOKEN, agentId: "a1" },
      },
      { type: "discard" },
      { type: "detach", sessionId: SESSION, graceSeconds: 5 },
      { type: "close client", code: 1001, reason: SHUTDOWN_REASON },
    ]);
  scenario(state).given().when(ended("edge")).then("detached", []);
});

Deno.test("session link: shutdown while dialling, client already gone → left early wins", () => {
  RESUME.given(...DIALLING, { type: "shutdown", graceSeconds: 5 }, ended("client"))
    .when(dialled()).then("detached", [
      { type: "discard" },
      { type: "detach", sessionId: SESSION, resumeToken: TOKEN },
    ]);
});

Deno.test("session link: a refused open ends closed when its socket does; shutdown is no news to it", () => {
  const refused = NEW.given().when({ type: "refused", code: 4003, message: "no" }).then(
    "closing",
    [
      { type: "count", metric: "opens", outcome: "refused_4003" },
      { type: "close client", code: 4003, reason: "no" },
    ],
  );
  scenario(refused).given().when({ type: "shutdown", graceSeconds: 1 }).thenNothing();
  scenario(refused).given().when(ended("edge")).then("closed", []);
});
