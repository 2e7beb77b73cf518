import assert from "node:assert/strict";
import { agentActor } from "../../../actors/agent/mod.ts";
import { assertBadPayload, at, T0 } from "../given-when-then.ts";
import { AGENT, agent, deregistered, registered, spec } from "./fixtures.ts";

Deno.test("agent register: a new agent is registered with defaults filled", () => {
  agent().given().when("register", {
    name: "echo-1",
    host: "127.0.0.1",
    port: 8801,
    agentType: "echo",
    capabilities: ["echo"],
  })
    .then([{
      type: "agent.registered",
      data: { ...spec, version: "0.0.0", agentId: AGENT, at: T0 },
    }]);
});

Deno.test("agent register: capabilities are a set (sorted, deduplicated)", () => {
  agent().given().when("register", { ...spec, capabilities: ["b", "a", "b"] })
    .then([registered(T0, { capabilities: ["a", "b"] })]);
});

Deno.test("agent register: an identical re-registration is a no-op", () => {
  agent().given(registered()).when("register", { ...spec, capabilities: ["echo", "echo"] }, at(5))
    .thenNothing();
});

Deno.test("agent register: a changed spec is agent.updated keeping the previous version", () => {
  agent().given(registered()).when("register", { ...spec, version: "1.1.0", port: 8802 }, at(5))
    .then([{
      type: "agent.updated",
      data: {
        ...spec,
        version: "1.1.0",
        port: 8802,
        previousVersion: "1.0.0",
        agentId: AGENT,
        at: at(5),
      },
    }]);
});

Deno.test("agent register: after deregistration it registers afresh", () => {
  agent().given(registered(), deregistered(1)).when("register", spec, at(9)).then([
    registered(at(9)),
  ]);
});

Deno.test("agent register: bad payloads are refused by the schema", () => {
  assertBadPayload(agentActor, "register", { ...spec, capabilities: [] }, "capabilities");
  assertBadPayload(
    agentActor,
    "register",
    { ...spec, capabilities: ["Not Valid"] },
    "capabilities.0",
  );
  assertBadPayload(agentActor, "register", { ...spec, weight: 1001 }, "weight");
  assertBadPayload(agentActor, "register", { ...spec, port: 0 }, "port");
  assertBadPayload(agentActor, "register", { ...spec, path: "no-slash" }, "path");
});

Deno.test("agent register: decide guards its invariants even past the schema", () => {
  const state = agent().given().state;
  const command = {
    commandId: "c",
    actorType: "agent",
    actorId: AGENT,
    type: "register",
    metadata: { now: T0 },
  };
  const noCaps = agentActor.decide({ ...command, data: { ...spec, capabilities: [] } }, state);
  assert.deepEqual(noCaps, {
    rejected: "invalid_capability",
    message: "an agent needs at least one capability",
  });
  const heavy = agentActor.decide({ ...command, data: { ...spec, weight: 2.5 } }, state);
  assert.equal((heavy as { rejected: string }).rejected, "invalid_weight");
  const unknown = agentActor.decide({ ...command, type: "explode", data: {} }, state);
  assert.equal((unknown as { rejected: string }).rejected, "unknown_command");
});

Deno.test("agent update: a partial change is agent.updated; unchanged is a no-op", () => {
  agent().given(registered()).when("update", { weight: 5, capabilities: ["echo", "chat"] }, at(2))
    .then([{
      type: "agent.updated",
      data: {
        ...spec,
        weight: 5,
        capabilities: ["chat", "echo"],
        previousVersion: "1.0.0",
        agentId: AGENT,
        at: at(2),
      },
    }]);
  agent().given(registered()).when("update", { host: "127.0.0.1" }, at(2)).thenNothing();
});

Deno.test("agent update: unknown and deregistered agents are refused", () => {
  agent().given().when("update", { weight: 2 }).thenRejected("agent_not_found");
  agent().given(registered(), deregistered(1)).when("update", { weight: 2 }).thenRejected(
    "agent_deregistered",
  );
});

Deno.test("agent setWeight: changes weight with the previous one; same weight is a no-op", () => {
  agent().given(registered()).when("setWeight", { weight: 7 }, at(1)).then([{
    type: "agent.weightChanged",
    data: { agentId: AGENT, weight: 7, previous: 1, at: at(1) },
  }]);
  agent().given(registered()).when("setWeight", { weight: 1 }).thenNothing();
  const state = agent().given(registered(), {
    type: "agent.weightChanged",
    data: { agentId: AGENT, weight: 7, previous: 1, at: at(1) },
  }).state;
  assert.equal(state.spec?.weight, 7);
});

Deno.test("agent setWeight: refused for bad weights and missing agents", () => {
  assertBadPayload(agentActor, "setWeight", { weight: -1 }, "weight");
  assertBadPayload(agentActor, "setWeight", { weight: 1.5 }, "weight");
  const state = agent().given(registered()).state;
  const bad = agentActor.decide({
    commandId: "c",
    actorType: "agent",
    actorId: AGENT,
    type: "setWeight",
    data: { weight: 5000 },
    metadata: { now: T0 },
  }, state);
  assert.equal((bad as { rejected: string }).rejected, "invalid_weight");
  agent().given().when("setWeight", { weight: 2 }).thenRejected("agent_not_found");
  agent().given(registered(), deregistered()).when("setWeight", { weight: 2 }).thenRejected(
    "agent_deregistered",
  );
});

Deno.test("agent drain: records the deadline; a retry is a no-op; a new deadline moves it", () => {
  agent().given(registered()).when("drain", { deadlineSeconds: 60 }, at(10)).then([{
    type: "agent.drained",
    data: { agentId: AGENT, deadline: at(70), at: at(10) },
  }]);
  agent().given(registered()).when("drain", {}, at(10)).then([{
    type: "agent.drained",
    data: { agentId: AGENT, at: at(10) },
  }]);
  const drained = {
    type: "agent.drained",
    data: { agentId: AGENT, deadline: at(70), at: at(10) },
  } as const;
  agent().given(registered(), drained).when("drain", {}, at(20)).thenNothing();
  agent().given(registered(), drained).when("drain", { deadlineSeconds: 50 }, at(20)).thenNothing();
  agent().given(registered(), drained).when("drain", { deadlineSeconds: 10 }, at(20)).then([{
    type: "agent.drained",
    data: { agentId: AGENT, deadline: at(30), at: at(20) },
  }]);
});

Deno.test("agent drain: refused for unknown and deregistered agents", () => {
  agent().given().when("drain").thenRejected("agent_not_found");
  agent().given(registered(), deregistered()).when("drain").thenRejected("agent_deregistered");
});

Deno.test("agent deregister: records the reason; refused twice and for unknown agents", () => {
  agent().given(registered()).when("deregister", { reason: "shutting down" }, at(3)).then([{
    type: "agent.deregistered",
    data: { agentId: AGENT, reason: "shutting down", at: at(3) },
  }]);
  agent().given(registered()).when("deregister", {}, at(3)).then([deregistered(3)]);
  agent().given(registered(), deregistered()).when("deregister").thenRejected("agent_deregistered");
  agent().given().when("deregister").thenRejected("agent_not_found");
});
