import type { AgentState } from "../../actors/agent/mod.ts";

/**
 * The registry's fold state per agent: the agent actor's own state (folded
 * with its `evolve`, so registry and actor cannot disagree on a status) plus
 * what only a read model tracks. Stored whole as jsonb; the columns beside
 * it exist to filter and sort.
 */
export interface AgentDoc {
  state: AgentState;
  /** Sessions routed or rebound to the agent and not closed, as the fleet view counts them. */
  currentSessions: number;
  registeredAt: string;
  /** `at` of the agent's latest event. */
  updatedAt: string;
  lastPosition: number;
}

export interface RegistryTables {
  agents: { agent_id: string; status: string; capabilities: string[]; doc: AgentDoc };
  agent_versions: {
    agent_id: string;
    position: number;
    version: string;
    previous_version: string | null;
    at: Date | string;
  };
  /** Which agent each live session is on: what closing a session decrements. */
  session_agents: { session_id: string; agent_id: string };
}

export function registryDdl(schema: string): string[] {
  return [
    `CREATE TABLE ${schema}.agents (
      agent_id text PRIMARY KEY,
      status text NOT NULL,
      capabilities text[] NOT NULL,
      doc jsonb NOT NULL
    )`,
    `CREATE INDEX ON ${schema}.agents (status)`,
    `CREATE TABLE ${schema}.agent_versions (
      agent_id text NOT NULL,
      position bigint NOT NULL,
      version text NOT NULL,
      previous_version text,
      at timestamptz NOT NULL,
      PRIMARY KEY (agent_id, position)
    )`,
    `CREATE TABLE ${schema}.session_agents (
      session_id text PRIMARY KEY,
      agent_id text NOT NULL
    )`,
  ];
}
