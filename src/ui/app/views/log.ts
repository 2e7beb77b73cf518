import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { get, getLines } from "../api.ts";
import { canReadLog, live, session, useStore } from "../store.ts";
import { Card, Empty, ErrorNote, StatusBadge, Time } from "../components.ts";
import { displayName } from "../format.ts";
import type { Agent, LogEvent } from "../types.ts";

const PAGE = 50;
/** The types most asked for; any catalogue type may be typed in. */
const COMMON_TYPES = [
  "agent.registered",
  "agent.healthChanged",
  "agent.drained",
  "agent.undrained",
  "agent.maintenanceChanged",
  "agent.deregistered",
  "agent.weightChanged",
  "session.opened",
  "session.routed",
  "session.rebound",
  "session.closed",
  "routing.policyChanged",
  "config.changed",
];

function EventRow({ e, onStream }: { e: LogEvent; onStream: (stream: string) => void }) {
  const [open, setOpen] = useState(false);
  return html`<li class="event"><div class="event-line">
    <button type="button" class="event-head" aria-expanded=${open} onClick=${() => setOpen(!open)}>
      <span class="pos">#${e.position}</span> <code>${e.type}</code></button>
    <button type="button" class="link muted" title="only this stream"
      onClick=${() => onStream(e.streamId)}>${e.streamId}</button>
    <span class="spacer"></span>
      ${
    e.metadata.principal
      ? html`<span class="muted">by ${displayName(e.metadata.principal.sub)}</span>`
      : null
  }
      <${Time} at=${e.recordedAt} />
    </div>
    ${open ? html`<pre class="code">${JSON.stringify(e, null, 2)}</pre>` : null}
  </li>`;
}

/** The registry rebuilt as of a log position (GET /agents?at=), moved with a slider. */
function TimeTravel({ head }: { head: number }) {
  const [position, setPosition] = useState<number | null>(null);
  const [agents, setAgents] = useState<Agent[] | null>(null);
  const [reached, setReached] = useState<number | null>(null);
  const [at, setAt] = useState<LogEvent | null>(null);
  const [error, setError] = useState<unknown>(null);
  const target = position ?? head;
  useEffect(() => {
    if (target < 1) return;
    const timer = setTimeout(() => {
      get<{ items: Agent[]; at: number }>("/agents", { at: target, limit: 1000 }).then((r) => {
        setAgents(r.items);
        setReached(r.at);
        setError(null);
      }).catch(setError);
      getLines<LogEvent>("/events", { from: target, limit: 1 })
        .then((es) => setAt(es[0] ?? null)).catch(() => setAt(null));
    }, 250);
    return () => clearTimeout(timer);
  }, [target]);
  return html`<${Card} title="Time travel">
    <label class="field" for="travel"><span>Registry as of log position <strong>${target}</strong>${
    at ? html`${" ("}<code>${at.type}</code>${" "}<${Time} at=${at.recordedAt} />)` : null
  }${` of ${head}`}</span></label>
    <input id="travel" type="range" min="1" max=${Math.max(1, head)} value=${target}
      aria-valuetext=${`position ${target}`}
      onInput=${(e: Event) => setPosition(Number((e.target as HTMLInputElement).value))} />
    <div class="row">
      <button type="button" onClick=${() =>
    setPosition(Math.max(1, target - 1))}>◀ one event</button>
      <button type="button" onClick=${() =>
    setPosition(Math.min(head, target + 1))}>one event ▶</button>
      <button type="button" onClick=${() => setPosition(null)}>Now</button>
    </div>
    <${ErrorNote} error=${error} />
    ${
    agents
      ? html`
        <table class="table compact" aria-label="registry as of the position" data-at=${reached}>
          <thead>
            <tr>
              <th scope="col">agent</th>
              <th scope="col">status</th>
              <th scope="col" class="num">weight</th>
              <th scope="col" class="num">sessions</th>
            </tr>
          </thead>
          <tbody>${agents.map((a) =>
            html`
              <tr data-agent=${a.id}>
                <td>${a.name}</td>
                <td>
                  <${StatusBadge} status=${a.status} maintenance=${a.maintenance} />
                </td>
                <td class="num">${a.weight ?? 1}</td>
                <td class="num">${a.currentSessions}</td>
              </tr>
            `
          )}</tbody>
        </table>
                ${agents.length === 0
                  ? html`<${Empty}>No agent was registered yet at this position.</${Empty}>`
                  : null}
      `
      : null
  }
  </${Card}>`;
}

/** The event log: filter by stream and type, page through, and travel back in time. */
export function Log() {
  const identity = useStore(session);
  const state = useStore(live);
  const [stream, setStream] = useState("");
  const [type, setType] = useState("");
  const [starts, setStarts] = useState<number[]>([1]);
  const [events, setEvents] = useState<LogEvent[]>([]);
  const [error, setError] = useState<unknown>(null);
  const head = Math.max(0, ...Object.values(state.fleet?.summary.positions ?? {}));
  const from = starts.at(-1)!;
  useEffect(() => {
    if (!canReadLog(identity)) return;
    getLines<LogEvent>("/events", { from, limit: PAGE, stream, type }).then((es) => {
      setEvents(es);
      setError(null);
    }).catch(setError);
  }, [from, stream, type]);
  if (!canReadLog(identity)) {
    return html`
      <div class="view">
        <h1>Log</h1>
        <${Empty}>The event log is for the auditor and admin roles.</${Empty}></div>
    `;
  }
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const restart = (set: (v: string) => void) => (e: Event) => {
    set(value(e).trim());
    setStarts([1]);
  };
  return html`
    <div class="view">
      <div class="view-head"><h1>Log</h1><span class="muted">${head} events</span></div>
      <${TimeTravel} head=${head} />
      <${Card} title="Events">
          <div class="filters" role="search">
            <label class="field inline">Stream <input type="search" placeholder="agent-…, session-…"
              value=${stream} onChange=${restart(setStream)} /></label>
            <label class="field inline">Type <input type="search" list="event-types" placeholder="any"
              value=${type} onChange=${restart(setType)} /></label>
            <datalist id="event-types">${COMMON_TYPES.map((t) =>
              html`<option value=${t} />`
            )}</datalist>
            <label class="field inline">From position <input type="number" min="1" value=${from}
              onChange=${(e: Event) => setStarts([Math.max(1, Number(value(e)) || 1)])} /></label>
          </div>
          <${ErrorNote} error=${error} />
          <ol class="events" aria-label="events">${events.map((e) =>
            html`<${EventRow} e=${e} onStream=${(stream: string) => {
              setStream(stream);
              setStarts([1]);
            }} />`
          )}</ol>
          ${events.length === 0 ? html`<${Empty}>No events match.</${Empty}>` : null}
          <div class="pager" role="navigation" aria-label="pages">
            <button type="button" disabled=${starts.length <= 1}
              onClick=${() => setStarts(starts.slice(0, -1))}>← Earlier</button>
            <button type="button" disabled=${events.length < PAGE}
              onClick=${() => setStarts([...starts, events.at(-1)!.position + 1])}>Later →</button>
          </div>
        </${Card}>
      </div>
  `;
}
