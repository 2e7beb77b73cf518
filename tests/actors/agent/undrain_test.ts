import assert from "node:assert/strict";
import { agentStatus } from "../../../actors/agent/mod.ts";
import { at } from "../given-when-then.ts";
import { agent, AGENT, deregistered, registered } from "./fixtures.ts";

const drained = { type: "agent.drained", data: { agentId: AGENT, at: at(10) } } as const;
const maintenance = {
  type: "agent.drained",
  data: { agentId: AGENT, maintenance: true, at: at(10) },
} as const;
const undrained = { type: "agent.undrained", data: { agentId: AGENT, at: at(20) } } as const;

Deno.test("agent undrain: a draining agent takes sessions again; an undrained one is a no-op", () => {
  agent().given(registered(), drained).when("undrain", {}, at(20)).then([undrained]);
  const after = agent().given(registered(), drained, undrained).state;
  assert.equal(agentStatus(after), "healthy");
  assert.equal(after.draining, false);
  agent().given(registered()).when("undrain", {}, at(20)).thenNothing();
  agent().given(registered(), drained, undrained).when("undrain", {}, at(30)).thenNothing();
});

Deno.test("agent undrain: refused for unknown and deregistered agents", () => {
  agent().given().when("undrain").thenRejected("agent_not_found");
  agent().given(registered(), drained, deregistered(15)).when("undrain")
    .thenRejected("agent_deregistered");
});

Deno.test("agent maintenance: a marked drain; again is a no-op, a plain drain unmarks it", () => {
  agent().given(registered()).when("drain", { maintenance: true }, at(10)).then([maintenance]);
  const state = agent().given(registered(), maintenance).state;
  assert.equal(agentStatus(state), "draining");
  assert.equal(state.maintenance, true);
  agent().given(registered(), maintenance).when("drain", { maintenance: true }, at(11))
    .thenNothing();
  // A drained agent put into maintenance gets the mark, and back.
  agent().given(registered(), drained).when("drain", { maintenance: true }, at(11)).then([{
    type: "agent.drained",
    data: { agentId: AGENT, maintenance: true, at: at(11) },
  }]);
  agent().given(registered(), maintenance).when("drain", {}, at(12)).then([{
    type: "agent.drained",
    data: { agentId: AGENT, at: at(12) },
  }]);
  const off = agent().given(registered(), maintenance, undrained).state;
  assert.equal(off.maintenance, undefined);
  assert.equal(agentStatus(off), "healthy");
});
