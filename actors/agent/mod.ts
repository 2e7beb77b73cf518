import type { Actor } from "../actor.ts";
import { agentCommands } from "./commands.ts";
import { decideAgent } from "./decide.ts";
import { type AgentState, evolveAgent, initialAgentState } from "./state.ts";

export { agentCommands, HealthThresholds } from "./commands.ts";
export { type AgentHealth, type AgentState, agentStatus } from "./state.ts";

/** One agent service: its spec, health, drain and weight. Actor id = agent id. */
export const agentActor: Actor<AgentState> = {
  type: "agent",
  initialState: initialAgentState,
  commands: agentCommands,
  decide: decideAgent,
  evolve: evolveAgent,
};
