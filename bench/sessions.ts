/**
 * Session opens per second and open latency (p50/p99), measured from a
 * client's upgrade request to its `session.opened` frame, against a real
 * node process with three demo echo agents (separate processes): embedded
 * (PGlite + in-process log) always, JetStream + PostgreSQL when NATS_URL
 * and DATABASE_URL are set. One JSON line per figure.
 */
import { pidsNamed, type ProcessGroups, startCpuMeter } from "./process-cpu.ts";
import { type Backend, backends, startBenchNode } from "./bench-node.ts";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
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

async function measure(backend: Backend): Promise<void> {
  const node = await startBenchNode(backend);
  try {
    // Each figure without and with the upstream pool (pre-dialled agent sockets), to show what it saves.
    // BENCH_POOLED=true (or false) measures one of the two.
    const pooledRuns = [false, true].filter((p) =>
      (Deno.env.get("BENCH_POOLED") ?? "false,true").split(",").includes(String(p))
    );
    for (const pooled of pooledRuns) {
      // The previous run's sessions were just closed: their detach and expiry commands go first.
      await node.settle();
      await node.configure((config) => {
        config.upstreamPool = { ...config.upstreamPool, perAgent: pooled ? 8 : 0 };
      });
      // Wait until the agents are routable and (pooled) their pools are warm.
      for (let i = 0; i < 100; i++) {
        const warm: WebSocket[] = [];
        const ok = await openOne(node.wsUrl, warm).then(() => true, () => false);
        await closeAll(warm);
        if (ok && i >= 3) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await node.settle();
      await measureOpens({ bench: "sessions", backend, pooled }, node.wsUrl, {
        node: () => [node.pid],
        agents: () => node.fleet.agents.map((a) => a.pid),
        client: () => [Deno.pid],
        nats: () => pidsNamed("nats-server"),
        postgres: () => pidsNamed("postgres"),
      });
    }
  } finally {
    await node.stop();
  }
}

export default async function run(): Promise<void> {
  for (const { backend, skipped } of backends()) {
    if (skipped) console.log(JSON.stringify({ bench: "sessions", backend, skipped }));
    else await measure(backend);
  }
}

if (import.meta.main) await run();
