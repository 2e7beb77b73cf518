/**
 * Session opens per second and open latency (p50/p99), measured from a
 * client's upgrade request to its `session.opened` frame, against a real
 * node process with three demo echo agents (separate processes): embedded
 * (PGlite + in-process log) always, JetStream + PostgreSQL when NATS_URL
 * and DATABASE_URL are set. One JSON line per figure.
 */
import { dropNamespace } from "./namespace.ts";
import { signToken } from "../src/api/auth/jwt.ts";
import { startDemoFleet } from "../src/agent/demo-fleet.ts";
import { freePorts } from "../tests/support/fleet.ts";
import { pidsNamed, type ProcessGroups, startCpuMeter } from "./process-cpu.ts";

const SECRET = "bench-secret-bench-secret-bench-secret-0123";
const projectDir = decodeURIComponent(new URL("../", import.meta.url).pathname);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`${url}/readyz`).then((r) => (r.body?.cancel(), r.ok), () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`node at ${url} never became ready`);
}

/**
 * Opens one session and resolves with the time to its session.opened frame.
 * The session stays open (kept in `open`) so the figure is of opens alone;
 * all are closed after the measurement.
 */
function openOne(url: string, open: WebSocket[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const ws = new WebSocket(url);
    ws.onmessage = () => {
      ws.onmessage = null;
      open.push(ws);
      resolve(performance.now() - started);
    };
    ws.onclose = (e) => reject(new Error(`closed before opening: ${e.code} ${e.reason}`));
    ws.onerror = () => {};
  });
}

async function closeAll(open: WebSocket[]): Promise<void> {
  await Promise.all(
    open.splice(0).map((ws) =>
      new Promise<void>((resolve) => {
        ws.onclose = () => resolve();
        ws.close(1000, "done");
      })
    ),
  );
}

/** Sum of every `switchboard_command_duration_seconds_count` series: commands the node has handled. */
async function commandsHandled(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  let n = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith("switchboard_command_duration_seconds_count")) {
      n += Number(line.split(" ").at(-1));
    }
  }
  return n;
}

/**
 * Waits until closing sessions has stopped causing commands (detach, then
 * expiry after the bench's zero grace), so a figure never carries the
 * previous run's closes.
 */
async function settle(baseUrl: string): Promise<void> {
  let last = -1;
  for (let i = 0; i < 120; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await commandsHandled(baseUrl);
    if (now === last) return;
    last = now;
  }
}

/**
 * Opens at several concurrencies (Little's law: at a fixed rate, latency
 * grows with concurrency). Sessions stay open until every round is done:
 * closing them costs commands (detach, expiry) that would run during the
 * next round and be counted against its opens.
 */
async function measureOpens(
  base: Record<string, unknown>,
  wsUrl: string,
  processes: ProcessGroups,
): Promise<void> {
  // BENCH_CONCURRENCY=16 (say) measures one concurrency only. The totals stay under the
  // demo agents' 3 × 1,000 sessions.
  const concurrencies = (Deno.env.get("BENCH_CONCURRENCY") ?? "1,4,16,64").split(",").map(Number);
  const open: WebSocket[] = [];
  try {
    for (const concurrency of concurrencies) {
      const total = Number(Deno.env.get("BENCH_OPENS")) || (concurrency === 1 ? 300 : 700);
      const latencies: number[] = [];
      const refusals = new Map<string, number>();
      let next = 0;
      const cpu = startCpuMeter(processes);
      const started = performance.now();
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < total) {
          next++;
          await openOne(wsUrl, open).then(
            (ms) => latencies.push(ms),
            (e: Error) => refusals.set(e.message, (refusals.get(e.message) ?? 0) + 1),
          );
        }
      }));
      const seconds = (performance.now() - started) / 1000;
      const used = cpu.stop(Math.max(1, latencies.length));
      latencies.sort((a, b) => a - b);
      const line = (figure: string, value: unknown, extra = {}) =>
        console.log(JSON.stringify({ ...base, concurrency, figure, value, ...extra }));
      line("opens_per_s", Math.round(latencies.length / seconds));
      line("open_p50_ms", +percentile(latencies, 0.5).toFixed(2));
      line("open_p99_ms", +percentile(latencies, 0.99).toFixed(2));
      // Who pays for an open: with every core busy, this is what bounds opens/s.
      line("cpu_ms_per_open", used.cpuMsPerOp, { machineBusy: used.machineBusy });
      if (refusals.size > 0) {
        line("refused", total - latencies.length, { reasons: Object.fromEntries(refusals) });
      }
    }
  } finally {
    await closeAll(open);
  }
}

async function measure(backend: string, env: Record<string, string>): Promise<void> {
  const [port] = freePorts(1);
  const dataDir = await Deno.makeTempDir({ prefix: "switchboard-bench-" });
  const node = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      // BENCH_CPU_PROF=dir writes the node's CPU profile there, to see where an open's time goes.
      ...(Deno.env.get("BENCH_CPU_PROF")
        ? ["--cpu-prof", `--cpu-prof-dir=${Deno.env.get("BENCH_CPU_PROF")}`]
        : []),
      "--config",
      `${projectDir}deno.json`,
      `${projectDir}src/main.ts`,
      "--no-demo",
    ],
    env: {
      ...env,
      PORT: String(port),
      DATA_DIR: dataDir,
      SWITCHBOARD_JWT_SECRET: SECRET,
      LOG_LEVEL: Deno.env.get("BENCH_LOG_LEVEL") ?? "warn",
    },
    stdout: "null",
    stderr: "inherit",
  }).spawn();
  const url = `http://127.0.0.1:${port}`;
  let fleet: Awaited<ReturnType<typeof startDemoFleet>> | undefined;
  try {
    await waitReady(url);
    const tokens = new Map<string, string>();
    for (const id of ["echo-1", "echo-2", "echo-3"]) {
      tokens.set(id, await signToken(SECRET, { sub: id, roles: ["agent"] }, 3600));
    }
    fleet = await startDemoFleet({
      switchboardUrl: url,
      ports: freePorts(3),
      tokenFor: (id) => tokens.get(id)!,
      stopTimeoutMs: 3000,
    });
    const client = await signToken(SECRET, { sub: "bench-client", roles: ["client"] }, 3600);
    // One bench identity opens thousands of sessions from one address: lift the abuse limits.
    const admin = await signToken(SECRET, { sub: "bench-admin", roles: ["admin"] }, 3600);
    const auth = { authorization: `Bearer ${admin}` };
    const current = await (await fetch(`${url}/api/v1/config`, { headers: auth })).json();
    const unlimited = { rate: 1_000_000, burst: 1_000_000 };
    // No resume grace: a closed session is closed at once, so the bench can wait for quiet.
    current.config.sessions.resumeGraceSeconds = 0;
    Object.assign(current.config.limits, {
      connectsPerIp: unlimited,
      connectsPerIdentity: unlimited,
      maxSessionsPerIdentity: 1_000_000,
    });
    const wsUrl = `ws://127.0.0.1:${port}/ws?capability=echo&access_token=${client}`;
    // Each figure without and with the upstream pool (pre-dialled agent sockets), to show what it saves.
    // BENCH_POOLED=true (or false) measures one of the two.
    const pooledRuns = [false, true].filter((p) =>
      (Deno.env.get("BENCH_POOLED") ?? "false,true").split(",").includes(String(p))
    );
    for (const pooled of pooledRuns) {
      // The previous run's sessions were just closed: their detach and expiry commands go first.
      await settle(url);
      current.config.upstreamPool = { ...current.config.upstreamPool, perAgent: pooled ? 8 : 0 };
      const put = await fetch(`${url}/api/v1/config`, {
        method: "PUT",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ config: current.config }),
      });
      if (!put.ok) throw new Error(`could not set the config: ${await put.text()}`);
      // Wait until the agents are routable and (pooled) their pools are warm.
      for (let i = 0; i < 100; i++) {
        const warm: WebSocket[] = [];
        const ok = await openOne(wsUrl, warm).then(() => true, () => false);
        await closeAll(warm);
        if (ok && i >= 3) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await settle(url);
      await measureOpens({ bench: "sessions", backend, pooled }, wsUrl, {
        node: () => [node.pid],
        agents: () => fleet?.agents.map((a) => a.pid) ?? [],
        client: () => [Deno.pid],
        nats: () => pidsNamed("nats-server"),
        postgres: () => pidsNamed("postgres"),
      });
    }
  } finally {
    await fleet?.stop();
    try {
      node.kill("SIGTERM");
    } catch { /* it already exited (and said why on stderr) */ }
    await node.status;
    await Deno.remove(dataDir, { recursive: true });
  }
}

export default async function run(): Promise<void> {
  // BENCH_BACKENDS=jetstream+postgres (say) measures one backend only.
  const wanted = (name: string) =>
    (Deno.env.get("BENCH_BACKENDS") ?? name).split(",").includes(name);
  // Empty values: the embedded node must not inherit the services from this environment.
  if (wanted("embedded")) await measure("embedded", { DATABASE_URL: "", NATS_URL: "" });
  const databaseUrl = Deno.env.get("DATABASE_URL");
  const natsUrl = Deno.env.get("NATS_URL");
  if (!wanted("jetstream+postgres")) return;
  if (!databaseUrl || !natsUrl) {
    console.log(
      JSON.stringify({
        bench: "sessions",
        backend: "jetstream+postgres",
        skipped: "DATABASE_URL and NATS_URL not set",
      }),
    );
    return;
  }
  const namespace = `bench_sessions_${Deno.pid}`;
  try {
    await measure("jetstream+postgres", {
      DATABASE_URL: databaseUrl,
      NATS_URL: natsUrl,
      SWITCHBOARD_NAMESPACE: namespace,
    });
  } finally {
    await dropNamespace({ databaseUrl, natsUrl }, namespace, [
      `${namespace}_commands`,
      `${namespace}_commands_dlq`,
      `KV_${namespace}_leases`,
    ]);
  }
}

if (import.meta.main) await run();
