import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { get, getLines } from "../api.ts";
import { canAct, canReadLog, session, useChanges, useStore } from "../store.ts";
import {
  Card,
  ConfirmDialog,
  type ConfirmRequest,
  Empty,
  ErrorNote,
  ShortId,
  StatusBadge,
  Time,
} from "../components.ts";
import { AgentActions } from "./agent-actions.ts";
import { SessionTable } from "./session-table.ts";
import type { AgentDetail, LogEvent, Page, Session } from "../types.ts";

const HISTORY_TYPES = [
  "agent.registered",
  "agent.updated",
  "agent.healthChanged",
  "agent.drained",
  "agent.undrained",
  "agent.maintenanceChanged",
  "agent.weightChanged",
  "agent.deregistered",
];

function describe(e: LogEvent): string {
  const d = e.data as Record<string, string | number | boolean | undefined>;
  switch (e.type) {
    case "agent.healthChanged":
      return `${d.from} → ${d.to}${d.reason ? `: ${d.reason}` : ""}`;
    case "agent.drained":
      return `drained${d.deadline ? ` until ${d.deadline}` : ""}`;
    case "agent.maintenanceChanged":
      return d.on ? "maintenance on" : "maintenance off";
    case "agent.undrained":
      return "undrained";
    case "agent.weightChanged":
      return `weight ${d.previous} → ${d.weight}`;
    case "agent.updated":
      return `updated (version ${d.previousVersion} → ${d.version})`;
    case "agent.registered":
      return `registered, version ${d.version}`;
    case "agent.deregistered":
      return `deregistered: ${d.reason}`;
    default:
      return e.type;
  }
}

export function AgentDetailView({ id }: { id: string }) {
  const identity = useStore(session);
  const changes = useChanges("agents", "sessions");
  const [agent, setAgent] = useState<AgentDetail | null>(null);
  const [sessions, setSessions] = useState<Session[]>([]);
  const [history, setHistory] = useState<LogEvent[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  useEffect(() => {
    get<AgentDetail>(`/agents/${encodeURIComponent(id)}`).then(setAgent).catch(setError);
    get<Page<Session>>("/sessions", { agentId: id, limit: 50 }).then((r) => setSessions(r.items))
      .catch(setError);
    if (canReadLog(identity)) {
      getLines<LogEvent>("/events", {
        stream: `agent-${id}`,
        type: HISTORY_TYPES.join(","),
        limit: 200,
      }).then((events) => setHistory(events.reverse())).catch(() => setHistory(null));
    }
  }, [id, changes]);
  if (error) {
    return html`
      <div class="view">
        <${ErrorNote} error=${error} />
      </div>
    `;
  }
  if (!agent) {
    return html`
      <div class="view">
        <p class="loading">Loading…</p>
      </div>
    `;
  }
  return html`
    <div class="view">
      <nav class="crumbs" aria-label="breadcrumb"><a href="#/agents">Agents</a> / ${agent
        .name}</nav>
      <div class="view-head"><h1>${agent.name}</h1>
          <${StatusBadge} status=${agent.status} maintenance=${agent.maintenance} />
          <div class="spacer"></div>
          ${canAct(identity) ? html`<${AgentActions} agent=${agent} ask=${setConfirm} />` : null}
        </div>
      <div class="detail-grid">
        <${Card} title="Agent">
          <dl class="props">
            <dt>id</dt>
            <dd>
              <${ShortId} id=${agent.id} />
            </dd>
            <dt>address</dt>
            <dd><code>${agent.host}:${agent.port}${agent.path ?? "/"}</code></dd>
            <dt>type</dt>
            <dd>${agent.agentType}</dd>
            <dt>capabilities</dt>
            <dd>${agent.capabilities.map((c) => html`<span class="tag">${c}</span>`)}</dd>
            <dt>version</dt>
            <dd>${agent.version ?? "—"}</dd>
            <dt>weight</dt>
            <dd>${agent.weight ?? 1}</dd>
            <dt>sessions</dt>
            <dd>${agent.currentSessions}${agent.maxSessions ? ` of ${agent.maxSessions}` : ""}</dd>
            <dt>health</dt>
            <dd>${agent.health}${agent.ejectedUntil
              ? html`
                (held out until <${Time} at=${agent.ejectedUntil} />)
              `
              : null}</dd>
            <dt>last heartbeat</dt>
            <dd>
              <${Time} at=${agent.lastHeartbeatAt} />
            </dd>
            <dt>registered</dt>
            <dd>
              <${Time} at=${agent.registeredAt} />
            </dd>
            <dt>load</dt>
            <dd>${Object.entries(agent.load).map(([k, v]) => `${k} ${v}`).join(" · ") || "—"}</dd>
          </dl>
          </${Card}>
          <${Card} title="Versions">
            <table class="table compact">
              <thead>
                <tr>
                  <th scope="col">version</th>
                  <th scope="col">from</th>
                  <th scope="col">when</th>
                </tr>
              </thead>
              <tbody>${agent.versions.map((v) =>
                html`
                  <tr>
                    <td>${v.version}</td>
                    <td>${v.previousVersion ?? "—"}</td>
                    <td>
                      <${Time} at=${v.at} />
                    </td>
                  </tr>
                `
              )}</tbody>
            </table>
            </${Card}>
            <${Card} title="Health history">
            ${history === null
              ? html`<${Empty}>The history comes from the event log, which needs the auditor or admin role.</${Empty}>`
              : html`<ol class="timeline">${
                history.map((e) =>
                  html`<li><${Time} at=${e.data.at as string} /> <span>${describe(e)}</span></li>`
                )
              }</ol>`}
          </${Card}>
        </div>
        <${Card} title="Sessions on this agent">
          <${SessionTable} sessions=${sessions} />
        </${Card}>
        <${ConfirmDialog} request=${confirm} onClose=${() => setConfirm(null)} />
      </div>
  `;
}
