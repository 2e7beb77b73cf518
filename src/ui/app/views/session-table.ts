import { html } from "../html.ts";
import { agentName, live, useStore } from "../store.ts";
import { Empty, ShortId, StatusBadge, Time } from "../components.ts";
import { bytes, count } from "../format.ts";
import type { Session } from "../types.ts";

export function SessionTable({ sessions }: { sessions: Session[] }) {
  const state = useStore(live);
  const agents = state.fleet?.agents;
  if (sessions.length === 0) return html`<${Empty}>No sessions.</${Empty}>`;
  return html`
    <div class="table-wrap">
      <table class="table" aria-label="sessions">
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Status</th>
            <th scope="col">Capability</th>
            <th scope="col">Agent</th>
            <th scope="col" class="hide-narrow">Client</th>
            <th scope="col">Opened</th>
            <th scope="col" class="num">Frames in/out</th>
            <th scope="col" class="num hide-narrow">Bytes</th>
          </tr>
        </thead>
        <tbody>${sessions.map((s) =>
          html`
            <tr data-session=${s.id}>
              <td>
                <${ShortId} id=${s.id} href=${`#/sessions/${encodeURIComponent(s.id)}`} />
              </td>
              <td>
                <${StatusBadge} status=${s.status} />
              </td>
              <td>${s.capability ?? s.agentType ?? "—"}</td>
              <td>${s.agentId
                ? html`<a href=${`#/agents/${encodeURIComponent(s.agentId)}`}>${
                  agentName(agents, s.agentId)
                }</a>`
                : "—"}</td>
              <td class="hide-narrow">${s.clientId}</td>
              <td>
                <${Time} at=${s.openedAt} />
              </td>
              <td class="num">${count(s.traffic.framesIn)} / ${count(s.traffic.framesOut)}</td>
              <td class="num hide-narrow">${bytes(s.traffic.bytesIn + s.traffic.bytesOut)}</td>
            </tr>
          `
        )}</tbody>
      </table>
    </div>
  `;
}
