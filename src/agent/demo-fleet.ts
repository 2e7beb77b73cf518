/**
 * The demo fleet: three echo agents, each its own process, as `deno task
 * start` shows a newcomer. Separate processes on purpose: killing one is a
 * real agent crash the edge must survive. Nothing restarts a dead agent;
 * the point of the demo is to watch Switchboard route around it.
 */
import { forwardLines } from "./line-sink.ts";

export interface DemoFleetOptions {
  switchboardUrl: string;
  ports?: number[];
  /** Bearer token with role `agent`; passed to the children by environment, not argv. */
  token?: string;
  /**
   * A token per agent (its `sub` being the agent's id, `echo-1`…), since an
   * agent token may act only on its own agent. Wins over `token`.
   */
  tokenFor?: (agentId: string) => string;
  /** The edge's dial public key (PEM): agents then refuse dials that do not carry its token. */
  edgePublicKey?: string;
  /** When set, each agent's output is also appended to `{dataDir}/agents/{name}.log`. */
  dataDir?: string;
  /** Interface the agents listen on and advertise. Default 127.0.0.1. */
  host?: string;
  /** How long stop() waits after SIGTERM before SIGKILL. Default 10 s (agents drain for 5). */
  stopTimeoutMs?: number;
  /** Sessions each agent takes at most (the SDK's default otherwise). */
  maxSessions?: number;
}

export interface DemoAgentProcess {
  name: string;
  port: number;
  pid: number;
  /** Settles when the process has exited. */
  status: Promise<Deno.CommandStatus>;
  kill(signal?: Deno.Signal): void;
}

export interface DemoFleet {
  agents: DemoAgentProcess[];
  /** SIGTERM to every agent still running, SIGKILL after the timeout; resolves when all have exited. */
  stop(): Promise<void>;
}

const echoScript = new URL("./demo-echo.ts", import.meta.url).href;
const projectDir = decodeURIComponent(new URL("../../", import.meta.url).pathname);

export async function startDemoFleet(options: DemoFleetOptions): Promise<DemoFleet> {
  const ports = options.ports ?? [8801, 8802, 8803];
  const logDir = options.dataDir ? `${options.dataDir}/agents` : undefined;
  if (logDir) await Deno.mkdir(logDir, { recursive: true });
  const running = ports.map((port, i) => spawnEcho(`echo-${i + 1}`, port, options, logDir));
  let stopping: Promise<void> | undefined;
  return {
    agents: running.map((r) => r.agent),
    stop: () =>
      stopping ??= Promise.all(running.map((r) => r.stop(options.stopTimeoutMs ?? 10_000)))
        .then(() => {}),
  };
}

function spawnEcho(name: string, port: number, options: DemoFleetOptions, logDir?: string) {
  const host = options.host ?? "127.0.0.1";
  // The project's deno.json gives the child the same import map and lockfile as the node.
  const args = ["run", "-A", "--config", `${projectDir}deno.json`, echoScript];
  args.push("--port", String(port), "--host", host, "--name", name, "--id", name);
  args.push("--exit-with-stdin", "true");
  args.push("--switchboard", options.switchboardUrl);
  if (options.maxSessions) args.push("--max-sessions", String(options.maxSessions));
  const env: Record<string, string> = {};
  const token = options.tokenFor?.(name) ?? options.token;
  if (token) env.SWITCHBOARD_AGENT_TOKEN = token;
  if (options.edgePublicKey) env.SWITCHBOARD_EDGE_PUBLIC_KEY = options.edgePublicKey;
  const child = new Deno.Command(Deno.execPath(), {
    args,
    env,
    cwd: projectDir,
    // Held open, never written: if this process dies the child sees EOF and stops.
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const logFile = logDir ? `${logDir}/${name}.log` : undefined;
  const pumps = Promise.all([
    forwardLines(child.stdout, name, logFile),
    forwardLines(child.stderr, name, logFile),
  ]);
  let exited = false;
  const status = child.status.then((s) => {
    exited = true;
    if (!s.success) {
      console.error(`[${name}] exited: code ${s.code}${s.signal ? ` (${s.signal})` : ""}`);
    }
    return s;
  });
  const kill = (signal: Deno.Signal = "SIGTERM") => {
    if (exited) return;
    try {
      child.kill(signal);
    } catch {
      // Already gone between the check and the kill.
    }
  };
  const stop = async (timeoutMs: number) => {
    kill("SIGTERM");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        kill("SIGKILL");
        resolve();
      }, timeoutMs);
    });
    await Promise.race([status, deadline]);
    clearTimeout(timer);
    await status;
    await child.stdin.close().catch(() => {});
    await pumps;
  };
  return { agent: { name, port, pid: child.pid, status, kill }, stop };
}
