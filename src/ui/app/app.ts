import { useEffect, useRef, useState } from "preact/hooks";
import { html } from "./html.ts";
import { loadRoutes, signOut, whenSignedOut, whoAmI } from "./api.ts";
import { connectFeed, disconnectFeed } from "./feed.ts";
import { go, useRoute } from "./router.ts";
import { canAct, live, session, useStore } from "./store.ts";
import { Login } from "./views/login.ts";
import { Overview } from "./views/overview.ts";
import { Distribution } from "./views/distribution.ts";
import { Agents } from "./views/agents.ts";
import { AgentDetailView } from "./views/agent-detail.ts";
import { Sessions } from "./views/sessions.ts";
import { SessionDetailView } from "./views/session-detail.ts";
import { Routing } from "./views/routing.ts";
import { ConfigView } from "./views/config.ts";
import { Log } from "./views/log.ts";
import { Alerts } from "./views/alerts.ts";
import { ThemeToggle } from "./theme.ts";
import { displayName } from "./format.ts";

const NAV = [
  ["overview", "Overview"],
  ["distribution", "Distribution"],
  ["agents", "Agents"],
  ["sessions", "Sessions"],
  ["routing", "Routing"],
  ["config", "Config"],
  ["log", "Log"],
  ["alerts", "Alerts"],
] as const;

function View({ parts }: { parts: string[] }) {
  const [name, id] = parts;
  switch (name) {
    case "distribution":
      return html`<${Distribution} />`;
    case "agents":
      return id ? html`<${AgentDetailView} id=${id} />` : html`<${Agents} />`;
    case "sessions":
      return id ? html`<${SessionDetailView} id=${id} />` : html`<${Sessions} />`;
    case "routing":
      return html`<${Routing} />`;
    case "config":
      return html`<${ConfigView} />`;
    case "log":
      return html`<${Log} />`;
    case "alerts":
      return html`<${Alerts} />`;
    default:
      return html`<${Overview} />`;
  }
}

function Shell() {
  const identity = useStore(session);
  const state = useStore(live);
  const parts = useRoute();
  const current = parts[0] ?? "overview";
  useEffect(() => {
    connectFeed();
    return disconnectFeed;
  }, []);
  // A new view: screen readers and keyboards start at its content, not at the old focus.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("main")?.focus({ preventScroll: true });
    scrollTo(0, 0);
  }, [parts.join("/")]);
  const leave = async () => {
    try {
      await signOut();
    } finally {
      session.set(null);
    }
  };
  return html`
    <div class="shell">
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <div class="brand"><span class="logo" aria-hidden="true">⇄</span> Switchboard</div>
        <nav class="nav" aria-label="Views">
            ${NAV.map(([path, label]) =>
              html`
                <a href=${`#/${path}`} aria-current=${current === path ? "page" : undefined}
                  class=${current === path ? "on" : ""}>${label}</a>
              `
            )}
          </nav>
        <div class="spacer"></div>
        <span class=${`live-dot ${state.connected ? "on" : ""}`} role="status"
          title=${state.connected ? "live feed connected" : "live feed reconnecting"}>
            ${state.connected ? "live" : "offline"}</span>
        <${ThemeToggle} />
        <span class="who" title=${identity?.roles.join(", ")}>
            ${displayName(identity?.sub)} <span class="role">${identity?.roles.join(", ")}</span>
            ${canAct(identity) ? null : html`<span class="badge s-readonly">read-only</span>`}
          </span>
        <button type="button" onClick=${leave}>Sign out</button>
      </header>
      <main id="main" class="main" tabindex="-1">
        <${View} parts=${parts} />
      </main>
    </div>
  `;
}

export function App() {
  const identity = useStore(session);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    whenSignedOut(() => session.set(null));
    Promise.all([whoAmI(), loadRoutes()]).then(([who]) => session.set(who ?? null))
      .catch(setError);
  }, []);
  useEffect(() => {
    if (identity && !location.hash) go("overview");
  }, [identity]);
  if (error) return html`<p class="error" role="alert">${String(error)}</p>`;
  if (identity === undefined) return html`<p class="loading" role="status">Loading…</p>`;
  if (identity === null) return html`<${Login} />`;
  return html`<${Shell} />`;
}
