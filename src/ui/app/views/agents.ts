import { useState } from "preact/hooks";
import { html } from "../html.ts";
import { canAct, live, session, useStore } from "../store.ts";
import {
  ConfirmDialog,
  type ConfirmRequest,
  Empty,
  ShortId,
  StatusBadge,
  Time,
} from "../components.ts";
import { go } from "../router.ts";
import { AgentActions } from "./agent-actions.ts";
import type { Agent } from "../types.ts";

const STATUSES = ["", "healthy", "suspect", "unhealthy", "draining", "deregistered"];

export function matches(agent: Agent, text: string, status: string): boolean {
  if (status ? agent.status !== status : agent.status === "deregistered") return false;
  if (!text) return true;
  const needle = text.toLowerCase();
  return [agent.name, agent.id, agent.version ?? "", agent.host, ...agent.capabilities]
    .some((v) => v.toLowerCase().includes(needle));
}

/** The fleet, live from the feed: filter by text and status; act on a row. */
export function Agents() {
  const state = useStore(live);
  const identity = useStore(session);
  const [text, setText] = useState("");
  const [status, setStatus] = useState("");
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const agents = (state.fleet?.agents ?? []).filter((a) => matches(a, text, status))
    .sort((a, b) => a.name.localeCompare(b.name));
  const acting = canAct(identity);
  return html`<div class="view">
    <div class="view-head"><h1>Agents</h1><div class="spacer"></div>
      <label class="field inline">Filter
        <input type="search" placeholder="name, id, capability, version" value=${text}
          onInput=${(e: Event) => setText((e.target as HTMLInputElement).value)} /></label>
      <label class="field inline">Status
        <select value=${status} onChange=${(e: Event) =>
    setStatus((e.target as HTMLSelectElement).value)}>
          ${STATUSES.map((s) => html`<option value=${s}>${s || "all but deregistered"}</option>`)}
        </select></label>
    </div>
    <div class="table-wrap">
    <table class="table" aria-label="agents">
      <thead><tr><th scope="col">Agent</th><th scope="col">Status</th><th scope="col">Capabilities</th>
        <th scope="col">Version</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Sessions</th>
        <th scope="col" class="hide-narrow">Load</th><th scope="col">Heartbeat</th>
        ${acting ? html`<th scope="col">Actions</th>` : null}</tr></thead>
      <tbody>${
    agents.map((a) =>
      html`<tr data-agent=${a.id}>
        <td><a href=${`#/agents/${encodeURIComponent(a.id)}`} onClick=${(e: Event) => {
        e.preventDefault();
        go(`agents/${encodeURIComponent(a.id)}`);
      }}>${a.name}</a> <${ShortId} id=${a.id} iconOnly=${a.id === a.name} /></td>
        <td><${StatusBadge} status=${a.status} maintenance=${a.maintenance} /></td>
        <td>${a.capabilities.map((c) => html`<span class="tag">${c}</span>`)}</td>
        <td>${a.version ?? "—"}</td>
        <td class="num">${a.weight ?? 1}</td>
        <td class="num">${a.currentSessions}${
        a.maxSessions ? html`<span class="muted">/${a.maxSessions}</span>` : null
      }</td>
        <td class="hide-narrow">${
        a.load.cpu !== undefined ? `cpu ${a.load.cpu.toFixed(0)}%` : "—"
      }${a.load.latencyMs !== undefined ? ` · ${a.load.latencyMs.toFixed(0)} ms` : ""}</td>
        <td><${Time} at=${a.lastHeartbeatAt} /></td>
        ${
        acting
          ? html`
            <td>
              <div class="wide-only">
                <${AgentActions} agent=${a} ask=${setConfirm} compact />
              </div>
              <details class="menu narrow-only">
                <summary>Actions</summary>
                <${AgentActions} agent=${a} ask=${setConfirm} />
              </details>
            </td>
          `
          : null
      }
      </tr>`
    )
  }</tbody>
    </table>
    </div>
    ${agents.length === 0 ? html`<${Empty}>No agent matches.</${Empty}>` : null}
    <${ConfirmDialog} request=${confirm} onClose=${() => setConfirm(null)} />
  </div>`;
}
