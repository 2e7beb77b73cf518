import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { api, get, getLines } from "../api.ts";
import { agentName, canAct, canReadLog, live, session, useChanges, useStore } from "../store.ts";
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
import { bytes, count } from "../format.ts";
import type { LogEvent, Session } from "../types.ts";

interface Decision {
  strategy: string;
  agentId?: string;
  candidates: { agentId: string; score: number }[];
  [key: string]: unknown;
}

/** One session: its figures, its events, and how it was routed (candidates and scores). */
export function SessionDetailView({ id }: { id: string }) {
  const identity = useStore(session);
  const state = useStore(live);
  const changes = useChanges("sessions");
  const [s, setSession] = useState<Session | null>(null);
  const [events, setEvents] = useState<LogEvent[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  useEffect(() => {
    get<Session>(`/sessions/${encodeURIComponent(id)}`).then(setSession).catch(setError);
    if (canReadLog(identity)) {
      getLines<LogEvent>("/events", { stream: `session-${id}`, limit: 500 })
        .then(setEvents).catch(() => setEvents(null));
    }
  }, [id, changes]);
  if (error) {
    return html`
      <div class="view">
        <${ErrorNote} error=${error} />
      </div>
    `;
  }
  if (!s) {
    return html`
      <div class="view">
        <p class="loading">Loading…</p>
      </div>
    `;
  }
  const agents = state.fleet?.agents;
  const routed = [...(events ?? [])].reverse().find((e) =>
    e.type === "session.routed" || e.type === "session.rebound"
  );
  const decision = routed?.data.decision as Decision | undefined;
  const chosen = routed?.data.agentId as string | undefined;
  const close = () =>
    setConfirm({
      title: "Close this session?",
      body: html`<p>The client's socket is closed by the edge holding it.</p>`,
      confirmLabel: "Close session",
      danger: true,
      run: () => api("DELETE", `/sessions/${encodeURIComponent(id)}`),
    });
  return html`
    <div class="view">
      <nav class="crumbs" aria-label="breadcrumb"><a href="#/sessions">Sessions</a> / ${id.slice(
        0,
        8,
      )}</nav>
      <div
        class="view-head"><h1>Session <${ShortId} id=${s.id} /></h1><${StatusBadge} status=${s
          .status} />
          <div class="spacer"></div>
          ${canAct(identity) && s.status !== "closed"
            ? html`<button type="button" class="danger" onClick=${close}>Close session</button>`
            : null}
        </div>
      <div class="detail-grid">
        <${Card} title="Session">
          <dl class="props">
              <dt>capability</dt><dd>${s.capability ?? s.agentType ?? "—"}</dd>
              <dt>agent</dt><dd>${s.agentId
                ? html`<a href=${`#/agents/${encodeURIComponent(s.agentId)}`}>${
                  agentName(agents, s.agentId)
                }</a>`
                : "—"}</dd>
              <dt>client</dt><dd>${s.clientId}</dd>
              <dt>edge</dt><dd>${s.edgeId ?? "—"}</dd>
              <dt>opened</dt><dd><${Time} at=${s.openedAt} /></dd>
              <dt>last event</dt><dd><${Time} at=${s.lastEventAt} /></dd>
              ${s.closedAt
                ? html`
                  <dt>closed</dt>
                  <dd><${Time} at=${s.closedAt} /> ${s.closeReason ?? ""} ${s.closeCode ?? ""}</dd>
                `
                : null}
              <dt>strategy</dt><dd>${s.strategy ?? "—"}</dd>
              <dt>rebinds / resumes / detaches</dt><dd>${s.rebinds} / ${s.resumes} / ${s
                .detaches}</dd>
              <dt>frames in / out</dt><dd>${count(s.traffic.framesIn)} / ${count(
                s.traffic.framesOut,
              )}</dd>
              <dt>bytes in / out</dt><dd>${bytes(s.traffic.bytesIn)} / ${bytes(
                s.traffic.bytesOut,
              )}</dd>
              <dt>errors</dt><dd>${count(s.traffic.errors)}</dd>
            </dl>
          </${Card}>
          <${Card} title="Routing decision">
            ${decision
              ? html`
                <p>${"Strategy "}<strong>${decision
                  .strategy}</strong>${" chose "}<strong>${agentName(
                    agents,
                    chosen,
                  )}</strong>${` of ${decision.candidates.length} candidates.`}</p>
                <table class="table compact" aria-label="candidates">
                  <thead>
                    <tr>
                      <th scope="col">candidate</th>
                      <th scope="col" class="num">score</th>
                    </tr>
                  </thead>
                  <tbody>
                            ${[...decision.candidates].sort((a, b) => b.score - a.score).map((c) =>
                              html`
                                <tr class=${c.agentId === chosen ? "chosen" : ""}>
                                  <td>${agentName(agents, c.agentId)}
                                              ${c.agentId === chosen
                                                ? html`<span class="tag">chosen</span>`
                                                : null}</td>
                                  <td class="num">${c.score.toFixed(3)}</td>
                                </tr>
                              `
                            )}</tbody>
                </table>
              `
              : html`<${Empty}>${
                events === null
                  ? "The decision is read from the event log, which needs the auditor or admin role."
                  : "Not routed yet."
              }</${Empty}>`}
          </${Card}>
        </div>
        <${Card} title="Event history">
          ${events === null
            ? html`<${Empty}>Needs the auditor or admin role.</${Empty}>`
            : html`<ol class="timeline">${
              events.map((e) =>
                html`<li><span class="pos">#${e.position}</span> <${Time} at=${e.recordedAt} />
          <code>${e.type}</code> <span class="muted">${summarise(e)}</span></li>`
              )
            }</ol>`}
        </${Card}>
        <${ConfirmDialog} request=${confirm} onClose=${() => setConfirm(null)} />
      </div>
  `;
}

function summarise(e: LogEvent): string {
  const d = e.data;
  if (e.type === "session.closed") return `${d.reason ?? ""} ${d.code ?? ""}`;
  if (e.type === "session.trafficReported") {
    return `frames ${d.framesIn ?? ""}/${d.framesOut ?? ""}`;
  }
  if (e.type === "session.rebound") return `→ ${d.agentId} (${d.reason ?? ""})`;
  if (e.type === "session.routed") return `→ ${d.agentId}`;
  return "";
}
