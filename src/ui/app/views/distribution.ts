import { html } from "../html.ts";
import { live, useStore } from "../store.ts";
import { Card, Empty, StatusBadge } from "../components.ts";
import type { Agent } from "../types.ts";
import { ClusterSummary } from "./cluster.ts";

/** Spread of sessions over a capability's agents: coefficient of variation (0 = even). */
export function imbalance(counts: number[]): number {
  if (counts.length < 2) return 0;
  const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
  if (mean === 0) return 0;
  const variance = counts.reduce((a, b) => a + (b - mean) ** 2, 0) / counts.length;
  return Math.sqrt(variance) / mean;
}

function groups(agents: Agent[]): [string, Agent[]][] {
  const by = new Map<string, Agent[]>();
  for (const agent of agents) {
    if (agent.status === "deregistered") continue;
    for (const cap of agent.capabilities) by.set(cap, [...(by.get(cap) ?? []), agent]);
  }
  return [...by.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Connection distribution: one bar per agent, grouped by capability, scaled
 * to the busiest agent of the fleet, with each group's imbalance spelled out.
 */
export function Distribution() {
  const state = useStore(live);
  const agents = state.fleet?.agents ?? [];
  const all = groups(agents);
  const max = Math.max(1, ...agents.map((a) => a.currentSessions));
  return html`<div class="view">
    <div class="view-head"><h1>Connection distribution</h1></div>
    ${all.length === 0 ? html`<${Empty}>No agents registered.</${Empty}>` : null}
    <div class="dist-grid">
    ${
    all.map(([capability, members]) => {
      const counts = members.map((a) => a.currentSessions);
      const total = counts.reduce((a, b) => a + b, 0);
      const cv = imbalance(counts);
      const tone = cv > 0.5 ? "bad" : cv > 0.25 ? "warn" : "good";
      return html`
        <${Card} title=${capability}
          actions=${html`
            <span class=${`badge t-${tone}`}
              title="standard deviation over mean of sessions per agent">
                      ${total} sessions · imbalance ${(cv * 100).toFixed(0)}%</span>
          `}>
          <ul class="bars" aria-label=${`sessions per agent for ${capability}`}>
                ${[...members].sort((a, b) => b.currentSessions - a.currentSessions).map((a) =>
                  html`
                    <li class="bar-row">
                      <a class="bar-name" href=${`#/agents/${encodeURIComponent(a.id)}`}>${a
                        .name}</a>
                      <span class="bar-track" role="meter" aria-valuemin="0" aria-valuemax=${max}
                        aria-valuenow=${a.currentSessions} aria-label=${`${a.name} sessions`}>
                                  <span class=${`bar-fill s-${a.status}`} style=${{
                                    width: `${(a.currentSessions / max) * 100}%`,
                                  }}></span></span>
                      <span class="bar-value">${a.currentSessions}</span>
                      <${StatusBadge} status=${a.status} maintenance=${a.maintenance} />
                    </li>
                  `
                )}
                </ul>
          </${Card}>
      `;
    })
  }
    </div>
    <${Card} title="Per node"><${ClusterSummary} /></${Card}>
  </div>`;
}
