/**
 * WebSocket relay: round trips per second and latency at 1 and 50 sessions,
 * for the echo agent reached (a) directly, (b) through the edge's front
 * door and tunnel, (c) through nginx (1 worker, and `auto` workers), and
 * (d) through the naive relay (two Deno WebSockets joined by onmessage →
 * send) for reference; API requests through the front door against plain
 * Deno.serve; and the edge's resident memory per open relayed session.
 *
 * Agent, edge, nginx and load clients are separate processes, so no figure
 * is one event loop's. Runs are interleaved and repeated; figures are
 * medians. `cpu_us_per_rt` is the relay process's CPU time per round trip,
 * steadier than throughput on a shared 2-core machine.
 *
 *   deno run -A bench/relay.ts            (RELAY_SECONDS, RELAY_REPEATS, RELAY_MEMORY=2000,8000)
 */
import { startStaticEdge } from "../src/edge/tunnel/static-edge.ts";
import { EdgeMeter } from "../src/edge/edge-meter.ts";
import { SessionMeter } from "../src/edge/session-meter.ts";
import { startBenchNode } from "./bench-node.ts";

const SELF = new URL(import.meta.url).pathname;
const arg = (name: string, fallback = "") =>
  Deno.args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const emit = (figure: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: "relay", ...figure }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const announce = (port: number) => console.log(JSON.stringify({ port }));
const untilStdinEnds = async () => {
  for await (const _ of Deno.stdin.readable) { /* the parent closes stdin to stop us */ }
};

// ---- roles (each a separate process) ------------------------------------------------------

async function agentRole() {
  const server = Deno.serve({
    hostname: "127.0.0.1",
    port: 0,
    onListen: ({ port }) => announce(port),
  }, (req) => {
    const { socket, response } = Deno.upgradeWebSocket(req);
    socket.binaryType = "arraybuffer";
    socket.onmessage = (e) => socket.send(e.data);
    return response;
  });
  await untilStdinEnds();
  await server.shutdown().catch(() => {});
  Deno.exit(0);
}

async function edgeRole() {
  const gc = (globalThis as { gc?: () => void }).gc;
  // `--meter=1`: the tunnels measure relay and response latency as the node's edge does
  // (one meter for all, taken every 10 s like the figures reporter): the cost of measuring.
  const meter = arg("meter") === "1" ? new EdgeMeter() : undefined;
  if (meter) setInterval(() => meter.take(), 10_000);
  const edge = await startStaticEdge({
    ...(meter ? { tunnel: { meter: new SessionMeter(meter, "bench") } } : {}),
    agentUrl: `ws://127.0.0.1:${arg("agent")}/`,
    fallback: (req) => {
      if (new URL(req.url).pathname === "/gc") gc?.();
      return Response.json({ sessions: edge.tunnels.size, ...Deno.memoryUsage() });
    },
  });
  announce(edge.port);
  await untilStdinEnds();
  Deno.exit(0);
}

async function naiveRole() {
  const target = `ws://127.0.0.1:${arg("agent")}/`;
  const server = Deno.serve({
    hostname: "127.0.0.1",
    port: 0,
    onListen: ({ port }) => announce(port),
  }, (req) => {
    const { socket, response } = Deno.upgradeWebSocket(req);
    socket.binaryType = "arraybuffer";
    const up = new WebSocket(target);
    up.binaryType = "arraybuffer";
    const early: (string | ArrayBuffer)[] = [];
    up.onopen = () => early.splice(0).forEach((m) => up.send(m));
    socket.onmessage = (e) =>
      up.readyState === WebSocket.OPEN ? up.send(e.data) : early.push(e.data);
    up.onmessage = (e) => socket.readyState === WebSocket.OPEN && socket.send(e.data);
    socket.onclose = () => up.close();
    up.onclose = () => socket.readyState === WebSocket.OPEN && socket.close();
    return response;
  });
  await untilStdinEnds();
  await server.shutdown().catch(() => {});
  Deno.exit(0);
}

async function apiRole() {
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: ({ port }) => announce(port) },
    () => Response.json({ ok: true, sessions: 0 }),
  );
  await untilStdinEnds();
  await server.shutdown();
}

function opened(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  ws.binaryType = "arraybuffer";
  return new Promise((resolve, reject) => {
    ws.onopen = () => resolve(ws);
    ws.onerror = () => reject(new Error(`cannot open ${url}`));
  });
}

async function loadRole() {
  const [url, sessions, seconds] = [arg("url"), Number(arg("sessions")), Number(arg("seconds"))];
  const payload = new Uint8Array(32);
  const latencies: number[] = [];
  const sockets = await Promise.all(Array.from({ length: sessions }, () => opened(url)));
  const warmEnd = performance.now() + 300;
  const end = warmEnd + seconds * 1000;
  await Promise.all(sockets.map(async (ws) => {
    let answered: () => void = () => {};
    let closed = false;
    ws.onmessage = () => answered();
    ws.onclose = (e) => {
      // A relay that drops a session is a failure of the thing measured: say so, stop counting.
      if (performance.now() < end) console.error(`session closed mid-run: ${e.code} ${e.reason}`);
      closed = true;
      answered();
    };
    while (performance.now() < end && !closed) {
      const t0 = performance.now();
      const echo = new Promise<void>((r) => answered = r);
      ws.send(payload);
      await echo;
      if (t0 >= warmEnd) latencies.push(performance.now() - t0);
    }
    ws.close();
  }));
  latencies.sort((a, b) => a - b);
  const q = (p: number) => round(latencies[Math.floor(latencies.length * p)]! * 1000, 0);
  console.log(
    JSON.stringify({
      rtps: Math.round(latencies.length / seconds),
      p50_us: q(0.5),
      p99_us: q(0.99),
    }),
  );
}

async function httpLoadRole() {
  const [url, concurrency, seconds] = [arg("url"), Number(arg("sessions")), Number(arg("seconds"))];
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await (await fetch(url)).arrayBuffer();
      latencies.push(performance.now() - t0);
    }
  }));
  latencies.sort((a, b) => a - b);
  const q = (p: number) => round(latencies[Math.floor(latencies.length * p)]! * 1000, 0);
  console.log(
    JSON.stringify({
      rtps: Math.round(latencies.length / seconds),
      p50_us: q(0.5),
      p99_us: q(0.99),
    }),
  );
}

async function holdRole() {
  const [url, sessions] = [arg("url"), Number(arg("sessions"))];
  const sockets: WebSocket[] = [];
  let failed = 0;
  for (let i = 0; i < sessions; i += 100) {
    await Promise.all(Array.from({ length: Math.min(100, sessions - i) }, async () => {
      try {
        const ws = await opened(url);
        const echoed = new Promise((r) => ws.onmessage = r);
        ws.send(new Uint8Array(16));
        await echoed;
        sockets.push(ws);
      } catch {
        failed++;
      }
    }));
  }
  console.log(JSON.stringify({ ready: sockets.length, failed }));
  await untilStdinEnds();
  Deno.exit(0);
}

// ---- the orchestrator ---------------------------------------------------------------------

interface Proc {
  child: Deno.ChildProcess;
  port: number;
  pids: () => number[];
  stop(): Promise<void>;
}

/** The first stdout line as JSON; the stream stays usable (unlocked) afterwards. */
async function firstLine(child: Deno.ChildProcess): Promise<Record<string, number>> {
  const reader = child.stdout.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (!text.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`child exited early: ${text}`);
    text += decoder.decode(value, { stream: true });
  }
  reader.releaseLock();
  return JSON.parse(text.slice(0, text.indexOf("\n")));
}

async function spawn(role: string, extra: string[] = [], v8: string[] = []): Promise<Proc> {
  const args = ["run", "-A", ...v8, SELF, `--role=${role}`, ...extra];
  const child = new Deno.Command(Deno.execPath(), {
    args,
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
  })
    .spawn();
  const { port } = await firstLine(child);
  return {
    child,
    port: port!,
    pids: () => [child.pid],
    async stop() {
      await child.stdin.close().catch(() => {});
      await child.stdout.cancel().catch(() => {});
      await child.status;
    },
  };
}

async function runOnce(role: string, extra: string[]): Promise<Record<string, number>> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", SELF, `--role=${role}`, ...extra],
    stdin: "null",
    stderr: "inherit",
  }).output();
  return JSON.parse(new TextDecoder().decode(out.stdout).trim().split("\n").pop()!);
}

/** utime + stime of the processes, in clock ticks (100 per second on Linux). */
async function cpuTicks(pids: number[]): Promise<number> {
  let total = 0;
  for (const pid of pids) {
    const stat = await Deno.readTextFile(`/proc/${pid}/stat`).catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    total += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return total;
}

async function rssKiB(pid: number): Promise<number> {
  const status = await Deno.readTextFile(`/proc/${pid}/status`);
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function startNginx(agentPort: number, workers: string): Promise<Proc | null> {
  // Deno throws at once (not in the promise) when the binary is missing: the async wrapper catches both.
  const probe =
    await (async () => await new Deno.Command("nginx", { args: ["-v"], stderr: "null" }).output())()
      .catch(() => null);
  if (!probe?.success) return null;
  const dir = await Deno.makeTempDir({ prefix: "relay-nginx-" });
  const probePort = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (probePort.addr as Deno.NetAddr).port;
  probePort.close();
  await Deno.writeTextFile(
    `${dir}/nginx.conf`,
    `worker_processes ${workers};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  upstream agent { server 127.0.0.1:${agentPort}; keepalive 64; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://agent;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_read_timeout 3600s;
    }
  }
}
`,
  );
  const child = new Deno.Command("nginx", {
    args: ["-p", dir, "-e", `${dir}/error.log`, "-c", `${dir}/nginx.conf`, "-g", "daemon off;"],
    stdin: "null",
    stdout: "null",
    stderr: "inherit",
  }).spawn();
  for (let i = 0; i < 50; i++) {
    const ok = await Deno.connect({ hostname: "127.0.0.1", port }).then(
      (c) => (c.close(), true),
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const workerPids = async () => {
    const kids = await Deno.readTextFile(`/proc/${child.pid}/task/${child.pid}/children`).catch(
      () => "",
    );
    return [child.pid, ...kids.trim().split(/\s+/).filter(Boolean).map(Number)];
  };
  const pids = await workerPids();
  return {
    child,
    port,
    pids: () => pids,
    async stop() {
      child.kill("SIGTERM");
      await child.status;
      await Deno.remove(dir, { recursive: true }).catch(() => {});
    },
  };
}

export default async function run(): Promise<void> {
  const seconds = Number(Deno.env.get("RELAY_SECONDS") ?? 3);
  const repeats = Number(Deno.env.get("RELAY_REPEATS") ?? 3);
  const memorySizes = (Deno.env.get("RELAY_MEMORY") ?? "2000,8000").split(",").map(Number).filter((
    n,
  ) => n > 0);
  const parts = (Deno.env.get("RELAY_PARTS") ?? "rt,api,memory").split(",");
  const agent = await spawn("agent");
  if (parts.includes("rt")) await roundTrips(agent, seconds, repeats);
  if (parts.includes("api")) await apiRequests(agent, seconds);
  if (parts.includes("memory")) await memory(agent, memorySizes);
  await agent.stop();
}

/**
 * The whole node's edge (auth, routing, the session recorded in PGlite) in front of the same
 * agent, registered for its own capability; `control=none`, so the first frame is an echo.
 */
async function nodeTarget(agent: Proc): Promise<Proc & { url: string }> {
  const node = await startBenchNode("embedded");
  await node.registerAgent({
    id: "relay-agent",
    name: "relay-agent",
    host: "127.0.0.1",
    port: agent.port,
    agentType: "echo",
    capabilities: ["relay-bench"],
  });
  const url = node.wsUrl.replace("capability=echo", "capability=relay-bench") + "&control=none";
  return { child: agent.child, port: 0, url, pids: () => [node.pid], stop: node.stop };
}

async function roundTrips(agent: Proc, seconds: number, repeats: number): Promise<void> {
  const targets: Record<string, Proc & { url?: string }> = {};
  targets.edge = await spawn("edge", [`--agent=${agent.port}`]);
  targets.edge_metered = await spawn("edge", [`--agent=${agent.port}`, "--meter=1"]);
  if (Deno.env.get("RELAY_NODE") !== "0") targets.node = await nodeTarget(agent);
  targets.naive = await spawn("naive", [`--agent=${agent.port}`]);
  for (const workers of ["1", "auto"]) {
    const nginx = await startNginx(agent.port, workers);
    if (nginx) targets[`nginx_${workers}`] = nginx;
    else emit({ figure: "nginx", skipped: "nginx is not installed (apt-get install -y nginx)" });
  }
  const names = ["direct", ...Object.keys(targets)];
  const results: Record<string, { rtps: number[]; p50: number[]; p99: number[]; cpu: number[] }> =
    {};
  for (const sessions of [1, 50]) {
    for (let r = 0; r < repeats; r++) {
      for (const name of names) {
        const proc = targets[name];
        const port = proc ? proc.port : agent.port;
        const before = proc ? await cpuTicks(proc.pids()) : 0;
        const url = proc?.url ?? `ws://127.0.0.1:${port}/ws`;
        const res = await runOnce("load", [
          `--url=${url}`,
          `--sessions=${sessions}`,
          `--seconds=${seconds}`,
        ]);
        const ticks = proc ? await cpuTicks(proc.pids()) - before : 0;
        const key = `${name}@${sessions}`;
        results[key] ??= { rtps: [], p50: [], p99: [], cpu: [] };
        results[key].rtps.push(res.rtps!);
        results[key].p50.push(res.p50_us!);
        results[key].p99.push(res.p99_us!);
        results[key].cpu.push((ticks * 10_000) / (res.rtps! * (seconds + 0.3)));
      }
    }
    for (const name of names) {
      const m = results[`${name}@${sessions}`]!;
      emit({
        figure: "round_trips",
        via: name,
        sessions,
        rtps: median(m.rtps),
        p50_us: median(m.p50),
        p99_us: median(m.p99),
        ...(name === "direct" ? {} : { cpu_us_per_rt: round(median(m.cpu)) }),
        runs: m.rtps,
      });
    }
    const plain = results[`edge@${sessions}`];
    const metered = results[`edge_metered@${sessions}`];
    if (plain && metered) {
      // The same tunnel with and without the edge's measurements, runs interleaved.
      emit({
        figure: "meter_cost",
        sessions,
        rtps_ratio: round(median(metered.rtps) / median(plain.rtps), 2),
        p50_ratio: round(median(metered.p50) / median(plain.p50), 2),
        cpu_per_rt_ratio: round(median(metered.cpu) / median(plain.cpu), 2),
      });
    }
    for (const via of ["edge", "node"]) {
      const edge = results[`${via}@${sessions}`];
      if (!edge) continue;
      for (const name of names.filter((n) => n.startsWith("nginx"))) {
        const other = results[`${name}@${sessions}`]!;
        emit({
          figure: "edge_vs_nginx",
          via,
          nginx: name,
          sessions,
          rtps_ratio: round(median(edge.rtps) / median(other.rtps), 2),
          p50_ratio: round(median(edge.p50) / median(other.p50), 2),
          cpu_per_rt_ratio: round(median(edge.cpu) / median(other.cpu), 2),
        });
      }
    }
  }
  for (const proc of Object.values(targets)) await proc.stop();
}

/** API requests: through the front door's splice vs plain Deno.serve. */
async function apiRequests(agent: Proc, seconds: number): Promise<void> {
  const api = await spawn("api");
  const edge = await spawn("edge", [`--agent=${agent.port}`]);
  for (const concurrency of [1, 20]) {
    const got: Record<string, Record<string, number>> = {};
    for (const [via, port] of [["deno_serve", api.port], ["front_door", edge.port]] as const) {
      got[via] = await runOnce("httpload", [
        `--url=http://127.0.0.1:${port}/api`,
        `--sessions=${concurrency}`,
        `--seconds=${seconds}`,
      ]);
      const res = got[via]!;
      emit({
        figure: "api_requests",
        via,
        concurrency,
        rps: res.rtps,
        p50_us: res.p50_us,
        p99_us: res.p99_us,
      });
    }
    emit({
      figure: "api_front_door_cost",
      concurrency,
      rps_ratio: round(got.front_door!.rtps! / got.deno_serve!.rtps!, 2),
      added_p50_us: got.front_door!.p50_us! - got.deno_serve!.p50_us!,
    });
  }
  await api.stop();
  await edge.stop();
}

/** A fresh edge per size: RSS before and with N open sessions, each verified by an echo. */
async function memory(agent: Proc, memorySizes: number[]): Promise<void> {
  for (const sessions of memorySizes) {
    const edge = await spawn("edge", [`--agent=${agent.port}`], ["--v8-flags=--expose-gc"]);
    const gc = () =>
      fetch(`http://127.0.0.1:${edge.port}/gc`).then((r) =>
        r.json() as Promise<Record<string, number>>
      );
    await runOnce("hold", [`--url=ws://127.0.0.1:${edge.port}/ws`, "--sessions=50"]); // warm the code paths
    const heapBase = await gc();
    const base = await rssKiB(edge.child.pid);
    const hold = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        SELF,
        "--role=hold",
        `--url=ws://127.0.0.1:${edge.port}/ws`,
        `--sessions=${sessions}`,
      ],
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    const { ready, failed } = await firstLine(hold);
    const rss = await rssKiB(edge.child.pid);
    const heap = await gc();
    const rssAfterGc = await rssKiB(edge.child.pid);
    emit({
      figure: "memory",
      sessions: ready,
      failed,
      rss_base_kib: base,
      rss_kib: rss,
      kib_per_session: round((rss - base) / ready!, 2),
      kib_per_session_after_gc: round((rssAfterGc - base) / ready!, 2),
      // Where it goes: the JS heap (objects, promises) and ArrayBuffers (read buffers).
      heap_kib_per_session: round((heap.heapUsed! - heapBase.heapUsed!) / 1024 / ready!, 2),
      external_kib_per_session: round((heap.external! - heapBase.external!) / 1024 / ready!, 2),
    });
    await hold.stdin.close();
    await hold.stdout.cancel();
    await hold.status;
    await edge.stop();
  }
}

const roles: Record<string, () => Promise<void>> = {
  agent: agentRole,
  edge: edgeRole,
  naive: naiveRole,
  api: apiRole,
  load: loadRole,
  httpload: httpLoadRole,
  hold: holdRole,
};

if (import.meta.main) {
  const role = arg("role");
  if (role) await roles[role]!();
  else await run();
}
