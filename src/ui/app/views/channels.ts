import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { api, get } from "../api.ts";
import { canAct, session, useChanges, useStore } from "../store.ts";
import { Card, type ConfirmRequest, Empty, ErrorNote, Time } from "../components.ts";
import type { Channel } from "./alert-types.ts";

interface Delivery {
  alertId?: string;
  status?: string;
  outcome?: string;
  attempt?: number;
  httpStatus?: number;
  at?: string;
  error?: string;
}

function Deliveries({ id }: { id: string }) {
  const [items, setItems] = useState<Delivery[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    get<{ items: Delivery[] }>(`/notification-channels/${encodeURIComponent(id)}/deliveries`, {
      limit: 20,
    }).then((r) => setItems(r.items)).catch(setError);
  }, [id]);
  if (error) return html`<${ErrorNote} error=${error} />`;
  if (!items) return html`<p class="loading">Loading…</p>`;
  if (items.length === 0) return html`<${Empty}>Nothing delivered yet.</${Empty}>`;
  return html`<ol class="timeline">${
    items.map((d) =>
      html`<li><${Time} at=${d.at} /> <span>${d.status ?? d.outcome ?? ""}</span>
      ${d.httpStatus ? html`<code>HTTP ${d.httpStatus}</code>` : null}
      ${d.attempt ? html`<span class="muted">attempt ${d.attempt}</span>` : null}
      ${d.error ? html`<span class="error">${d.error}</span>` : null}</li>`
    )
  }</ol>`;
}

/** Notification channels: webhooks with an optional HMAC secret (never shown back). */
export function Channels({ ask }: { ask: (r: ConfirmRequest) => void }) {
  const identity = useStore(session);
  const changes = useChanges("alerts");
  const [items, setItems] = useState<Channel[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [secret, setSecret] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    get<{ items: Channel[] }>("/notification-channels").then((r) => setItems(r.items))
      .catch(setError);
  }, [changes, reload]);
  const create = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await api("POST", "/notification-channels", {
        name,
        type: "webhook",
        url,
        ...(secret ? { secret } : {}),
      });
      setName("");
      setUrl("");
      setSecret("");
      setReload((n) => n + 1);
    } catch (err) {
      setError(err);
    }
  };
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  return html`<${Card} title="Notification channels">
    <${ErrorNote} error=${error} />
    ${
    items.length === 0 ? html`<${Empty}>No channel.</${Empty}>` : html`
      <table class="table compact" aria-label="notification channels">
        <thead>
          <tr>
            <th scope="col">channel</th>
            <th scope="col">url</th>
            <th scope="col">signed</th>
            <th scope="col"></th>
          </tr>
        </thead>
        <tbody>${items.map((c) =>
          html`
            <tr>
              <td>${c.name}</td>
              <td><code>${c.url}</code></td>
              <td>${c.signed ? "yes" : "no"}</td>
              <td>
                <div class="actions compact">
                        <button type="button" aria-expanded=${open === c.id}
                          onClick=${() => setOpen(open === c.id ? null : c.id)}>Deliveries</button>
                        ${canAct(identity)
                          ? html`<button type="button" class="danger" onClick=${() =>
                            ask({
                              title: `Delete channel ${c.name}?`,
                              confirmLabel: "Delete",
                              danger: true,
                              run: async () => {
                                await api(
                                  "DELETE",
                                  `/notification-channels/${encodeURIComponent(c.id)}`,
                                );
                                setReload((n) => n + 1);
                              },
                            })}>Delete</button>`
                          : null}</div>
              </td>
            </tr>
                      ${open === c.id
                        ? html`
                          <tr>
                            <td colspan="4">
                              <${Deliveries} id=${c.id} />
                            </td>
                          </tr>
                        `
                        : null}
          `
        )}</tbody>
      </table>
    `
  }
    ${
    canAct(identity)
      ? html`
        <form class="row" onSubmit=${create} aria-label="new notification channel">
          <label class="field inline">Name<input required value=${name}
                  onInput=${(e: Event) => setName(value(e))} /></label>
          <label class="field inline">Webhook URL<input required type="url" value=${url}
                  onInput=${(e: Event) => setUrl(value(e))} /></label>
          <label class="field inline">Secret<input type="password" minlength="16" value=${secret}
                  autocomplete="off" onInput=${(e: Event) => setSecret(value(e))} /></label>
          <button type="submit">Add channel</button>
        </form>
      `
      : null
  }
  </${Card}>`;
}
