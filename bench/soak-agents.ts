/**
 * The soak's echo agents: each a demo-echo process on a fixed port and id,
 * given every node's URL when the SDK takes several (its own node first),
 * else its own node's. Restarted on purpose now and then (churn), and after
 * any exit nobody asked for.
 */
const projectDir = decodeURIComponent(new URL("../", import.meta.url).pathname);
const echoScript = `${projectDir}src/agent/demo-echo.ts`;

/** Whether this checkout's agent SDK takes several Switchboard URLs (`--switchboard a,b`). */
function sdkTakesSeveralUrls(): boolean {
  try {
    Deno.statSync(`${projectDir}src/agent/switchboard-urls.ts`);
    return true;
  } catch {
    return false;
  }
}

export interface SoakAgent {
  id: string;
  /** SIGTERM (SIGKILL after 8 s), then a new process with the same id and port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface AgentCounts {
  restarts: number;
  unexpectedExits: number;
}

export function soakAgent(options: {
  id: string;
  port: number;
  /** The node it names first, then the others. */
  urls: string[];
  token: string;
  counts: AgentCounts;
  stopping: () => boolean;
}): SoakAgent {
  let child: Deno.ChildProcess | undefined;
  let expected = false;
  const spawn = () => {
    expected = false;
    const proc = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        "--config",
        `${projectDir}deno.json`,
        echoScript,
        ...["--port", String(options.port), "--id", options.id, "--name", options.id],
        ...["--switchboard", sdkTakesSeveralUrls() ? options.urls.join(",") : options.urls[0]!],
        ...["--exit-with-stdin", "true", "--log-level", "error"],
      ],
      env: { SWITCHBOARD_AGENT_TOKEN: options.token },
      cwd: projectDir,
      // Held open, never written: if the soak dies the agent sees EOF and stops.
      stdin: "piped",
      stdout: "null",
      stderr: Deno.env.get("SOAK_AGENT_STDERR") === "1" ? "inherit" : "null",
    }).spawn();
    child = proc;
    void proc.status.then(() => {
      if (child !== proc) return;
      child = undefined;
      proc.stdin.close().catch(() => {});
      if (expected || options.stopping()) return;
      options.counts.unexpectedExits++;
      setTimeout(() => {
        if (!child && !options.stopping()) spawn();
      }, 1_000);
    });
  };
  const end = async () => {
    const proc = child;
    if (!proc) return;
    expected = true;
    try {
      proc.kill("SIGTERM");
    } catch { /* already gone */ }
    const timer = setTimeout(() => {
      try {
        proc.kill("SIGKILL");
      } catch { /* already gone */ }
    }, 8_000);
    await proc.status;
    clearTimeout(timer);
    await proc.stdin.close().catch(() => {});
    if (child === proc) child = undefined;
  };
  spawn();
  return {
    id: options.id,
    async restart() {
      await end();
      options.counts.restarts++;
      if (!options.stopping()) spawn();
    },
    stop: end,
  };
}
