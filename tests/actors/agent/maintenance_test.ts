import assert from "node:assert/strict";
import { agentStatus } from "../../../actors/agent/mod.ts";
import { at } from "../given-when-then.ts";
import { AGENT, agent, deregistered, registered } from "./fixtures.ts";

const drained = { type: "agent.drained", data: { agentId: AGENT, at: at(1) } } as const;
const maintenanceOn = {
  type: "agent.maintenanceChanged",
  data: { agentId: AGENT, on: true, at: at(1) },
} as const;

Deno.test("agent undrain: a draining agent takes sessions again; undraining a healthy one is a no-op", () => {
  agent().given(registered(), drained).when("undrain", {}, at(5)).then([{
    type: "agent.undrained",
    data: { agentId: AGENT, at: at(5) },
  }]);
  agent().given(registered()).when("undrain", {}, at(5)).thenNothing();
  const back = agent().given(registered(), drained, {
    type: "agent.undrained",
    data: { agentId: AGENT, at: at(5) },
  }).state;
  assert.equal(back.draining, false);
  assert.equal(agentStatus(back), "healthy");
});

Deno.test("agent undrain: refused for unknown and deregistered agents", () => {
  agent().given().when("undrain").thenRejected("agent_not_found");
  agent().given(registered(), drained, deregistered()).when("undrain")
    .thenRejected("agent_deregistered");
});

Deno.test("agent maintenance: on drains and flags; off clears and undrains; repeats change nothing", () => {
  agent().given(registered()).when("setMaintenance", { on: true }, at(1)).then([
    drained,
    maintenanceOn,
  ]);
  // Already draining: only the flag is added, the drain (and its deadline) stays.
  agent().given(registered(), drained).when("setMaintenance", { on: true }, at(1)).then([
    maintenanceOn,
  ]);
  const inMaintenance = agent().given(registered(), drained, maintenanceOn);
  assert.equal(inMaintenance.state.maintenance, true);
  assert.equal(agentStatus(inMaintenance.state), "draining");
  agent().given(registered(), drained, maintenanceOn).when("setMaintenance", { on: true }, at(2))
    .thenNothing();
  agent().given(registered(), drained, maintenanceOn).when("setMaintenance", { on: false }, at(3))
    .then([
      { type: "agent.maintenanceChanged", data: { agentId: AGENT, on: false, at: at(3) } },
      { type: "agent.undrained", data: { agentId: AGENT, at: at(3) } },
    ]);
  agent().given(registered()).when("setMaintenance", { on: false }, at(3)).thenNothing();
});

Deno.test("agent undrain: ends maintenance mode too", () => {
  agent().given(registered(), drained, maintenanceOn).when("undrain", {}, at(4)).then([
    { type: "agent.maintenanceChanged", data: { agentId: AGENT, on: false, at: at(4) } },
    { type: "agent.undrained", data: { agentId: AGENT, at: at(4) } },
  ]);
});
