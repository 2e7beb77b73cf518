import type { SessionState } from "../../actors/session/mod.ts";
import { clockDdl } from "../clock.ts";

/**
 * The sessions read model's fold state per session: the session actor's own
 * state (folded with its `evolve`) plus times and counts only a read model
 * keeps. Stored whole as jsonb; the columns beside it filter, sort and prune.
 */
export interface SessionDoc {
  state: SessionState;
  openedAt: string;
  /** Position of session.opened: unique and in log order, so it orders and pages the list. */
  openedPosition: number;
  routedAt?: string;
  closedAt?: string;
  closeCode?: number;
  lastEventAt: string;
  resumes: number;
  detaches: number;
  /** Strategy of the latest routing decision (routed or rebound). */
  strategy?: string;
}

export interface SessionsTables {
  sessions: {
    session_id: string;
    opened_position: number;
    agent_id: string | null;
    status: string;
    closed_at: Date | string | null;
    doc: SessionDoc;
  };
  clock: { singleton: boolean; high_water_at: Date | string };
}

export function sessionsDdl(schema: string): string[] {
  return [
    `CREATE TABLE ${schema}.sessions (
      session_id text PRIMARY KEY,
      opened_position bigint NOT NULL UNIQUE,
      agent_id text,
      status text NOT NULL,
      closed_at timestamptz,
      doc jsonb NOT NULL
    )`,
    `CREATE INDEX ON ${schema}.sessions (agent_id, opened_position)`,
    `CREATE INDEX ON ${schema}.sessions (status, opened_position)`,
    `CREATE INDEX ON ${schema}.sessions (closed_at) WHERE closed_at IS NOT NULL`,
    clockDdl(schema),
  ];
}
