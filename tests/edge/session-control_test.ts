import assert from "node:assert/strict";
import { HealthThresholds } from "../../actors/agent/commands.ts";
import { CommandLogClosedError } from "../../src/bus/pending-replies.ts";
import { SessionControl } from "../../src/edge/session-control.ts";
import { commandClients } from "../../src/runtime/commands/clients.ts";
import type { Dispatch } from "../../src/runtime/dispatch.ts";
import type { LiveFeed } from "../../src/runtime/live-feed.ts";
import type { Logger } from "../../src/telemetry/log.ts";
import { recordingDispatch } from "../support/commands.ts";
import { FakeClock } from "../support/time.ts";

/** A session control whose every command fails with `error`, and the warnings it logged. */
function failingControl(error: Error) {
  const warnings: string[] = [];
  const log: Logger = {
    debug() {},
    info() {},
    warn: (message) => void warnings.push(message),
    error: (message) => void warnings.push(message),
  };
  const dispatch = (() => Promise.reject(error)) as unknown as Dispatch;
  const control = new SessionControl({
    commands: commandClients(dispatch, log),
    fleet: {} as LiveFeed, // close() never reads the fleet view
    edgeId: "edge-1",
    thresholds: () => HealthThresholds.parse({}),
    log,
  });
  return { control, warnings };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 10));

Deno.test("session control: a close the node cannot send because its log is closed (shutdown) is no warning", async () => {
  const { control, warnings } = failingControl(new CommandLogClosedError());
  control.close("s-1", "client closed");
  await settled();
  assert.deepEqual(warnings, []);
});

Deno.test("session control: a close that fails for any other reason is a warning", async () => {
  const { control, warnings } = failingControl(new Error("connection refused"));
  control.close("s-1", "client closed");
  await settled();
  assert.deepEqual(warnings, ["session close failed"]);
});

Deno.test("session control: a detach sends detach now and expire when the grace is over, on the clock it is given", async () => {
  const { dispatch, sent } = recordingDispatch();
  const clock = new FakeClock();
  const control = new SessionControl({
    commands: commandClients(dispatch),
    fleet: {} as LiveFeed, // detach never reads the fleet view
    edgeId: "edge-1",
    thresholds: () => HealthThresholds.parse({}),
    clock,
  });
  control.detach("s-1", 30);
  await clock.advance(0);
  assert.deepEqual(sent.map((c) => [c.type, c.actorId, c.data]), [
    ["detach", "s-1", { edgeId: "edge-1", graceSeconds: 30 }],
  ]);
  await clock.advance(30_000);
  assert.equal(sent.length, 1, "not before the grace is over");
  await clock.advance(250);
  assert.deepEqual(sent.map((c) => c.type), ["detach", "expire"]);
  assert.equal(clock.pendingTimers, 0);
});
