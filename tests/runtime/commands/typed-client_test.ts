import assert from "node:assert/strict";
import { agentCommands } from "../../../actors/agent/commands.ts";
import { apiKeyCommands } from "../../../actors/api-key/mod.ts";
import { configCommands } from "../../../actors/config/mod.ts";
import { routerCommands } from "../../../actors/router/commands.ts";
import { sessionCommands } from "../../../actors/session/commands.ts";
import { CommandLogClosedError } from "../../../src/bus/pending-replies.ts";
import { commandClients } from "../../../src/runtime/commands/clients.ts";
import {
  type Accepted,
  CommandRejectedError,
  CommandTimeoutError,
} from "../../../src/runtime/dispatch.ts";
import type { Logger } from "../../../src/telemetry/log.ts";
import { recordingDispatch } from "../../support/commands.ts";

const accepted: Accepted = { ok: true, version: 3, events: [] };

/** A logger that keeps each line as `level message`. */
function recordingLog() {
  const lines: string[] = [];
  const log: Logger = {
    debug: (message) => void lines.push(`debug ${message}`),
    info: (message) => void lines.push(`info ${message}`),
    warn: (message) => void lines.push(`warn ${message}`),
    error: (message) => void lines.push(`error ${message}`),
  };
  return { log, lines };
}

Deno.test("typed client: one method per command of each actor's command map, and nothing else", () => {
  const { dispatch } = recordingDispatch();
  const clients = commandClients(dispatch);
  const methods = (client: object) => Object.keys(client).sort();
  assert.deepEqual(methods(clients.agents), Object.keys(agentCommands).sort());
  assert.deepEqual(methods(clients.sessions), Object.keys(sessionCommands).sort());
  assert.deepEqual(methods(clients.routers), Object.keys(routerCommands).sort());
  assert.deepEqual(methods(clients.config), Object.keys(configCommands).sort());
  assert.deepEqual(methods(clients.apiKeys), Object.keys(apiKeyCommands).sort());
});

Deno.test("typed client: given a dispatch, when a command is sent, then it goes to the actor's type and id with its payload, options and metadata, and the reply comes back", async () => {
  const { dispatch, sent } = recordingDispatch(() => Promise.resolve(accepted));
  const { agents, apiKeys } = commandClients(dispatch);
  const reply = await agents.heartbeat("a-1", { sessions: 2 }, {
    commandId: "hb-1",
    metadata: { principal: { sub: "a-1", roles: ["agent"] } },
  });
  await apiKeys.revoke("k-1", {});
  assert.equal(reply, accepted);
  assert.deepEqual(sent, [
    {
      actorType: "agent",
      actorId: "a-1",
      type: "heartbeat",
      data: { sessions: 2 },
      commandId: "hb-1",
      metadata: { principal: { sub: "a-1", roles: ["agent"] } },
    },
    { actorType: "apikey", actorId: "k-1", type: "revoke", data: {} },
  ]);
});

Deno.test("typed client: payloads are typed from the zod command map", () => {
  const { dispatch } = recordingDispatch();
  const { agents, sessions } = commandClients(dispatch);
  // Compile-time only: these calls are never run.
  const _typed = () => {
    // @ts-expect-error a heartbeat's load is a number of sessions
    void agents.heartbeat("a", { sessions: "two" });
    // @ts-expect-error no such command on a session
    void sessions.fly("s", {});
    // @ts-expect-error a close needs its reason
    void sessions.close("s", {});
    // Defaults the host fills in may be left out (thresholds, a detach's grace).
    void agents.sweep("a", {});
    void sessions.detach("s", { edgeId: "e" });
  };
});

Deno.test("typed client: waiting, a rejection is thrown with its code", async () => {
  const { dispatch } = recordingDispatch(() =>
    Promise.reject(
      new CommandRejectedError("agent_not_found", "no agent", { commandId: "c", type: "drain" }),
    )
  );
  const { agents } = commandClients(dispatch);
  await assert.rejects(
    agents.drain("a", {}),
    (error) => error instanceof CommandRejectedError && error.code === "agent_not_found",
  );
});

Deno.test("typed client: without waiting, nothing is thrown; expected rejections are silent, a closed log is debug, other failures warn", async () => {
  const failures: Error[] = [
    new CommandRejectedError("session_closed", "closed", { commandId: "c", type: "close" }),
    new CommandLogClosedError(),
    new CommandRejectedError("session_owned_by_other_edge", "elsewhere", {
      commandId: "c",
      type: "close",
    }),
    new CommandTimeoutError("c", 10),
  ];
  const { dispatch } = recordingDispatch(() => Promise.reject(failures.shift()));
  const { log, lines } = recordingLog();
  const { sessions } = commandClients(dispatch, log);
  const options = { wait: false, expectedRejections: ["session_closed"] } as const;
  for (let i = 0; i < 4; i++) {
    const settled = await sessions.close("s-1", { reason: "bye" }, options);
    assert.equal(settled, undefined);
  }
  assert.deepEqual(lines, [
    "debug session close not sent: the command log is closed",
    "warn session close failed",
    "warn session close failed",
  ]);
});

Deno.test("typed client: without waiting and quiet, a failure is only a debug line", async () => {
  const { dispatch } = recordingDispatch(() => Promise.reject(new CommandTimeoutError("c", 10)));
  const { log, lines } = recordingLog();
  const { sessions } = commandClients(dispatch, log);
  await sessions.reportTraffic("s-1", {
    framesIn: 1,
    framesOut: 0,
    bytesIn: 5,
    bytesOut: 0,
    errors: 0,
    intervalMs: 1000,
  }, { wait: false, quiet: true });
  assert.deepEqual(lines, ["debug session reportTraffic dropped"]);
});

Deno.test("typed client: without waiting, an accepted command logs nothing", async () => {
  const { dispatch, sent } = recordingDispatch();
  const { log, lines } = recordingLog();
  const { agents } = commandClients(dispatch, log);
  await agents.reportFailure("a-1", { reason: "socket failed" }, { wait: false });
  assert.equal(sent.length, 1);
  assert.deepEqual(lines, []);
});
