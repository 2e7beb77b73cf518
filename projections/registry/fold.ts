import { agentActor, agentStatus } from "../../actors/agent/mod.ts";
import type { StoredDomainEvent } from "../../events/mod.ts";
import { deleteKeys, inList, insertRows, type Row, upsertRows } from "../bulk.ts";
import type { TableSet } from "../projection.ts";
import type { AgentDoc, RegistryTables } from "./tables.ts";

export const registryEventTypes = [
  "agent.registered",
  "agent.updated",
  "agent.heartbeatReceived",
  "agent.healthChanged",
  "agent.drained",
  "agent.deregistered",
  "agent.weightChanged",
  "agent.undrained",
  "agent.maintenanceChanged",
  "session.routed",
  "session.rebound",
  "session.closed",
] as const;

/** The rows one batch touches, loaded once, folded in memory, written once. */
interface Working {
  agents: Map<string, AgentDoc>;
  bindings: Map<string, string>;
  changedAgents: Set<string>;
  changedBindings: Set<string>;
  versions: Row[];
}

export async function applyRegistry(
  set: TableSet<RegistryTables>,
  events: readonly StoredDomainEvent[],
): Promise<void> {
  const w = await load(set, events);
  for (const event of events) fold(w, event);
  await save(set, w);
}

async function load(set: TableSet<RegistryTables>, events: readonly StoredDomainEvent[]) {
  const agentIds = new Set<string>();
  const sessionIds = new Set<string>();
  for (const { type, data } of events) {
    if (type === "session.routed" || type === "session.rebound") {
      sessionIds.add(data.sessionId);
      agentIds.add(data.agentId);
    } else if (type === "session.closed") sessionIds.add(data.sessionId);
    else if ("agentId" in data && typeof data.agentId === "string") agentIds.add(data.agentId);
  }
  const bindings = new Map<string, string>();
  if (sessionIds.size > 0) {
    const rows = await set.db.selectFrom("session_agents").selectAll()
      .where(inList("session_id", sessionIds)).execute();
    for (const row of rows) {
      bindings.set(row.session_id, row.agent_id);
      agentIds.add(row.agent_id);
    }
  }
  const agents = new Map<string, AgentDoc>();
  if (agentIds.size > 0) {
    const rows = await set.db.selectFrom("agents").select(["agent_id", "doc"])
      .where(inList("agent_id", agentIds)).execute();
    for (const row of rows) agents.set(row.agent_id, row.doc);
  }
  return {
    agents,
    bindings,
    changedAgents: new Set<string>(),
    changedBindings: new Set<string>(),
    versions: [],
  } satisfies Working;
}

function fold(w: Working, event: StoredDomainEvent): void {
  switch (event.type) {
    case "session.routed":
    case "session.rebound":
      return bind(w, event.data.sessionId, event.data.agentId);
    case "session.closed":
      return bind(w, event.data.sessionId, undefined);
    case "agent.registered":
    case "agent.updated":
    case "agent.heartbeatReceived":
    case "agent.healthChanged":
    case "agent.drained":
    case "agent.deregistered":
    case "agent.weightChanged":
    case "agent.undrained":
    case "agent.maintenanceChanged":
      return foldAgent(w, event);
  }
}

type AgentEvent = Extract<StoredDomainEvent, { type: `agent.${string}` }>;

function foldAgent(w: Working, event: AgentEvent): void {
  const { agentId, at } = event.data;
  const before = w.agents.get(agentId);
  const state = agentActor.evolve(before?.state ?? agentActor.initialState, event);
  // Only a registration brings an agent into the registry (deciders refuse anything else first).
  if (!state.registered) return;
  const registered = event.type === "agent.registered";
  w.agents.set(agentId, {
    state,
    currentSessions: before?.currentSessions ?? 0,
    registeredAt: registered || !before ? at : before.registeredAt,
    updatedAt: at,
    lastPosition: event.position,
  });
  w.changedAgents.add(agentId);
  if (event.type === "agent.registered" || event.type === "agent.updated") {
    const previous = event.type === "agent.updated" ? event.data.previousVersion : null;
    if (previous !== event.data.version) {
      w.versions.push({
        agent_id: agentId,
        position: event.position,
        version: event.data.version,
        previous_version: previous,
        at,
      });
    }
  }
}

/** Moves a session's count from its old agent to `agentId` (none: it closed), as the fleet view does. */
function bind(w: Working, sessionId: string, agentId: string | undefined): void {
  const previous = w.bindings.get(sessionId);
  if (previous !== undefined) count(w, previous, -1);
  if (agentId !== undefined) {
    count(w, agentId, +1);
    w.bindings.set(sessionId, agentId);
  } else w.bindings.delete(sessionId);
  w.changedBindings.add(sessionId);
}

function count(w: Working, agentId: string, delta: number): void {
  const doc = w.agents.get(agentId);
  if (!doc) return; // sessions on an agent the registry never saw register are not counted
  w.agents.set(agentId, { ...doc, currentSessions: Math.max(0, doc.currentSessions + delta) });
  w.changedAgents.add(agentId);
}

async function save(set: TableSet<RegistryTables>, w: Working): Promise<void> {
  const agents = [...w.changedAgents].map((agentId) => {
    const doc = w.agents.get(agentId)!;
    return {
      agent_id: agentId,
      status: agentStatus(doc.state),
      capabilities: doc.state.spec?.capabilities ?? [],
      doc,
    };
  });
  await upsertRows(set, "agents", ["agent_id"], agents);
  await insertRows(set, "agent_versions", w.versions);
  const kept = [...w.changedBindings].filter((s) => w.bindings.has(s));
  const gone = [...w.changedBindings].filter((s) => !w.bindings.has(s));
  await upsertRows(
    set,
    "session_agents",
    ["session_id"],
    kept.map((s) => ({ session_id: s, agent_id: w.bindings.get(s)! })),
  );
  await deleteKeys(set, "session_agents", "session_id", gone);
}
