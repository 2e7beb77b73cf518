import { waitFor } from "../../../support/time.ts";

/**
 * A private nats-server for a fault test: its own port and JetStream store
 * directory, so the test can stop and restart it without touching the
 * machine's shared NATS. `using`-style: always `dispose()` in a finally
 * (kills the process, removes the directory).
 */
export interface PrivateNats {
  readonly url: string;
  readonly port: number;
  /** Kills the server (SIGKILL: nothing flushed beyond what JetStream already synced). */
  stop(): Promise<void>;
  /**
   * Starts it again on the same port, and waits until it accepts connections.
   * `wipe`: with an empty store directory, as a server that lost its state.
   */
  start(options?: { wipe?: boolean }): Promise<void>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

const binary = "/usr/sbin/nats-server";

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

async function accepting(port: number): Promise<boolean> {
  try {
    const conn = await Deno.connect({ hostname: "127.0.0.1", port });
    conn.close();
    return true;
  } catch {
    return false;
  }
}

export async function startPrivateNats(): Promise<PrivateNats> {
  const port = freePort();
  const dir = await Deno.makeTempDir({ prefix: "sb-nats-" });
  let child: Deno.ChildProcess | undefined;

  async function start(options: { wipe?: boolean } = {}): Promise<void> {
    if (child) return;
    if (options.wipe) {
      await Deno.remove(dir, { recursive: true }).catch(() => {});
      await Deno.mkdir(dir, { recursive: true });
    }
    child = new Deno.Command(binary, {
      args: ["-a", "127.0.0.1", "-p", String(port), "-js", "-sd", dir],
      stdout: "null",
      stderr: "null",
    }).spawn();
    await waitFor(() => accepting(port), `nats-server on port ${port}`, 15_000);
  }

  async function stop(): Promise<void> {
    if (!child) return;
    const running = child;
    child = undefined;
    try {
      running.kill("SIGKILL");
    } catch {
      // Already gone.
    }
    await running.status;
  }

  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    start,
    stop,
    async restart() {
      await stop();
      await start();
    },
    async dispose() {
      await stop();
      await Deno.remove(dir, { recursive: true }).catch(() => {});
    },
  };
}
