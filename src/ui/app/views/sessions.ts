import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { get } from "../api.ts";
import { live, useChanges, useStore } from "../store.ts";
import { ErrorNote } from "../components.ts";
import { SessionTable } from "./session-table.ts";
import type { Page, Session } from "../types.ts";

const STATUSES = ["", "opening", "active", "detached", "closed"];
const PAGE = 25;

/**
 * Sessions, a page at a time (the API's keyset cursor), filtered on the
 * server by status, agent, capability and client (exact id, applied on
 * Enter or leaving the field), so every page holds only matching sessions.
 */
export function Sessions() {
  const state = useStore(live);
  const changes = useChanges("sessions");
  const [status, setStatus] = useState("");
  const [agentId, setAgentId] = useState("");
  const [capability, setCapability] = useState("");
  const [client, setClient] = useState("");
  // What is typed, kept apart from the applied filter so a re-render never wipes it.
  const [clientDraft, setClientDraft] = useState("");
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const [page, setPage] = useState<Page<Session> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const cursor = cursors.at(-1);
  useEffect(() => {
    // A reply to an earlier filter that lands after a newer one's is dropped, not shown.
    let current = true;
    get<Page<Session>>("/sessions", {
      status,
      agentId,
      capability,
      clientId: client.trim(),
      limit: PAGE,
      cursor,
    })
      .then((p) => {
        if (!current) return;
        setPage(p);
        setError(null);
      }).catch((e) => current && setError(e));
    return () => {
      current = false;
    };
  }, [status, agentId, capability, client, cursor, changes]);
  const reset = <T>(set: (v: T) => void) => (v: T) => {
    set(v);
    setCursors([undefined]);
  };
  const items = page?.items ?? [];
  const agents = (state.fleet?.agents ?? []).filter((a) => a.status !== "deregistered");
  const capabilities = [...new Set(agents.flatMap((a) => a.capabilities))].sort();
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  return html`
    <div class="view">
      <div class="view-head">
        <h1>Sessions</h1>
      </div>
      <div class="filters" role="search">
        <label class="field inline">Status <select value=${status}
            onChange=${(e: Event) => reset(setStatus)(value(e))}>
            ${STATUSES.map((s) => html`<option value=${s}>${s || "any"}</option>`)}</select></label>
        <label class="field inline">Agent <select value=${agentId}
            onChange=${(e: Event) => reset(setAgentId)(value(e))}>
            <option value="">any</option>
            ${agents.map((a) => html`<option value=${a.id}>${a.name}</option>`)}</select></label>
        <label class="field inline">Capability <select value=${capability}
            onChange=${(e: Event) => reset(setCapability)(value(e))}>
            <option value="">any</option>
            ${capabilities.map((c) => html`<option value=${c}>${c}</option>`)}</select></label>
        <label
          class="field inline">Client <input type="search" value=${clientDraft} placeholder="client id"
            onInput=${(e: Event) => setClientDraft(value(e))}
            onChange=${(e: Event) => reset(setClient)(value(e))} /></label>
      </div>
      <${ErrorNote} error=${error} />
      <${SessionTable} sessions=${items} />
      <div class="pager" role="navigation" aria-label="pages">
        <button type="button" disabled=${cursors.length <= 1}
          onClick=${() => setCursors(cursors.slice(0, -1))}>← Newer</button>
        <span class="muted">page ${cursors.length}</span>
        <button type="button" disabled=${!page?.nextCursor}
          onClick=${() => setCursors([...cursors, Number(page!.nextCursor)])}>Older →</button>
      </div>
    </div>
  `;
}
