/**
 * A real Switchboard node for benchmarks: its own process, three demo echo
 * agents (processes too), the abuse limits lifted for one bench identity
 * that opens thousands of sessions from one address (and sends frames
 * faster than a client would), and no resume grace
 * (a closed session is closed at once, so a bench can wait for quiet).
 * Embedded, or JetStream + PostgreSQL under a namespace of its own that is
 * dropped on stop.
 */
import { dropNamespace } from "./namespace.ts";
import { signToken } from "../src/auth/jwt.ts";
import { type DemoFleet, startDemoFleet } from "../src/agent/demo-fleet.ts";
import { freePorts } from "../tests/support/fleet.ts";
import type { RuntimeConfig } from "../actors/config/runtime-config.ts";

const SECRET = "bench-secret-bench-secret-bench-secret-0123";
const projectDir = decodeURIComponent(new URL("../", import.meta.url).pathname);

export type Backend = "embedded" | "jetstream+postgres";

export interface BenchNode {
  backend: Backend;
  url: string;
  /** Client WebSocket URL for capability `echo`, token included. */
  wsUrl: string;
  pid: number;
  fleet: DemoFleet;
  /** Changes the runtime config (a function of the current one) through PUT /config. */
  configure(change: (config: RuntimeConfig) => void): Promise<void>;
  /**
   * Registers an agent (the contract's spec) and resolves once it is routable; heartbeats
   * for it until stop (a silent agent is marked unhealthy after the TTL).
   */
  registerAgent(spec: Record<string, unknown> & { id: string }): Promise<void>;
  /** Waits until closing sessions has stopped causing commands (detach, expiry). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/** Which backends to measure: embedded always, the cluster one when its services are set. */
export function backends(): { backend: Backend; skipped?: string }[] {
  // BENCH_BACKENDS=jetstream+postgres (say) measures one backend only.
  const wanted = (name: string) =>
    (Deno.env.get("BENCH_BACKENDS") ?? name).split(",").includes(name);
  const list: { backend: Backend; skipped?: string }[] = [];
  if (wanted("embedded")) list.push({ backend: "embedded" });
  if (wanted("jetstream+postgres")) {
    const services = Deno.env.get("DATABASE_URL") && Deno.env.get("NATS_URL");
    list.push({
      backend: "jetstream+postgres",
      ...(services ? {} : { skipped: "DATABASE_URL and NATS_URL not set" }),
    });
  }
  return list;
}

async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`${url}/readyz`).then((r) => (r.body?.cancel(), r.ok), () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`node at ${url} never became ready`);
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

export async function startBenchNode(
  backend: Backend,
  options: { agentMaxSessions?: number } = {},
): Promise<BenchNode> {
  const [port] = freePorts(1);
  const dataDir = await Deno.makeTempDir({ prefix: "switchboard-bench-" });
  const namespace = `bench_node_${Deno.pid}_${port}`;
  const databaseUrl = Deno.env.get("DATABASE_URL") ?? "";
  const natsUrl = Deno.env.get("NATS_URL") ?? "";
  // Empty values: the embedded node must not inherit the services from this environment.
  const env: Record<string, string> = backend === "embedded"
    ? { DATABASE_URL: "", NATS_URL: "" }
    : { DATABASE_URL: databaseUrl, NATS_URL: natsUrl, SWITCHBOARD_NAMESPACE: namespace };
  const node = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      // BENCH_CPU_PROF=dir writes the node's CPU profile there, to see where the time goes.
      ...(Deno.env.get("BENCH_CPU_PROF")
        ? ["--cpu-prof", `--cpu-prof-dir=${Deno.env.get("BENCH_CPU_PROF")}`]
        : []),
      // BENCH_NODE_FLAGS="--inspect=127.0.0.1:9229" (say): more flags for the node's deno.
      ...(Deno.env.get("BENCH_NODE_FLAGS")?.split(" ").filter(Boolean) ?? []),
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
  let fleet: DemoFleet | undefined;
  const heartbeats: ReturnType<typeof setInterval>[] = [];
  const stop = async () => {
    for (const timer of heartbeats) clearInterval(timer);
    await fleet?.stop();
    try {
      node.kill("SIGTERM");
    } catch { /* it already exited (and said why on stderr) */ }
    await node.status;
    await Deno.remove(dataDir, { recursive: true });
    if (backend !== "embedded") {
      await dropNamespace({ databaseUrl, natsUrl }, namespace, [
        `${namespace}_commands`,
        `${namespace}_commands_dlq`,
        `KV_${namespace}_leases`,
      ]);
    }
  };
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
      ...(options.agentMaxSessions ? { maxSessions: options.agentMaxSessions } : {}),
    });
    const client = await signToken(SECRET, { sub: "bench-client", roles: ["client"] }, 3600);
    const admin = await signToken(SECRET, { sub: "bench-admin", roles: ["admin"] }, 3600);
    const auth = { authorization: `Bearer ${admin}` };
    const configure = async (change: (config: RuntimeConfig) => void) => {
      const current = await (await fetch(`${url}/api/v1/config`, { headers: auth })).json();
      change(current.config);
      const put = await fetch(`${url}/api/v1/config`, {
        method: "PUT",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ config: current.config }),
      });
      if (!put.ok) throw new Error(`could not set the config: ${await put.text()}`);
    };
    const unlimited = { rate: 1_000_000, burst: 1_000_000 };
    await configure((config) => {
      config.sessions.resumeGraceSeconds = 0;
      Object.assign(config.limits, {
        connectsPerIp: unlimited,
        connectsPerIdentity: unlimited,
        maxSessionsPerIdentity: 1_000_000,
        maxSessionsPerNode: 1_000_000,
        framesPerSession: unlimited,
      });
    });
    const registerAgent = async (spec: Record<string, unknown> & { id: string }) => {
      const res = await fetch(`${url}/api/v1/agents`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify(spec),
      });
      if (res.status !== 201) throw new Error(`could not register ${spec.id}: ${await res.text()}`);
      heartbeats.push(setInterval(() => {
        fetch(`${url}/api/v1/agents/${spec.id}/heartbeat`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: "{}",
        }).then((r) => r.body?.cancel(), () => {});
      }, 3_000));
      for (let i = 0; i < 200; i++) {
        const agent = await (await fetch(`${url}/api/v1/agents/${spec.id}`, { headers: auth }))
          .json();
        if (agent.status === "healthy") return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`${spec.id} never became healthy`);
    };
    return {
      backend,
      url,
      wsUrl: `ws://127.0.0.1:${port}/ws?capability=echo&access_token=${client}`,
      pid: node.pid,
      fleet,
      configure,
      registerAgent,
      async settle() {
        let last = -1;
        for (let i = 0; i < 120; i++) {
          await new Promise((r) => setTimeout(r, 500));
          const now = await commandsHandled(url);
          if (now === last) return;
          last = now;
        }
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
