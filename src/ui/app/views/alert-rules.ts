import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { api, ApiFailure, get, hasRoute } from "../api.ts";
import { canAct, session, useChanges, useStore } from "../store.ts";
import { Card, type ConfirmRequest, Empty, ErrorNote, Segmented } from "../components.ts";
import { Chart } from "../chart.ts";
import {
  type AlertRule,
  type Channel,
  type FiringInterval,
  METRICS,
  OPS,
  type RuleDryRun,
  SEVERITIES,
} from "./alert-types.ts";

const blank: AlertRule = {
  name: "",
  metric: "agent_unhealthy",
  op: ">",
  threshold: 0,
  forSeconds: 0,
  severity: "warning",
};

/** `a=b, c=d` ⇄ `{a: "b", c: "d"}`: selectors and labels typed on one line. */
export function parsePairs(text: string): Record<string, string> | undefined {
  const pairs = text.split(",").map((p) => p.trim()).filter(Boolean).map((p) => {
    const at = p.indexOf("=");
    return at > 0 ? [p.slice(0, at).trim(), p.slice(at + 1).trim()] : [p, ""];
  });
  return pairs.length > 0 ? Object.fromEntries(pairs) : undefined;
}
const pairsText = (r?: Record<string, string>) =>
  Object.entries(r ?? {}).map(([k, v]) => `${k}=${v}`).join(", ");

/** Firing (and pending) series per evaluation step of a dry run: the chart's columns. */
export function dryRunColumns(run: RuleDryRun): (number | null)[][] {
  const from = Date.parse(run.from);
  const to = Date.parse(run.to);
  const step = Math.max(1, run.stepSeconds) * 1000;
  const xs: number[] = [];
  const firing: number[] = [];
  const pending: number[] = [];
  const spans = run.intervals.map((i: FiringInterval) => ({
    active: Date.parse(i.activeAt),
    fired: Date.parse(i.firedAt),
    resolved: i.resolvedAt ? Date.parse(i.resolvedAt) : Infinity,
  }));
  for (let t = from; t <= to; t += step) {
    xs.push(t / 1000);
    firing.push(spans.filter((s) => s.fired <= t && t < s.resolved).length);
    pending.push(spans.filter((s) => s.active <= t && t < s.fired).length);
  }
  return [xs, firing, pending];
}

function RuleEditor(
  { rule, channels, onDone, ask }: {
    rule: AlertRule;
    channels: Channel[];
    onDone: () => void;
    ask: (r: ConfirmRequest) => void;
  },
) {
  const [draft, setDraft] = useState<AlertRule>(rule);
  const [selector, setSelector] = useState(pairsText(rule.selector));
  const [span, setSpan] = useState<"3600" | "86400">("3600");
  const [run, setRun] = useState<RuleDryRun | null>(null);
  const [error, setError] = useState<unknown>(null);
  const set = (patch: Partial<AlertRule>) => setDraft({ ...draft, ...patch });
  const body = (): AlertRule => {
    const { id: _id, ...rest } = draft;
    const sel = parsePairs(selector);
    return { ...rest, ...(sel ? { selector: sel } : { selector: undefined }) };
  };
  const dryRun = async () => {
    setError(null);
    try {
      setRun(
        await api<RuleDryRun>("POST", "/alert-rules/dry-run", {
          rule: body(),
          windowSeconds: Number(span),
        }),
      );
    } catch (err) {
      setRun(null);
      setError(err);
    }
  };
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      if (draft.id) await api("PUT", `/alert-rules/${encodeURIComponent(draft.id)}`, body());
      else await api("POST", "/alert-rules", body());
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  return html`<form class="rule-editor" onSubmit=${save} aria-label="alert rule">
    <div class="form-grid">
      <label class="field">Name<input required value=${draft.name}
        onInput=${(e: Event) => set({ name: value(e) })} /></label>
      <label class="field">Metric<select value=${draft.metric}
        onChange=${(e: Event) => set({ metric: value(e) })}>
        ${METRICS.map((m) => html`<option value=${m}>${m}</option>`)}</select></label>
      <label class="field">Selector<input value=${selector} placeholder="agentId=…, capability=…"
        onInput=${(e: Event) => setSelector(value(e))} /></label>
      <label class="field">Condition<span class="row tight"><select value=${draft.op}
        aria-label="operator" onChange=${(e: Event) => set({ op: value(e) })}>
        ${OPS.map((o) => html`<option value=${o}>${o}</option>`)}</select>
        <input type="number" step="any" aria-label="threshold" value=${draft.threshold}
          onInput=${(e: Event) => set({ threshold: Number(value(e)) })} /></span></label>
      <label class="field">For (seconds)<input type="number" min="0" value=${draft.forSeconds}
        onInput=${(e: Event) => set({ forSeconds: Number(value(e)) })} /></label>
      <label class="field">Severity<select value=${draft.severity}
        onChange=${(e: Event) => set({ severity: value(e) })}>
        ${SEVERITIES.map((s) => html`<option value=${s}>${s}</option>`)}</select></label>
    </div>
    ${
    channels.length > 0
      ? html`<fieldset class="channels"><legend>Notify</legend>${
        channels.map((c) =>
          html`<label class="check"><input type="checkbox"
          checked=${draft.channels?.includes(c.id) ?? false}
          onChange=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            const rest = (draft.channels ?? []).filter((id) => id !== c.id);
            set({ channels: on ? [...rest, c.id] : rest });
          }} />${c.name}</label>`
        )
      }</fieldset>`
      : null
  }
    <${ErrorNote} error=${error} />
    ${
    run
      ? html`
        <${Chart} title="Dry run: series firing (and pending) over the window"
          format=${(v: number) => Number.isInteger(v) ? String(v) : ""}
          series=${[{ label: "firing", color: "var(--bad)" }, {
            label: "pending",
            color: "var(--warn)",
          }]}
          data=${dryRunColumns(run)} range=${[
            Date.parse(run.from) / 1000,
            Date.parse(run.to) / 1000,
          ]}
          emptyText="would not have fired" />
        <p class="hint">${`${run.evaluations} evaluations from ${run.source}: it would have fired ` +
          `${run.intervals.length} time${run.intervals.length === 1 ? "" : "s"}.`}</p>
      `
      : null
  }
    <div class="row end">
      ${
    hasRoute("POST /alert-rules/dry-run")
      ? html`
        <${Segmented} label="Dry-run window" value=${span} onChange=${setSpan}
          options=${[{ value: "3600", label: "1 h" }, { value: "86400", label: "24 h" }]} />
        <button type="button" onClick=${dryRun}>Dry run</button>
      `
      : null
  }
      <div class="spacer"></div>
      ${
    draft.id
      ? html`<button type="button" class="danger" onClick=${() =>
        ask({
          title: `Delete rule ${draft.name}?`,
          confirmLabel: "Delete",
          danger: true,
          run: async () => {
            await api("DELETE", `/alert-rules/${encodeURIComponent(draft.id!)}`);
            onDone();
          },
        })}>Delete</button>`
      : null
  }
      <button type="button" onClick=${onDone}>Cancel</button>
      <button type="submit" class="primary">${draft.id ? "Save rule" : "Create rule"}</button>
    </div>
  </form>`;
}

/** The alert rules, and one open in the editor (new or existing) with its dry run. */
export function AlertRules({ ask }: { ask: (r: ConfirmRequest) => void }) {
  const identity = useStore(session);
  const changes = useChanges("alerts");
  const [rules, setRules] = useState<AlertRule[]>([]);
  const [channels, setChannels] = useState<Channel[]>([]);
  const [editing, setEditing] = useState<AlertRule | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    get<{ items: AlertRule[] } | { rules: AlertRule[] }>("/alert-rules")
      .then((r) => setRules("items" in r ? r.items : r.rules)).catch(setError);
    if (hasRoute("GET /notification-channels")) {
      get<{ items: Channel[] }>("/notification-channels").then((r) => setChannels(r.items))
        .catch((err) => {
          if (!(err instanceof ApiFailure && err.status === 403)) setError(err);
        });
    }
  }, [changes, reload]);
  const acting = canAct(identity);
  return html`<${Card} title="Rules" actions=${
    acting && !editing
      ? html`<button type="button" class="primary" onClick=${() =>
        setEditing(blank)}>New rule</button>`
      : null
  }>
    <${ErrorNote} error=${error} />
    ${
    editing
      ? html`
        <${RuleEditor} rule=${editing} channels=${channels} ask=${ask}
          onDone=${() => {
            setEditing(null);
            setReload((n) => n + 1);
          }} />
      `
      : null
  }
    ${
    rules.length === 0 ? html`<${Empty}>No rule.</${Empty}>` : html`
      <table class="table compact" aria-label="alert rules">
        <thead>
          <tr><th scope="col">rule</th>
        <th scope="col">condition</th><th scope="col">for</th><th scope="col">severity</th>
        <th scope="col" class="hide-narrow">notify</th>${acting
          ? html`<th scope="col"></th>`
          : null}
          </tr>
        </thead>
        <tbody>
      ${rules.map((r) =>
        html`<tr><td>${r.name}</td>
          <td><code>${r.metric}${
          r.selector ? `{${pairsText(r.selector)}}` : ""
        } ${r.op} ${r.threshold}</code></td>
          <td>${r.forSeconds}s</td><td>${r.severity}</td>
          <td class="hide-narrow">${
          (r.channels ?? []).map((id) =>
            html`<span class="tag">${
              channels.find((c) => c.id === id)?.name ?? id.slice(0, 8)
            }</span>`
          )
        }</td>
          ${
          acting
            ? html`<td><button type="button" onClick=${() => setEditing(r)}>Edit</button></td>`
            : null
        }</tr>`
      )}</tbody>
      </table>
    `
  }
  </${Card}>`;
}
