/**
 * A private PostgreSQL cluster for a fault test: its own name and port, so a
 * test may stop and restart it without touching the machine's shared cluster.
 * Always drop it in a finally.
 */
import postgres from "postgres";

const VERSION = "15";

export interface PgCluster {
  name: string;
  port: number;
  /** postgres://postgres@127.0.0.1:PORT/switchboard */
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** Stops and removes the cluster and its data directory. */
  drop(): Promise<void>;
}

async function run(cmd: string, args: string[]): Promise<void> {
  const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  if (!out.success) {
    const err = new TextDecoder().decode(out.stderr);
    throw new Error(`${cmd} ${args.join(" ")} failed (${out.code}): ${err}`);
  }
}

/** A port nobody listens on now (the kernel's pick, released). */
export function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

/** Creates, starts and fills (database `switchboard`) a private cluster on a free port. */
export async function createPgCluster(): Promise<PgCluster> {
  const rand = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);
  const name = `sbfault_${Deno.pid}_${rand}`;
  const port = freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/switchboard`;
  const ctl = (action: string) => run("pg_ctlcluster", [VERSION, name, action]);
  const cluster: PgCluster = {
    name,
    port,
    url,
    start: () => ctl("start"),
    // Fast shutdown: open connections are cut, as an operator's restart does.
    stop: () => run("pg_ctlcluster", [VERSION, name, "stop", "-m", "fast"]),
    restart: () => run("pg_ctlcluster", [VERSION, name, "restart", "-m", "fast"]),
    drop: () => run("pg_dropcluster", ["--stop", VERSION, name]),
  };
  await run("pg_createcluster", [
    VERSION,
    name,
    "--port",
    String(port),
    "--",
    "--auth=trust",
  ]);
  try {
    await cluster.start();
    const sql = postgres(`postgres://postgres@127.0.0.1:${port}/postgres`, {
      max: 1,
      onnotice: () => {},
    });
    try {
      await sql`create database switchboard`;
    } finally {
      await sql.end();
    }
  } catch (error) {
    await cluster.drop().catch(() => {});
    throw error;
  }
  return cluster;
}
