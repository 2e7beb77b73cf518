/**
 * A Switchboard node for the soak: its own process on a fixed port and node
 * id, so after a SIGKILL (or a crash) it comes back as the same cluster
 * member. An exit nobody asked for is recorded, not thrown: it is a figure.
 */
const projectDir = decodeURIComponent(new URL("../", import.meta.url).pathname);

export interface NodeExit {
  node: string;
  code: number;
  signal: string | null;
  /** Seconds since the soak started. */
  atS: number;
  /** Whether the soak killed it (a fault) or it went on its own. */
  killed: boolean;
  /** It exited before it was ready (a start that failed), not while serving. */
  whileStarting: boolean;
}

export interface RssSample {
  atS: number;
  bytes: number;
  incarnation: number;
}

export interface SoakNode {
  id: string;
  url: string;
  /** The running process's pid, undefined while it is down. */
  pid(): number | undefined;
  alive(): boolean;
  /** How many times the process was started. */
  incarnations(): number;
  start(): Promise<void>;
  /** SIGKILL, as a crash would; resolves once the process has gone. */
  kill(): Promise<void>;
  /** SIGTERM (SIGKILL after 10 s); resolves once the process has gone. */
  stop(): Promise<void>;
  /** Resident memory from /metrics, undefined when the node does not answer within 3 s. */
  sampleRss(atS: number): Promise<RssSample | undefined>;
}

/** Answers with the body of a GET within `ms`, or undefined. */
export async function getText(url: string, ms: number): Promise<string | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(ms) });
    const text = await res.text();
    return res.ok ? text : undefined;
  } catch {
    return undefined;
  }
}

export function soakNode(options: {
  id: string;
  port: number;
  env: Record<string, string>;
  elapsedS: () => number;
  onExit: (exit: NodeExit) => void;
}): SoakNode {
  const url = `http://127.0.0.1:${options.port}`;
  let child: Deno.ChildProcess | undefined;
  let status: Promise<Deno.CommandStatus> | undefined;
  let killing = false;
  let ready = false;
  let started = 0;
  let dataDir: string | undefined;
  const start = async () => {
    dataDir ??= await Deno.makeTempDir({ prefix: `sbsoak-${options.id}-` });
    killing = false;
    ready = false;
    started++;
    const proc = new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "--config", `${projectDir}deno.json`, `${projectDir}src/main.ts`],
      env: {
        ...options.env,
        PORT: String(options.port),
        HOST: "127.0.0.1",
        NODE_ID: options.id,
        DATA_DIR: dataDir,
        DEMO_AGENTS: "0",
        LOG_LEVEL: Deno.env.get("SOAK_LOG_LEVEL") ?? "error",
      },
      stdin: "null",
      stdout: "null",
      stderr: Deno.env.get("SOAK_NODE_STDERR") === "1" ? "inherit" : "null",
    }).spawn();
    child = proc;
    status = proc.status.then((s) => {
      if (child === proc) child = undefined;
      options.onExit({
        node: options.id,
        code: s.code,
        signal: s.signal,
        atS: Math.round(options.elapsedS()),
        killed: killing,
        whileStarting: !ready,
      });
      return s;
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && child === proc) {
      const ok = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) })
        .then((r) => (r.body?.cancel(), r.ok), () => false);
      if (ok) {
        ready = true;
        return;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`node ${options.id} not ready within 60 s (alive: ${child === proc})`);
  };
  const end = async (signal: Deno.Signal) => {
    const proc = child;
    if (!proc || !status) return;
    killing = true;
    try {
      proc.kill(signal);
    } catch { /* it already went */ }
    const timer = setTimeout(() => {
      try {
        proc.kill("SIGKILL");
      } catch { /* it already went */ }
    }, 10_000);
    await status;
    clearTimeout(timer);
  };
  return {
    id: options.id,
    url,
    pid: () => child?.pid,
    alive: () => child !== undefined,
    incarnations: () => started,
    start,
    kill: () => end("SIGKILL"),
    async stop() {
      await end("SIGTERM");
      if (dataDir) await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    },
    async sampleRss(atS) {
      if (!child) return undefined;
      const text = await getText(`${url}/metrics`, 3_000);
      const line = text?.split("\n").find((l) => l.startsWith("process_resident_memory_bytes "));
      if (!line) return undefined;
      return { atS, bytes: Number(line.split(" ").at(-1)), incarnation: started };
    },
  };
}

/** Bytes per minute: least-squares slope of the samples. */
export function growthPerMinute(samples: RssSample[]): number {
  if (samples.length < 2) return 0;
  const n = samples.length;
  const mx = samples.reduce((s, x) => s + x.atS, 0) / n;
  const my = samples.reduce((s, x) => s + x.bytes, 0) / n;
  let num = 0;
  let den = 0;
  for (const s of samples) {
    num += (s.atS - mx) * (s.bytes - my);
    den += (s.atS - mx) ** 2;
  }
  return den === 0 ? 0 : (num / den) * 60;
}
