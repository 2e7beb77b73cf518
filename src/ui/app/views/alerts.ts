import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { api, get, hasRoute } from "../api.ts";
import { canAct, session, useChanges, useStore } from "../store.ts";
import {
  Card,
  ConfirmDialog,
  type ConfirmRequest,
  Empty,
  ErrorNote,
  Segmented,
  Time,
} from "../components.ts";
import { AlertRules } from "./alert-rules.ts";
import { Channels } from "./channels.ts";
import type { Alert, Silence } from "./alert-types.ts";

type State = "firing" | "resolved" | "all";

export const alertName = (a: Alert) => a.labels?.alertname ?? a.annotations?.summary ?? a.ruleId;

/** The labels an alert carries besides its name, as `key=value` tags. */
function Labels({ labels }: { labels?: Record<string, string> }) {
  const entries = Object.entries(labels ?? {}).filter(([k]) => k !== "alertname");
  return html`${entries.map(([k, v]) => html`<span class="tag">${k}=${v}</span>`)}`;
}

function Silences({ ask }: { ask: (r: ConfirmRequest) => void }) {
  const identity = useStore(session);
  const changes = useChanges("alerts");
  const [items, setItems] = useState<Silence[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    get<{ items: Silence[] }>("/silences", { state: "all" }).then((r) => setItems(r.items))
      .catch(setError);
  }, [changes]);
  return html`<${Card} title="Silences">
    <${ErrorNote} error=${error} />
    ${
    items.length === 0 ? html`<${Empty}>No silence.</${Empty}>` : html`
      <table class="table compact" aria-label="silences">
        <thead>
          <tr><th scope="col">matchers</th>
        <th scope="col">until</th><th scope="col" class="hide-narrow">comment</th><th scope="col">state</th>
        ${canAct(identity) ? html`<th scope="col"></th>` : null}</tr>
        </thead>
        <tbody>
        ${items.map((s) =>
          html`<tr><td>${
            s.matchers.map((m) =>
              html`<span class="tag">${m.name}${m.isEqual === false ? "!" : ""}${
                m.isRegex ? "=~" : "="
              }${m.value}</span>`
            )
          }</td><td><${Time} at=${s.endsAt} /></td><td class="hide-narrow">${s.comment ?? ""}</td>
          <td>${s.state ?? ""}</td>
          ${
            canAct(identity)
              ? html`<td>${
                s.state !== "expired"
                  ? html`<button type="button" onClick=${() =>
                    ask({
                      title: "Expire this silence?",
                      confirmLabel: "Expire",
                      run: () =>
                        api("DELETE", `/silences/${encodeURIComponent(s.id ?? s.silenceId)}`),
                    })}>Expire</button>`
                  : null
              }</td>`
              : null
          }</tr>`
        )}</tbody>
      </table>
    `
  }
  </${Card}>`;
}

/**
 * Alerts (issue 14's API): firing and resolved, acknowledge, silence for a
 * while; the rules with a dry-run chart; the notification channels. Parts
 * the node does not serve (no route in its OpenAPI) are not shown.
 */
export function Alerts() {
  const identity = useStore(session);
  const changes = useChanges("alerts");
  const [state, setState] = useState<State>("firing");
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  useEffect(() => {
    get<{ items: Alert[] }>("/alerts", { state }).then((r) => {
      setAlerts(r.items);
      setError(null);
    }).catch(setError);
  }, [changes, state]);
  const acting = canAct(identity);
  const ack = (a: Alert) =>
    setConfirm({
      title: `Acknowledge ${alertName(a)}?`,
      body: html`<p>It keeps firing; the acknowledgement says someone is on it.</p>`,
      confirmLabel: "Acknowledge",
      input: { label: "Comment", value: "on it" },
      run: (comment) =>
        api("POST", `/alerts/${encodeURIComponent(a.id)}/ack`, comment ? { comment } : {}),
    });
  const silence = (a: Alert) =>
    setConfirm({
      title: `Silence ${alertName(a)}?`,
      body: html`
        <p>Notifications for alerts with these labels stop until the silence ends:</p>
        <p>
          <${Labels} labels=${a.labels} />
        </p>
      `,
      confirmLabel: "Silence",
      input: { label: "For how many minutes", value: "60", type: "number" },
      run: (minutes) =>
        api("POST", "/silences", {
          matchers: Object.entries(a.labels ?? { alertname: alertName(a) }).map((
            [name, value],
          ) => ({ name, value, isRegex: false, isEqual: true })),
          endsAt: new Date(Date.now() + Number(minutes) * 60_000).toISOString(),
          comment: `silenced from the UI`,
        }),
    });
  return html`
    <div class="view">
      <div class="view-head">
        <h1>Alerts</h1>
        <div class="spacer"></div>
        <${Segmented} label="Alert state" value=${state} onChange=${setState}
          options=${[
            { value: "firing", label: "Firing" },
            { value: "resolved", label: "Resolved" },
            {
              value: "all",
              label: "All",
            },
          ]} />
      </div>
      <${ErrorNote} error=${error} />
      <${Card} title=${state === "firing"
        ? "Firing"
        : state === "resolved"
        ? "Resolved"
        : "Alerts"}>
          ${alerts.length === 0
            ? html`<${Empty}>No ${state === "all" ? "" : state} alert.</${Empty}>`
            : html`
              <div class="table-wrap">
                <table class="table" aria-label="alerts">
                  <thead>
                    <tr>
                <th scope="col">alert</th><th scope="col">state</th><th scope="col" class="hide-narrow">labels</th>
                <th scope="col" class="num">value</th><th scope="col">since</th><th scope="col">ended</th>
                ${acting ? html`<th scope="col">actions</th>` : null}</tr>
                  </thead>
                  <tbody>
                ${alerts.map((a) =>
                  html`<tr data-alert=${a.id}>
              <td class="alert-name"><strong>${alertName(a)}</strong>${
                    a.severity
                      ? html`
                        <span class=${`badge sev-${a.severity}`}>${a.severity}</span>
                      `
                      : null
                  }</td>
              <td class="alert-name"><span class=${`badge a-${a.state}`}>${a.state}</span>${
                    a.acknowledged || a.ackedAt
                      ? html`
                        <span class="tag" title=${a.acknowledgedBy ?? ""}>acked</span>
                      `
                      : null
                  }${
                    (a.silencedBy?.length ?? 0) > 0 ? html`<span class="tag">silenced</span>` : null
                  }</td>
              <td class="hide-narrow"><${Labels} labels=${a.labels} /></td>
              <td class="num">${a.value ?? "—"}</td>
              <td><${Time} at=${a.startsAt} /></td>
              <td>${a.endsAt ? html`<${Time} at=${a.endsAt} />` : "—"}</td>
              ${
                    acting
                      ? html`
                        <td>
                          <div class="actions compact">
                                          ${a.state === "firing" && !(a.acknowledged || a.ackedAt)
                                            ? html`<button type="button" onClick=${() =>
                                              ack(a)}>Ack</button>`
                                            : null}
                                          ${a.state === "firing"
                                            ? html`<button type="button" onClick=${() =>
                                              silence(a)}>Silence</button>`
                                            : null}</div>
                        </td>
                      `
                      : null
                  }
            </tr>`
                )}</tbody>
                </table>
              </div>
            `}
        </${Card}>
        ${hasRoute("GET /alert-rules") && hasRoute("POST /alert-rules")
          ? html`<${AlertRules} ask=${setConfirm} />`
          : null}
        ${hasRoute("GET /silences") ? html`<${Silences} ask=${setConfirm} />` : null}
        ${hasRoute("GET /notification-channels") ? html`<${Channels} ask=${setConfirm} />` : null}
        <${ConfirmDialog} request=${confirm} onClose=${() => setConfirm(null)} />
      </div>
  `;
}
