/**
 * Capacity of one full node (edge, actors, projections, API in one
 * process, with three demo echo agents): opens CAPACITY_SESSIONS (8,000)
 * relayed sessions, checks that every one echoes, reports the node's
 * resident memory per session, then checks again that every one still
 * relays. Embedded, and JetStream + PostgreSQL when their URLs are set.
 * (bench/relay.ts measures the bare tunnel's memory; this is the whole node.)
 */
import { type Backend, backends, startBenchNode } from "./bench-node.ts";
import { freePorts } from "../tests/support/fleet.ts";

const emit = (figure: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: "capacity", ...figure }));
const round = (x: number) => Math.round(x * 100) / 100;

/** The node's JS heap in use and memory outside it (ArrayBuffers), in KiB, from /metrics. */
async function heapKiB(url: string): Promise<{ used: number; external: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const read = (kind: string) =>
    Number(
      new RegExp(`switchboard_js_heap_bytes\\{kind="${kind}"\\} (\\d+)`).exec(text)?.[1] ?? 0,
    ) /
    1024;
  return { used: read("used"), external: read("external") };
}

/**
 * A full garbage collection in the node, through its inspector: memory per
 * session is then what sessions hold, not garbage the open path left behind.
 */
async function inspectorGc(
  port: number,
): Promise<{ collect: () => Promise<void>; close: () => void }> {
  const [target] = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let id = 0;
  const answers = new Map<number, () => void>();
  socket.onmessage = (e) => answers.get(JSON.parse(e.data).id)?.();
  const call = (method: string) =>
    new Promise<void>((resolve) => {
      answers.set(++id, resolve);
      socket.send(JSON.stringify({ id, method }));
    });
  return {
    async collect() {
      await call("HeapProfiler.collectGarbage");
      await call("HeapProfiler.collectGarbage");
    },
    // A node started with --inspect waits at exit until its debugger lets go.
    close: () => socket.close(),
  };
}

const QUIET_MS = Number(Deno.env.get("CAPACITY_QUIET_MS") ?? 30_000);

function rssKiB(pid: number): number {
  const status = Deno.readTextFileSync(`/proc/${pid}/status`);
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** An open session whose first frame came back; resolves undefined if it never opened. */
function openEchoing(url: string): Promise<WebSocket | undefined> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.binaryType = "arraybuffer";
    ws.onmessage = (e) => {
      if (typeof e.data === "string") ws.send(new Uint8Array(16)); // session.opened
      else {
        ws.onmessage = null;
        resolve(ws);
      }
    };
    ws.onclose = () => resolve(undefined);
    ws.onerror = () => {};
  });
}

/** Sessions that echo a frame within the timeout. */
async function relaying(sockets: WebSocket[], timeoutMs = 30_000): Promise<number> {
  let echoed = 0;
  await Promise.all(sockets.map((ws) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      ws.onmessage = () => {
        echoed++;
        clearTimeout(timer);
        resolve();
      };
      ws.send(new Uint8Array(16));
    })
  ));
  return echoed;
}

async function measure(backend: Backend, sessions: number): Promise<void> {
  const [inspector] = freePorts(1);
  Deno.env.set("BENCH_NODE_FLAGS", `--inspect=127.0.0.1:${inspector}`);
  const node = await startBenchNode(backend, { agentMaxSessions: Math.ceil(sessions / 2) });
  Deno.env.delete("BENCH_NODE_FLAGS");
  const sockets: WebSocket[] = [];
  let inspectorSession: Awaited<ReturnType<typeof inspectorGc>> | undefined;
  try {
    // Warm the code paths, then let the node go quiet before the baseline.
    for (
      const ws of (await Promise.all(Array.from({ length: 50 }, () => openEchoing(node.wsUrl))))
    ) {
      ws?.close();
    }
    await node.settle();
    inspectorSession = await inspectorGc(inspector!);
    const gc = inspectorSession.collect;
    await gc();
    const base = rssKiB(node.pid);
    const heapBase = await heapKiB(node.url);
    let next = 0;
    let failed = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: 64 }, async () => {
      while (next < sessions) {
        next++;
        const ws = await openEchoing(node.wsUrl);
        if (ws) sockets.push(ws);
        else failed++;
      }
    }));
    const openSeconds = (performance.now() - started) / 1000;
    await node.settle();
    const rawRss = rssKiB(node.pid);
    // What V8 gives back on its own once the node is quiet (its memory reducer), no forced GC.
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const quietRss = rssKiB(node.pid);
    await gc();
    const rss = rssKiB(node.pid);
    const heap = await heapKiB(node.url);
    const stillRelaying = await relaying(sockets);
    emit({
      backend,
      figure: "node_memory",
      sessions: sockets.length,
      failed,
      opens_per_s: Math.round(sockets.length / openSeconds),
      // As an operator sees it, garbage of the opens included; then after a full collection.
      raw_kib_per_session: round((rawRss - base) / Math.max(1, sockets.length)),
      quiet_kib_per_session: round((quietRss - base) / Math.max(1, sockets.length)),
      rss_base_kib: base,
      rss_kib: rss,
      kib_per_session: round((rss - base) / Math.max(1, sockets.length)),
      // Where it goes: JS objects (live or not yet collected) and buffers outside the heap.
      heap_kib_per_session: round((heap.used - heapBase.used) / Math.max(1, sockets.length)),
      external_kib_per_session: round(
        (heap.external - heapBase.external) / Math.max(1, sockets.length),
      ),
      relaying_after: stillRelaying,
    });
  } finally {
    for (const ws of sockets) ws.close();
    inspectorSession?.close();
    await node.stop();
  }
}

export default async function run(): Promise<void> {
  const sessions = Number(Deno.env.get("CAPACITY_SESSIONS") ?? 8_000);
  for (const { backend, skipped } of backends()) {
    if (skipped) emit({ backend, skipped });
    else await measure(backend, sessions);
  }
}

if (import.meta.main) await run();
