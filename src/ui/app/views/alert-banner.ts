import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { get, hasRoute } from "../api.ts";
import { useChanges } from "../store.ts";

interface Alert {
  id: string;
  ruleId: string;
  state: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  severity?: string;
  value?: number;
}

/** A banner naming the firing alerts; absent when none fire. */
export function AlertBanner() {
  const changes = useChanges("alerts");
  const [firing, setFiring] = useState<Alert[]>([]);
  useEffect(() => {
    if (!hasRoute("GET /alerts")) return;
    get<{ items: Alert[] }>("/alerts", { state: "firing" })
      .then((r) => setFiring(r.items.filter((a) => (a.state ?? "firing") === "firing")))
      .catch(() => setFiring([]));
  }, [changes]);
  if (firing.length === 0) return null;
  return html`<div class="banner bad" role="alert">
    <strong>${firing.length} alert${firing.length > 1 ? "s" : ""} firing:</strong>
    ${
    firing.slice(0, 4).map((a) =>
      html`<a href="#/alerts" class="banner-item">${
        a.labels?.alertname ?? a.annotations?.summary ?? a.ruleId
      }${a.labels?.agent ? ` (${a.labels.agent})` : ""}</a>`
    )
  }${
    firing.length > 4
      ? html`
        and ${firing.length - 4} more
      `
      : null
  }
  </div>`;
}
