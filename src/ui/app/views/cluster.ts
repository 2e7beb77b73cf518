import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { get, hasRoute } from "../api.ts";
import { live, useChanges, useStore } from "../store.ts";
import { Time } from "../components.ts";
import { count, percent } from "../format.ts";
import type { Page, Session } from "../types.ts";

/** GET /nodes (the cli helper's route): one entry per live node. */
interface NodeInfo {
  id: string;
  address: string | null;
  version: string | null;
  startedAt: string | null;
  lastSeen: string;
  partitions: number[];
  sessions: number;
  self: boolean;
}

/** Nodes (GET /nodes where the node has it), sessions per node, read-model positions. */
export function ClusterSummary() {
  const state = useStore(live);
  const changes = useChanges("sessions");
  const [nodes, setNodes] = useState<NodeInfo[] | null>(null);
  const [perEdge, setPerEdge] = useState<Record<string, number>>({});
  useEffect(() => {
    if (!hasRoute("GET /nodes")) return;
    get<{ items: NodeInfo[] }>("/nodes").then((r) => setNodes(r.items)).catch(() => setNodes(null));
  }, [Math.floor(changes / 10)]);
  useEffect(() => {
    get<Page<Session>>("/sessions", { status: "active", limit: 1000 }).then((r) => {
      const counts: Record<string, number> = {};
      for (const s of r.items) counts[s.edgeId ?? "?"] = (counts[s.edgeId ?? "?"] ?? 0) + 1;
      setPerEdge(counts);
    }).catch(() => setPerEdge({}));
  }, [changes]);
  const positions = state.fleet?.summary.positions ?? {};
  const routing = state.fleet?.summary.routing ?? [];
  return html`
    <div class="cluster">
      <div>
          <h3>Nodes</h3>
          ${nodes
            ? html`
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">node</th>
                    <th scope="col" class="num">partitions</th>
                    <th scope="col" class="num">sessions</th>
                    <th scope="col">up since</th>
                  </tr>
                </thead>
                <tbody>
                        ${nodes.map((n) =>
                          html`
                            <tr>
                              <td title=${`${n.address ?? ""} ${n.version ?? ""}`}>${n.id}${n.self
                                ? html`
                                  <span class="tag">this</span>
                                `
                                : null}</td>
                              <td class="num">${n.partitions.length}</td>
                              <td class="num">${count(n.sessions)}</td>
                              <td>
                                <${Time} at=${n.startedAt} />
                              </td>
                            </tr>
                          `
                        )}</tbody>
              </table>
            `
            : html`
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">node (edge)</th>
                    <th scope="col">active sessions</th>
                  </tr>
                </thead>
                <tbody>
                        ${Object.entries(perEdge).map(([edge, n]) =>
                          html`
                            <tr>
                              <td>${edge}</td>
                              <td>${n}</td>
                            </tr>
                          `
                        )}
                        ${Object.keys(perEdge).length === 0
                          ? html`
                            <tr>
                              <td colspan="2" class="muted">no active sessions</td>
                            </tr>
                          `
                          : null}
                        </tbody>
              </table>
            `}
        </div>
      <div>
        <h3>Routing decisions</h3>
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">strategy</th>
              <th scope="col" class="num">routed</th>
              <th scope="col" class="num">failovers</th>
              <th scope="col" class="num">share</th>
            </tr>
          </thead>
          <tbody>
            ${routing.map((r) =>
              html`
                <tr>
                  <td>${r.strategy}</td>
                  <td class="num">${count(r.routed)}</td>
                  <td class="num">${count(r.rebound)}</td>
                  <td class="num">${percent(r.share)}</td>
                </tr>
              `
            )}
            ${routing.length === 0
              ? html`
                <tr>
                  <td colspan="4" class="muted">none yet</td>
                </tr>
              `
              : null}
          </tbody>
        </table>
      </div>
      <div>
        <h3>Read models</h3>
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">projection</th>
              <th scope="col">log position</th>
            </tr>
          </thead>
          <tbody>${Object.entries(positions).map(([name, p]) =>
            html`
              <tr>
                <td>${name}</td>
                <td>${count(p)}</td>
              </tr>
            `
          )}</tbody>
        </table>
      </div>
    </div>
  `;
}
