import assert from "node:assert/strict";
import { HealthThresholds } from "../../actors/agent/commands.ts";
import type { Identity } from "../../src/auth/roles.ts";
import { CommandLogClosedError } from "../../src/bus/pending-replies.ts";
import { CloseCode, EdgeRefusal } from "../../src/edge/close-codes.ts";
import { SessionControl } from "../../src/edge/session-control.ts";
import { commandClients } from "../../src/runtime/commands/clients.ts";
import type { LiveFeed } from "../../src/runtime/live-feed.ts";
import type { Logger } from "../../src/telemetry/log.ts";
import { recordingDispatch } from "../support/commands.ts";
import { CommandRejectedError, type Dispatch } from "../../src/runtime/dispatch.ts";
import { RESERVATION_TTL_MS } from "../../src/runtime/fleet/reservations.ts";
import { edgeOver } from "./scripted-edge.ts";
import { FakeClock, waitFor } from "../support/time.ts";

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

// The reservation overlay: the edge's picks, which the log confirms or a refusal cancels.

const client: Identity = { sub: "client-1", roles: ["client"], via: "jwt" };
const refused = (code: number) => (error: unknown) =>
  error instanceof EdgeRefusal && error.closeCode === code;

Deno.test("session control: concurrent opens on one edge see each other's picks before the log has any", async () => {
  const edge = await edgeOver([{ id: "a", maxSessions: 1 }, { id: "b", maxSessions: 1 }]);
  const first = edge.control.open(client, { capability: "echo" });
  const second = edge.control.open(client, { capability: "echo" });
  await waitFor(() => edge.sent.length === 2, "both opens sent");
  await assert.rejects(
    edge.control.open(client, { capability: "echo" }),
    refused(CloseCode.noAgent),
  );

  await edge.answer("open");
  await edge.answer("open");
  const targets = [(await first).target.agentId, (await second).target.agentId];
  assert.deepEqual(targets.sort(), ["a", "b"]);
  assert.equal(edge.fleet.view.liveSessions("a"), 0, "the view holds only what the log says");
});

Deno.test("session control: the log's routed event confirms the pick, and the view counts it instead", async () => {
  const edge = await edgeOver([{ id: "a", maxSessions: 1 }]);
  const opening = edge.control.open(client, { capability: "echo" });
  await edge.answer("open");
  await opening;
  assert.equal(edge.fleet.reservations.reserved("a"), 1, "answered, but not in the log yet");
  assert.equal(edge.fleet.routing.liveSessions("a"), 1);

  await edge.deliver();
  assert.equal(edge.fleet.reservations.size, 0);
  assert.equal(edge.fleet.view.liveSessions("a"), 1);
  assert.equal(edge.fleet.routing.liveSessions("a"), 1);
  await assert.rejects(
    edge.control.open(client, { capability: "echo" }),
    refused(CloseCode.noAgent),
  );
});

Deno.test("session control: a refused open cancels its pick, and the agent is free for the next", async () => {
  const edge = await edgeOver([{ id: "a", maxSessions: 1 }]);
  const opening = edge.control.open(client, { capability: "echo" });
  const refusal = new CommandRejectedError("invalid_capability", "no", {
    commandId: "c",
    type: "open",
  });
  await edge.fail("open", refusal);
  await assert.rejects(opening);
  assert.equal(edge.fleet.reservations.size, 0);
  assert.deepEqual(edge.sent, [], "a refusal is an answer: nothing to close behind it");

  const next = edge.control.open(client, { capability: "echo" });
  await edge.answer("open");
  assert.equal((await next).target.agentId, "a");
});

Deno.test("session control: an open with no answer cancels its pick and sends a close behind it", async () => {
  const edge = await edgeOver([{ id: "a", maxSessions: 1 }]);
  const opening = edge.control.open(client, { capability: "echo" });
  await edge.fail("open", new Error("no answer"));
  await assert.rejects(opening);
  assert.equal(edge.fleet.reservations.size, 0);
  await waitFor(() => edge.sent.some((s) => s.command.type === "close"), "the close behind it");
});

Deno.test("session control: a pick the log never confirms stops holding its agent after the expiry", async () => {
  const edge = await edgeOver([{ id: "a", maxSessions: 1 }]);
  const opening = edge.control.open(client, { capability: "echo" });
  await edge.answer("open");
  await opening;
  await edge.clock.advance(RESERVATION_TTL_MS - 1);
  assert.equal(edge.fleet.routing.liveSessions("a"), 1);
  await edge.clock.advance(1);
  assert.equal(edge.fleet.reservations.size, 0);
  assert.equal(edge.fleet.routing.liveSessions("a"), 0);
});

Deno.test("session control: a failover before the log has the session routes by the pick's capability; a refused rebind cancels", async () => {
  const edge = await edgeOver([
    { id: "a" },
    { id: "b", capabilities: ["chat"] },
    { id: "c" },
  ]);
  const opening = edge.control.open(client, { capability: "echo" });
  await edge.answer("open");
  const { sessionId, target } = await opening;
  assert.equal(target.agentId, "a");

  const moving = edge.control.failover(sessionId, "a", "agent socket failed", { planned: true });
  await waitFor(() => edge.sent.some((s) => s.command.type === "rebind"), "the rebind");
  assert.equal(edge.fleet.reservations.pick(sessionId)?.agentId, "c");
  const refusal = new CommandRejectedError("agent_mismatch", "moved", {
    commandId: "c",
    type: "x",
  });
  await edge.fail("rebind", refusal);
  await assert.rejects(moving);
  assert.equal(edge.fleet.reservations.pick(sessionId), undefined);
  assert.equal(edge.fleet.routing.liveSessions("c"), 0);
});

Deno.test("session control: a rebind the log brings confirms the failover's pick", async () => {
  const edge = await edgeOver([{ id: "a" }, { id: "b" }]);
  const opening = edge.control.open(client, { capability: "echo" });
  await edge.answer("open");
  const { sessionId } = await opening;
  await edge.deliver();

  const moving = edge.control.failover(sessionId, "a", "drain deadline", { planned: true });
  await edge.answer("rebind");
  assert.equal((await moving).agentId, "b");
  assert.equal(edge.fleet.routing.liveSessions("b"), 1);
  await edge.deliver();
  assert.equal(edge.fleet.reservations.size, 0);
  assert.equal(edge.fleet.view.liveSessions("a"), 0);
  assert.equal(edge.fleet.view.liveSessions("b"), 1);
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

// A dependency known down: opens end at once with 1013 naming it, never after the command's 10 s.

const STORE_DOWN = "PostgreSQL (event store) unavailable; retry later";

Deno.test("session control: while the store is known down, an open is refused with 1013 naming it, and nothing is sent", async () => {
  const edge = await edgeOver([{ id: "a" }], { unavailable: () => STORE_DOWN });
  await assert.rejects(
    edge.control.open(client, { capability: "echo" }),
    (error) => refused(CloseCode.tryAgainLater)(error) && (error as Error).message === STORE_DOWN,
  );
  assert.equal(edge.sent.length, 0);
  assert.equal(edge.fleet.reservations.reserved("a"), 0);
});

Deno.test("session control: while the store is known down, a resume is refused with 1013 naming it, and nothing is sent", async () => {
  const edge = await edgeOver([{ id: "a" }], { unavailable: () => STORE_DOWN });
  await assert.rejects(
    edge.control.resume(client, "s-1", "a-token"),
    (error) => refused(CloseCode.tryAgainLater)(error) && (error as Error).message === STORE_DOWN,
  );
  assert.equal(edge.sent.length, 0);
});

Deno.test("session control: an open waiting when the store goes down ends with 1013 within 250 ms, its pick cancelled and a close sent behind it", async () => {
  const store: { down?: string } = {};
  const edge = await edgeOver([{ id: "a" }], { unavailable: () => store.down });
  const opening = edge.control.open(client, { capability: "echo" });
  opening.catch(() => {});
  await waitFor(() => edge.sent.length === 1, "the open sent");
  store.down = STORE_DOWN;
  await edge.clock.advance(250);
  await assert.rejects(opening, refused(CloseCode.tryAgainLater));
  assert.equal(edge.fleet.reservations.reserved("a"), 0);
  await waitFor(() => edge.sent.some((s) => s.command.type === "close"), "a close behind it");
});

Deno.test("session control: with the store up, an open waits for its answer as before", async () => {
  const edge = await edgeOver([{ id: "a" }], { unavailable: () => undefined });
  const opening = edge.control.open(client, { capability: "echo" });
  await edge.clock.advance(1_000);
  await edge.answer("open");
  assert.equal((await opening).target.agentId, "a");
});
