import assert from "node:assert/strict";
import { agentActor, agentStatus } from "../../../actors/agent/mod.ts";
import type { DomainEvent } from "../../../events/mod.ts";
import { assertBadPayload, at } from "../given-when-then.ts";
import { AGENT, agent, deregistered, health, heartbeat, registered } from "./fixtures.ts";

const ejected = (seconds: number, reason = "socket refused", until?: string) =>
  health("healthy", "unhealthy", reason, seconds, until);

Deno.test("agent heartbeat: records load; a healthy agent stays healthy", () => {
  agent().given(registered()).when("heartbeat", {
    sessions: 3,
    cpu: 40,
    queueDepth: 1,
    latencyMs: 12,
  }, at(5))
    .then([{
      type: "agent.heartbeatReceived",
      data: { agentId: AGENT, sessions: 3, cpu: 40, queueDepth: 1, latencyMs: 12, at: at(5) },
    }]);
  const state = agent().given(registered(), heartbeat(5)).state;
  assert.equal(state.lastHeartbeatAt, at(5));
});

Deno.test("agent heartbeat: refused for unknown and deregistered agents; bad load refused by schema", () => {
  agent().given().when("heartbeat").thenRejected("agent_not_found");
  agent().given(registered(), deregistered()).when("heartbeat").thenRejected("agent_deregistered");
  assertBadPayload(agentActor, "heartbeat", { cpu: 120 }, "cpu");
  assertBadPayload(agentActor, "heartbeat", { sessions: -1 }, "sessions");
  assertBadPayload(
    agentActor,
    "heartbeat",
    { thresholds: { recoveryHeartbeats: 0 } },
    "thresholds.recoveryHeartbeats",
  );
});

Deno.test("agent sweep: within the TTL nothing happens", () => {
  agent().given(registered()).when("sweep", {}, at(15)).thenNothing();
});

Deno.test("agent sweep: past the TTL a healthy agent turns suspect", () => {
  agent().given(registered()).when("sweep", {}, at(16)).then([
    health("healthy", "suspect", "no heartbeat for 16s (ttl 15s)", 16),
  ]);
});

Deno.test("agent sweep: thresholds come with the command", () => {
  agent().given(registered()).when("sweep", { thresholds: { ttlSeconds: 5 } }, at(6)).then([
    health("healthy", "suspect", "no heartbeat for 6s (ttl 5s)", 6),
  ]);
});

Deno.test("agent sweep: a suspect agent silent past ttl × misses is ejected", () => {
  const suspect = health("healthy", "suspect", "no heartbeat for 16s (ttl 15s)", 16);
  agent().given(registered(), suspect).when("sweep", {}, at(40)).thenNothing();
  agent().given(registered(), suspect).when("sweep", {}, at(46)).then([
    health("suspect", "unhealthy", "no heartbeat for 46s (3 missed ttl)", 46),
  ]);
});

Deno.test("agent sweep: a late sweep walks healthy → suspect → unhealthy in one decision", () => {
  agent().given(registered()).when("sweep", {}, at(100)).then([
    health("healthy", "suspect", "no heartbeat for 100s (ttl 15s)", 100),
    health("suspect", "unhealthy", "no heartbeat for 100s (3 missed ttl)", 100),
  ]);
});

Deno.test("agent sweep: unhealthy, deregistered and unknown agents", () => {
  agent().given(registered(), ejected(1)).when("sweep", {}, at(500)).thenNothing();
  agent().given(registered(), deregistered(1)).when("sweep", {}, at(500)).thenNothing();
  agent().given().when("sweep").thenRejected("agent_not_found");
});

Deno.test("agent heartbeat: a suspect agent is healthy again at the next heartbeat", () => {
  const suspect = health("healthy", "suspect", "no heartbeat for 16s (ttl 15s)", 16);
  agent().given(registered(), suspect).when("heartbeat", {}, at(17)).then([
    heartbeat(17),
    health("suspect", "healthy", "heartbeat received", 17),
  ]);
});

Deno.test("agent reportFailure: ejects a healthy or suspect agent at once", () => {
  agent().given(registered()).when("reportFailure", { reason: "socket refused" }, at(1)).then([
    ejected(1),
  ]);
  const suspect = health("healthy", "suspect", "late", 16);
  agent().given(registered(), suspect).when("reportFailure", { reason: "socket refused" }, at(17))
    .then([
      health("suspect", "unhealthy", "socket refused", 17),
    ]);
  const state = agent().given(registered(), ejected(1)).state;
  assert.equal(agentStatus(state), "unhealthy");
  assert.deepEqual(state.ejections, [at(1)]);
});

Deno.test("agent reportFailure: a second report is a no-op; refused for unknown and deregistered", () => {
  agent().given(registered(), ejected(1)).when("reportFailure", { reason: "again" }, at(2))
    .thenNothing();
  agent().given().when("reportFailure", { reason: "x" }).thenRejected("agent_not_found");
  agent().given(registered(), deregistered()).when("reportFailure", { reason: "x" }).thenRejected(
    "agent_deregistered",
  );
  assertBadPayload(agentActor, "reportFailure", {}, "reason");
});

Deno.test("agent heartbeat: an ejected agent needs N heartbeats to be healthy again", () => {
  const given: DomainEvent[] = [registered(), ejected(1), heartbeat(2), heartbeat(3)];
  agent().given(...given.slice(0, 3)).when("heartbeat", {}, at(3)).then([heartbeat(3)]);
  agent().given(...given).when("heartbeat", {}, at(4)).then([
    heartbeat(4),
    health("unhealthy", "healthy", "3 heartbeats since ejection", 4),
  ]);
  agent().given(registered(), ejected(1)).when("heartbeat", {
    thresholds: { recoveryHeartbeats: 1 },
  }, at(2)).then([
    heartbeat(2),
    health("unhealthy", "healthy", "1 heartbeats since ejection", 2),
  ]);
});

Deno.test("agent flap damping: more than K ejections within the window hold the agent out", () => {
  const cycle = (s: number): DomainEvent[] => [
    ejected(s),
    health("unhealthy", "healthy", "1 heartbeats since ejection", s + 1),
  ];
  const flapped = [registered(), ...cycle(10), ...cycle(20), ...cycle(30)];
  const thresholds = { flapLimit: 3, flapWindowSeconds: 300, ejectionBackoffSeconds: 120 };
  // The fourth ejection within 300 s exceeds K = 3.
  agent().given(...flapped).when("reportFailure", { reason: "socket refused", thresholds }, at(40))
    .then([
      ejected(
        40,
        `socket refused; flapping (4 ejections within 300s), held out until ${at(160)}`,
        at(160),
      ),
    ]);
  // Outside the window the old ejections no longer count.
  agent().given(...flapped).when("reportFailure", { reason: "socket refused", thresholds }, at(400))
    .then([
      ejected(400),
    ]);
});

Deno.test("agent flap damping: heartbeats during the back-off neither recover nor count", () => {
  const held = ejected(40, "flapping", at(160));
  const thresholds = { recoveryHeartbeats: 2 };
  agent().given(registered(), held, heartbeat(50), heartbeat(60)).when(
    "heartbeat",
    { thresholds },
    at(70),
  )
    .then([heartbeat(70)]);
  const state = agent().given(registered(), held, heartbeat(50), heartbeat(60)).state;
  assert.equal(state.goodHeartbeats, 0);
  assert.equal(state.ejectedUntil, at(160));
  agent().given(registered(), held, heartbeat(160)).when("heartbeat", { thresholds }, at(165)).then(
    [
      heartbeat(165),
      health("unhealthy", "healthy", "2 heartbeats since ejection", 165),
    ],
  );
  const healed = agent().given(registered(), held, health("unhealthy", "healthy", "ok", 170)).state;
  assert.equal(healed.ejectedUntil, undefined);
});

Deno.test("agent status: deregistered beats draining beats health", () => {
  const drained: DomainEvent = { type: "agent.drained", data: { agentId: AGENT, at: at(1) } };
  assert.equal(agentStatus(agent().given(registered()).state), "healthy");
  assert.equal(agentStatus(agent().given(registered(), ejected(1), drained).state), "draining");
  assert.equal(
    agentStatus(agent().given(registered(), drained, deregistered(2)).state),
    "deregistered",
  );
});
