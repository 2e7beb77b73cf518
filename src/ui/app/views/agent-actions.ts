import { html } from "../html.ts";
import { api } from "../api.ts";
import type { ConfirmRequest } from "../components.ts";
import type { Agent } from "../types.ts";

const path = (a: Agent, action = "") => `/agents/${encodeURIComponent(a.id)}${action}`;

/** The operator's actions on one agent, each through a confirmation. */
export function AgentActions(
  { agent, ask, compact }: {
    agent: Agent;
    ask: (r: ConfirmRequest) => void;
    compact?: boolean;
  },
) {
  if (agent.status === "deregistered") return null;
  const name = html`<strong>${agent.name}</strong>`;
  const buttons = [
    agent.draining
      ? html`<button type="button" onClick=${() =>
        ask({
          title: `Undrain ${agent.name}?`,
          body: html`<p>${name} takes new sessions again.</p>`,
          confirmLabel: "Undrain",
          run: () => api("POST", path(agent, "/undrain"), {}),
        })}>Undrain</button>`
      : html`<button type="button" onClick=${() =>
        ask({
          title: `Drain ${agent.name}?`,
          body: html`<p>${name} takes no new sessions; its ${agent.currentSessions} sessions stay
            until they end.</p>`,
          confirmLabel: "Drain",
          run: () => api("POST", path(agent, "/drain"), {}),
        })}>Drain</button>`,
    html`<button type="button" onClick=${() =>
      ask({
        title: `${agent.maintenance ? "End" : "Start"} maintenance on ${agent.name}?`,
        body: html`<p>${
          agent.maintenance
            ? "It takes new sessions again."
            : "It is drained and marked as in maintenance."
        }</p>`,
        confirmLabel: agent.maintenance ? "End maintenance" : "Start maintenance",
        run: () => api("POST", path(agent, "/maintenance"), { on: !agent.maintenance }),
      })}>${agent.maintenance ? "End maint." : "Maintenance"}</button>`,
    html`<button type="button" onClick=${() =>
      ask({
        title: `Weight of ${agent.name}`,
        body: html`<p>Weighted strategies send it sessions in proportion (0–1000).</p>`,
        confirmLabel: "Set weight",
        input: { label: "Weight", value: String(agent.weight ?? 1), type: "number" },
        run: (value) => api("POST", path(agent, "/weight"), { weight: Number(value) }),
      })}>Weight</button>`,
    html`<button type="button" class="warn" onClick=${() =>
      ask({
        title: `Eject ${agent.name}?`,
        body: html`<p>${name} is marked unhealthy at once and its sessions move to other agents.
          Its heartbeats bring it back.</p>`,
        confirmLabel: "Eject",
        danger: true,
        run: () => api("POST", path(agent, "/eject"), {}),
      })}>Eject</button>`,
    html`<button type="button" class="danger" onClick=${() =>
      ask({
        title: `Deregister ${agent.name}?`,
        body: html`<p>${name} leaves the registry; its sessions move to other agents.</p>`,
        confirmLabel: "Deregister",
        danger: true,
        run: () => api("DELETE", path(agent)),
      })}>Deregister</button>`,
  ];
  return html`
    <div class=${`actions ${compact ? "compact" : ""}`} role="group"
      aria-label=${`actions for ${agent.name}`}>${buttons}</div>
  `;
}
