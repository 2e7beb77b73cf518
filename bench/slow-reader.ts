/**
 * A client that never reads, relayed to a fast agent: the edge must push
 * back (stop reading the agent once the client's socket is full) instead
 * of buffering. An agent that paused its reads in turn would push back to
 * the client; the demo echo agent (Deno's WebSocket) cannot, so it queues. The
 * client writes masked binary frames as fast as the sockets take them and
 * stops when a write has been blocked for a while (backpressure reached the
 * client) or after SLOW_READER_MIB; the figure is how much it got to write
 * and how much the node's resident memory grew meanwhile (embedded node,
 * demo echo agents), and the agents' too. tests/edge/tunnel/tunnel_test.ts checks the same
 * mechanism on a bare tunnel.
 */
import { startBenchNode } from "./bench-node.ts";

const emit = (figure: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: "slow-reader", ...figure }));

/** The node's JS heap in use and its memory outside the heap (buffers), in MiB. */
async function heapMiB(url: string): Promise<{ used: number; external: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const read = (kind: string) =>
    Number(
      new RegExp(`switchboard_js_heap_bytes\\{kind="${kind}"\\} (\\d+)`).exec(text)?.[1] ?? 0,
    ) / 1024 / 1024;
  return { used: read("used"), external: read("external") };
}

function rssMiB(pid: number): number {
  const status = Deno.readTextFileSync(`/proc/${pid}/status`);
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Resolves once a session opens: the demo agents are registered and routable. */
async function routable(wsUrl: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const opened = await new Promise<boolean>((resolve) => {
      const ws = new WebSocket(wsUrl);
      ws.onmessage = () => {
        ws.close();
        resolve(true);
      };
      ws.onclose = () => resolve(false);
    });
    if (opened) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("no session opened: are the demo agents up?");
}

/** A WebSocket client by hand: upgraded, then never reads again. */
async function stubbornClient(wsUrl: string): Promise<Deno.TcpConn> {
  const url = new URL(wsUrl);
  const conn = await Deno.connect({ hostname: url.hostname, port: Number(url.port) });
  const key = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  await conn.write(new TextEncoder().encode(
    `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\n` +
      `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  ));
  const buf = new Uint8Array(4096);
  const n = await conn.read(buf); // the 101 (and perhaps session.opened); nothing more, ever
  const head = new TextDecoder().decode(buf.subarray(0, n ?? 0));
  if (!head.startsWith("HTTP/1.1 101")) {
    throw new Error(`upgrade refused: ${head.split("\r\n")[0]}`);
  }
  await new Promise((r) => setTimeout(r, 500)); // let the session open
  return conn;
}

/** A masked binary frame of `size` bytes (mask key 0: the payload goes as it is). */
function binaryFrame(size: number): Uint8Array {
  const frame = new Uint8Array(2 + 8 + 4 + size);
  frame[0] = 0x82;
  frame[1] = 0x80 | 127;
  new DataView(frame.buffer).setBigUint64(2, BigInt(size));
  return frame; // mask key bytes 10..13 and the payload are zeros
}

export default async function run(): Promise<void> {
  const limitMiB = Number(Deno.env.get("SLOW_READER_MIB") ?? 512);
  const node = await startBenchNode("embedded");
  try {
    await routable(node.wsUrl);
    const conn = await stubbornClient(node.wsUrl);
    const frame = binaryFrame(64 * 1024);
    const agentsRss = () => node.fleet.agents.reduce((sum, a) => sum + rssMiB(a.pid), 0);
    const agentsBefore = agentsRss();
    const before = rssMiB(node.pid);
    const heapBefore = await heapMiB(node.url);
    let peak = before;
    let peakHeap = heapBefore.used;
    let peakExternal = heapBefore.external;
    let sampledAt = 0;
    let written = 0;
    let blocked = false;
    let pending = frame; // a write may take only part of it
    while (written < limitMiB * 1024 * 1024) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const wrote = await Promise.race([
        conn.write(pending),
        new Promise<undefined>((r) => timer = setTimeout(() => r(undefined), 3_000)),
      ]);
      clearTimeout(timer);
      peak = Math.max(peak, rssMiB(node.pid));
      if (wrote === undefined) {
        blocked = true; // backpressure reached the client
        break;
      }
      written += wrote;
      if (written - sampledAt >= 4 * 1024 * 1024) {
        sampledAt = written;
        const heap = await heapMiB(node.url);
        peakHeap = Math.max(peakHeap, heap.used);
        peakExternal = Math.max(peakExternal, heap.external);
      }
      pending = wrote < pending.length ? pending.subarray(wrote) : frame;
    }
    emit({
      backend: "embedded",
      figure: "slow_reader_memory",
      client_wrote_mib: Math.round(written / 1024 / 1024),
      pushed_back: blocked,
      node_rss_before_mib: Math.round(before),
      node_rss_growth_mib: Math.round((peak - before) * 10) / 10,
      // Where a growth would be: JS objects (garbage included) or buffers outside the heap.
      node_heap_growth_mib: Math.round((peakHeap - heapBefore.used) * 10) / 10,
      node_external_growth_mib: Math.round((peakExternal - heapBefore.external) * 10) / 10,
      // The demo echo agent sends with WebSocket.send, which queues without bound and cannot
      // pause reading: what the edge refuses to hold piles up there instead.
      agents_rss_growth_mib: Math.round((agentsRss() - agentsBefore) * 10) / 10,
    });
    conn.close();
  } finally {
    await node.stop();
  }
}
