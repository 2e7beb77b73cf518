/**
 * PostgreSQL and NATS of a benchmark's own, on ports of their own, so it may
 * stop, restart and kill them without touching the machine's shared services
 * (PostgreSQL on 5432, NATS on 4222). Every command is bounded in time; the
 * caller drops both in a finally.
 */
import postgres from "postgres";
import { freePorts } from "../tests/support/fleet.ts";

const PG_VERSION = "15";
const NATS_SERVER = "/usr/sbin/nats-server";

/** Runs a command to its end, within `timeoutMs`; throws with its stderr when it fails. */
export async function run(cmd: string, args: string[], timeoutMs = 60_000): Promise<void> {
  const child = new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).spawn();
  const timer = setTimeout(() => {
    try {
      child.kill("SIGKILL");
    } catch { /* it just ended */ }
  }, timeoutMs);
  try {
    const out = await child.output();
    if (!out.success) {
      const err = new TextDecoder().decode(out.stderr).trim();
      throw new Error(`${cmd} ${args.join(" ")} failed (${out.code ?? out.signal}): ${err}`);
    }
  } finally {
    clearTimeout(timer);
  }
}

export interface PrivatePostgres {
  name: string;
  port: number;
  /** postgres://postgres@127.0.0.1:PORT/switchboard */
  url: string;
  start(): Promise<void>;
  /** Fast shutdown: open connections are cut, as an operator's stop does. */
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** Stops the cluster and removes it with its data; never throws. */
  drop(): Promise<void>;
}

/** Whether this machine can make PostgreSQL clusters and run a nats-server of its own. */
export function canRunPrivateServices(): string | undefined {
  for (const path of ["/usr/bin/pg_createcluster", NATS_SERVER]) {
    try {
      Deno.statSync(path);
    } catch {
      return `${path} is missing`;
    }
  }
  return undefined;
}

/**
 * Creates a cluster `<prefix>_<random>` on a free port (trust auth on
 * localhost only), starts it and creates database `switchboard`.
 */
export async function createPrivatePostgres(prefix = "sbbench"): Promise<PrivatePostgres> {
  const rand = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);
  const name = `${prefix}_${rand}`;
  const [port] = freePorts(1) as [number];
  const ctl = (...args: string[]) => run("pg_ctlcluster", [PG_VERSION, name, ...args]);
  const cluster: PrivatePostgres = {
    name,
    port,
    url: `postgres://postgres@127.0.0.1:${port}/switchboard`,
    start: () => ctl("start"),
    stop: () => ctl("stop", "-m", "fast"),
    restart: () => ctl("restart", "-m", "fast"),
    drop: () => run("pg_dropcluster", ["--stop", PG_VERSION, name]).catch(() => {}),
  };
  // `--start-conf manual`: the machine's init must never bring this cluster up on its own.
  await run("pg_createcluster", [
    PG_VERSION,
    name,
    "--port",
    String(port),
    "--start-conf",
    "manual",
    "--",
    "--auth=trust",
  ]);
  try {
    await cluster.start();
    const sql = postgres(`postgres://postgres@127.0.0.1:${port}/postgres`, {
      max: 1,
      onnotice: () => {},
      connect_timeout: 10,
    });
    try {
      await sql`create database switchboard`;
    } finally {
      await sql.end({ timeout: 5 });
    }
  } catch (error) {
    await cluster.drop();
    throw error;
  }
  return cluster;
}

export interface PrivateNats {
  port: number;
  url: string;
  /** SIGTERM, then SIGKILL after 10 s; resolves once the server has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port and store directory (JetStream data kept). */
  start(): Promise<void>;
  restart(): Promise<void>;
  /** Stops the server and removes its store directory; never throws. */
  drop(): Promise<void>;
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      (await Deno.connect({ hostname: "127.0.0.1", port })).close();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
}

/** A nats-server with JetStream on a free port and a temporary store directory. */
export async function startPrivateNats(): Promise<PrivateNats> {
  const [port] = freePorts(1) as [number];
  const storeDir = await Deno.makeTempDir({ prefix: "sbbench-nats-" });
  let child: Deno.ChildProcess | undefined;
  const spawn = async () => {
    child = new Deno.Command(NATS_SERVER, {
      args: ["-a", "127.0.0.1", "-p", String(port), "-js", "-sd", storeDir],
      stdin: "null",
      stdout: "null",
      stderr: "null",
    }).spawn();
    await waitForPort(port, 15_000);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running) return;
    try {
      running.kill("SIGTERM");
    } catch { /* already gone */ }
    const timer = setTimeout(() => {
      try {
        running.kill("SIGKILL");
      } catch { /* already gone */ }
    }, 10_000);
    await running.status;
    clearTimeout(timer);
  };
  const nats: PrivateNats = {
    port,
    url: `nats://127.0.0.1:${port}`,
    stop,
    start: spawn,
    async restart() {
      await stop();
      await spawn();
    },
    async drop() {
      await stop().catch(() => {});
      await Deno.remove(storeDir, { recursive: true }).catch(() => {});
    },
  };
  try {
    await spawn();
  } catch (error) {
    await nats.drop();
    throw error;
  }
  return nats;
}
