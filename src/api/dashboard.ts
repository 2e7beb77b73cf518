import { Hono } from "hono";

/**
 * `GET /`: a one-page dashboard with no build step and no outside assets.
 * It reads the operator API with a key the operator pastes (kept in the
 * browser's localStorage, never sent anywhere else) and refreshes every two
 * seconds: the fleet, live sessions and the traffic summary.
 */
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Switchboard</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font: 14px system-ui, sans-serif; margin: 2rem; color: #1d2330; background: #f6f7f9; }
  h1 { font-size: 1.3rem; margin: 0 0 1rem; } h2 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #e4e6eb; }
  th { font-weight: 600; color: #5a6270; } .healthy { color: #117a37; } .suspect { color: #a86400; }
  .unhealthy, .deregistered { color: #b3261e; } .draining { color: #5b4bb7; }
  #summary span { display: inline-block; margin-right: 1.5rem; } #error { color: #b3261e; }
  input { width: 32rem; padding: .3rem; }
</style></head><body>
<h1>Switchboard</h1>
<p><label>API key or token <input id="key" type="password" placeholder="sbk_… (see ./data/admin-api-key)"></label>
<span id="error"></span></p>
<div id="summary"></div>
<h2>Agents</h2><table><thead><tr><th>id</th><th>status</th><th>capabilities</th><th>version</th>
<th>weight</th><th>sessions</th><th>last heartbeat</th></tr></thead><tbody id="agents"></tbody></table>
<h2>Sessions</h2><table><thead><tr><th>id</th><th>status</th><th>capability</th><th>agent</th>
<th>client</th><th>opened</th><th>frames in/out</th></tr></thead><tbody id="sessions"></tbody></table>
<script>
const keyInput = document.getElementById("key");
keyInput.value = localStorage.getItem("switchboard-key") ?? "";
keyInput.onchange = () => { localStorage.setItem("switchboard-key", keyInput.value); refresh(); };
const esc = (v) => String(v ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
async function get(path) {
  const res = await fetch("/api/v1" + path, { headers: { authorization: "Bearer " + keyInput.value } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error?.message ?? res.status);
  return body;
}
async function refresh() {
  try {
    const [agents, sessions, summary] = await Promise.all([
      get("/agents?limit=200"), get("/sessions?limit=100"), get("/metrics/summary"),
    ]);
    document.getElementById("error").textContent = "";
    document.getElementById("agents").innerHTML = agents.items.map((a) =>
      "<tr><td>" + esc(a.id) + "</td><td class=" + esc(a.status) + ">" + esc(a.status) + "</td><td>" +
      esc(a.capabilities.join(", ")) + "</td><td>" + esc(a.version) + "</td><td>" + esc(a.weight) +
      "</td><td>" + esc(a.currentSessions) + "</td><td>" + esc(a.lastHeartbeatAt) + "</td></tr>").join("");
    document.getElementById("sessions").innerHTML = sessions.items.map((s) =>
      "<tr><td>" + esc(s.id) + "</td><td>" + esc(s.status) + "</td><td>" + esc(s.capability ?? s.agentType) +
      "</td><td>" + esc(s.agentId) + "</td><td>" + esc(s.clientId) + "</td><td>" + esc(s.openedAt) +
      "</td><td>" + esc(s.traffic?.framesIn) + " / " + esc(s.traffic?.framesOut) + "</td></tr>").join("");
    document.getElementById("summary").innerHTML =
      "<span>live sessions: <b>" + esc(summary.sessions?.live) + "</b></span>" +
      "<span>agents: <b>" + esc(summary.agents?.total) + "</b></span>" +
      "<span>frames/s: <b>" + esc(Number(summary.framesPerSecond ?? 0).toFixed(1)) + "</b></span>" +
      "<span>bytes/s: <b>" + esc(Number(summary.bytesPerSecond ?? 0).toFixed(0)) + "</b></span>" +
      "<span>error rate: <b>" + esc(summary.errorRate) + "</b></span>";
  } catch (error) {
    document.getElementById("error").textContent = keyInput.value ? String(error.message) : "paste a key to see the fleet";
  }
}
refresh();
setInterval(refresh, 2000);
</script></body></html>`;

export function dashboardRoutes(): Hono {
  const app = new Hono();
  app.get("/", (c) =>
    c.html(page, 200, {
      // The page runs only its own inline script and talks only to this origin.
      "content-security-policy":
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'",
    }));
  return app;
}
