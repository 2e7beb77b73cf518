import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { get } from "../api.ts";
import { useChanges } from "../store.ts";
import { Card, Empty, ErrorNote, Time } from "../components.ts";

interface Alert {
  id: string;
  ruleId: string;
  state: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  value?: number;
  startsAt?: string;
  endsAt?: string;
}

/** Alerts as the node reports them (GET /alerts?state=all). */
export function Alerts() {
  const changes = useChanges("alerts");
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    get<{ items: Alert[] }>("/alerts", { state: "all" }).then((r) => setAlerts(r.items))
      .catch(setError);
  }, [changes]);
  return html`
    <div class="view">
      <div class="view-head">
        <h1>Alerts</h1>
      </div>
      <${ErrorNote} error=${error} />
      <${Card} title="Alerts">
          ${alerts.length === 0 ? html`<${Empty}>No alert has fired.</${Empty}>` : html`
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">alert</th>
                  <th scope="col">state</th>
                  <th scope="col">value</th>
                  <th scope="col">since</th>
                </tr>
              </thead>
              <tbody>
                    ${alerts.map((a) =>
                      html`
                        <tr>
                          <td>${a.labels?.alertname ?? a.ruleId}</td>
                          <td>${a.state}</td>
                          <td>${a.value ?? "—"}</td>
                          <td>
                            <${Time} at=${a.startsAt} />
                          </td>
                        </tr>
                      `
                    )}</tbody>
            </table>
          `}
        </${Card}>
      </div>
  `;
}
