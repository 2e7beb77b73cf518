import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { api, get, hasRoute } from "../api.ts";
import { agentName, canAct, live, session, useChanges, useStore } from "../store.ts";
import { Card, ConfirmDialog, type ConfirmRequest, Empty, ErrorNote } from "../components.ts";
import type { RoutingPolicy } from "../types.ts";

/** What each built-in strategy does, in a line. */
const ABOUT: Record<string, string> = {
  "round-robin": "each healthy agent in turn",
  "weighted-round-robin": "in turn, in proportion to each agent's weight",
  "least-connections": "the agent with the fewest live sessions",
  "consistent-hash": "the same client to the same agent while the fleet stays",
  "capability": "the best match for the requested capability",
};

interface RoutingList {
  strategies: string[];
  items: { capability: string; policy: RoutingPolicy }[];
}

function PolicyEditor(
  { capability, policy, strategies, editable, ask }: {
    capability: string;
    policy: RoutingPolicy;
    strategies: string[];
    editable: boolean;
    ask: (r: ConfirmRequest) => void;
  },
) {
  const [draft, setDraft] = useState<RoutingPolicy>(policy);
  useEffect(() => setDraft(policy), [JSON.stringify(policy)]);
  const changed = JSON.stringify(draft) !== JSON.stringify(policy);
  const set = (patch: Partial<RoutingPolicy>) => setDraft({ ...draft, ...patch });
  const idFor = (field: string) => `routing-${capability}-${field}`;
  const [trial, setTrial] = useState<RoutingTrial | null>(null);
  const [trialError, setTrialError] = useState<unknown>(null);
  const policyBody = () => {
    const body: Record<string, unknown> = {
      strategy: draft.strategy,
      sticky: draft.sticky,
      failover: draft.failover,
      retryAfterSeconds: draft.retryAfterSeconds,
    };
    if (draft.fallbackCapability) body.fallbackCapability = draft.fallbackCapability;
    return body;
  };
  const tryIt = async () => {
    setTrialError(null);
    try {
      setTrial(
        await api<RoutingTrial>("POST", "/routing/dry-run", {
          capability,
          policy: policyBody(),
          limit: 100,
        }),
      );
    } catch (err) {
      setTrial(null);
      setTrialError(err);
    }
  };
  const save = (e: Event) => {
    e.preventDefault();
    ask({
      title: `Change routing of ${capability}?`,
      body: html`<p>New sessions for <strong>${capability}</strong> are routed by
        <strong>${draft.strategy}</strong>${draft.sticky ? ", sticky" : ""}${
        draft.failover ? ", with failover" : ""
      }.</p>`,
      confirmLabel: "Apply",
      run: () => api("PUT", "/routing", { capability, policy: policyBody() }),
    });
  };
  return html`<form class="policy" onSubmit=${save} aria-label=${`routing policy for ${capability}`}>
    <h3>${capability}</h3>
    <label class="field" for=${idFor("strategy")}>Strategy
      <select id=${idFor("strategy")} name="strategy" disabled=${!editable} value=${draft.strategy}
        onChange=${(e: Event) => set({ strategy: (e.target as HTMLSelectElement).value })}>
        ${strategies.map((s) => html`<option value=${s}>${s}</option>`)}
      </select></label>
    <p class="hint">${ABOUT[draft.strategy] ?? "a plugged-in strategy"}</p>
    <label class="check"><input type="checkbox" checked=${draft.sticky} disabled=${!editable}
      onChange=${(e: Event) =>
    set({ sticky: (e.target as HTMLInputElement).checked })} /> sticky sessions</label>
    <label class="check"><input type="checkbox" checked=${draft.failover} disabled=${!editable}
      onChange=${(e: Event) =>
    set({ failover: (e.target as HTMLInputElement).checked })} /> failover</label>
    <label class="field">Fallback capability
      <input value=${draft.fallbackCapability ?? ""} disabled=${!editable} placeholder="none"
        onInput=${(e: Event) =>
    set({ fallbackCapability: (e.target as HTMLInputElement).value || undefined })} /></label>
    <label class="field">Retry after (s)
      <input type="number" min="1" max="3600" value=${draft.retryAfterSeconds} disabled=${!editable}
        onInput=${(e: Event) =>
    set({ retryAfterSeconds: Number((e.target as HTMLInputElement).value) })} /></label>
    ${
    editable
      ? html`<div class="row end">
        ${
        hasRoute("POST /routing/dry-run")
          ? html`
            <button type="button" onClick=${tryIt}
              title="replay the last 100 sessions of this capability under this policy">Dry run</button>
          `
          : null
      }
        <button type="button" disabled=${!changed} onClick=${() => setDraft(policy)}>Reset</button>
        <button type="submit" class="primary" disabled=${!changed}>Save</button></div>`
      : null
  }
  <${ErrorNote} error=${trialError} />
  ${trial ? html`<${TrialResult} trial=${trial} />` : null}
  </form>`;
}

/** POST /routing/dry-run (the notify helper's route): recorded sessions routed again. */
interface RoutingTrial {
  sessions: number;
  summary: {
    changed: number;
    unchanged: number;
    unroutable: number;
    before: Record<string, number>;
    after: Record<string, number>;
  };
}

function TrialResult({ trial }: { trial: RoutingTrial }) {
  const agents = useStore(live).fleet?.agents;
  const ids = [
    ...new Set([...Object.keys(trial.summary.before), ...Object.keys(trial.summary.after)]),
  ]
    .sort();
  return html`
    <div class="trial" aria-label="dry run result">
      <p class="hint">Of the last ${trial.sessions} sessions, ${trial.summary
        .changed} would have gone
          elsewhere, ${trial.summary.unroutable} nowhere; ${trial.summary.unchanged} the same.</p>
      <table class="table compact">
        <thead>
          <tr>
            <th scope="col">agent</th>
            <th scope="col" class="num">as routed</th>
            <th scope="col" class="num">under this policy</th>
          </tr>
        </thead>
        <tbody>${ids.map((id) =>
          html`
            <tr>
              <td>${agentName(agents, id)}</td>
              <td class="num">${trial.summary.before[id] ?? 0}</td>
              <td class="num">${trial.summary.after[id] ?? 0}</td>
            </tr>
          `
        )}</tbody>
      </table>
    </div>
  `;
}

/** The routing policy of each capability, edited in place and applied with a confirmation. */
export function Routing() {
  const identity = useStore(session);
  const changes = useChanges("routing", "agents");
  const [list, setList] = useState<RoutingList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  useEffect(() => {
    get<RoutingList>("/routing").then(setList).catch(setError);
  }, [changes]);
  const editable = canAct(identity);
  return html`<div class="view">
    <div class="view-head"><h1>Routing</h1></div>
    <${ErrorNote} error=${error} />
    ${
    list && list.items.length === 0 ? html`<${Empty}>No capability is known yet.</${Empty}>` : null
  }
    <div class="policies">
      ${
    list?.items.map((item) =>
      html`
        <${Card}>
          <${PolicyEditor} capability=${item.capability} policy=${item.policy}
            strategies=${list.strategies} editable=${editable} ask=${setConfirm} />
          </${Card}>
      `
    )
  }
    </div>
    <${ConfirmDialog} request=${confirm} onClose=${() => setConfirm(null)} />
  </div>`;
}
