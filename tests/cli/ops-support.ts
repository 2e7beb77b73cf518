import { loadConfig } from "../../src/config/config.ts";
import { startNode, type SwitchboardNode } from "../../src/node/start.ts";
import { createLogger } from "../../src/telemetry/log.ts";
import { main } from "../../src/cli/main.ts";
import type { CommandIo } from "../../src/cli/replay.ts";
import { TestClient } from "../support/ws-client.ts";

/** An embedded node in a temporary data directory, and the environment a CLI run next to it sees. */
export interface CliNode {
  node: SwitchboardNode;
  dataDir: string;
  /** DATA_DIR, PORT and a private XDG_CONFIG_HOME: the CLI finds the node as `deno task cli` would. */
  env: Record<string, string>;
  /** Stops the node; `keepData` leaves the data directory for a restart or an offline command. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export async function startCliNode(
  extra: Record<string, string> = {},
  options: { dataDir?: string } = {},
): Promise<CliNode> {
  const dataDir = options.dataDir ?? await Deno.makeTempDir({ prefix: "switchboard-cli-" });
  const configHome = await Deno.makeTempDir({ prefix: "switchboard-cli-config-" });
  const node = await startNode(
    loadConfig(
      { PORT: "0", DATA_DIR: dataDir, DEMO_AGENTS: "0", LOG_LEVEL: "error", ...extra },
      [],
    ),
    createLogger("error"),
  );
  const port = new URL(node.url).port;
  return {
    node,
    dataDir,
    env: { DATA_DIR: dataDir, PORT: port, XDG_CONFIG_HOME: configHome, HOME: configHome },
    async stop({ keepData = false } = {}) {
      await node.stop();
      if (!keepData) await Deno.remove(dataDir, { recursive: true }).catch(() => {});
      await Deno.remove(configHome, { recursive: true }).catch(() => {});
    },
  };
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (as `deno task cli ARGS` would), collecting what it prints. */
export async function runCli(
  args: string[],
  env: Record<string, string>,
  options: { signal?: AbortSignal; onStdout?: (text: string) => void; tty?: boolean } = {},
): Promise<CliRun> {
  const out = { stdout: "", stderr: "" };
  const io: CommandIo = {
    env,
    stdout: (t) => {
      out.stdout += t;
      options.onStdout?.(t);
    },
    stderr: (t) => void (out.stderr += t),
    stderrIsTerminal: false,
    stdoutIsTerminal: options.tty ?? false,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const status = await main(args, io);
  return { status, ...out };
}

/** The rows of a table the CLI printed: the header's columns as keys. */
export function parseTable(text: string): Record<string, string>[] {
  const lines = text.trimEnd().split("\n");
  const header = lines[0]!;
  const starts = [...header.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ name: m[0], at: m.index! }));
  return lines.slice(1).map((line) =>
    Object.fromEntries(starts.map((s, i) => [
      s.name,
      line.slice(s.at, i + 1 < starts.length ? starts[i + 1]!.at : undefined).trim(),
    ]))
  );
}

/** Echo clients that keep a message in flight each, counting the echoes that come back. */
export function relayLoad(url: string, clients: number) {
  let running = true;
  let echoes = 0;
  const sockets: TestClient[] = [];
  const loops = Array.from({ length: clients }, async () => {
    const c = new TestClient(url);
    sockets.push(c);
    await c.opened;
    for (let n = 0; running; n++) {
      c.ws.send(`m${n}`);
      await c.until(() => c.frames.length > n || !running, `echo ${n}`, 20_000);
      if (c.frames.length > n) echoes++;
    }
  });
  return {
    get echoes() {
      return echoes;
    },
    /** Every client's session, still open (none closed under it). */
    get open() {
      return sockets.filter((c) => c.ws.readyState === WebSocket.OPEN).length;
    },
    async stop() {
      running = false;
      // Each loop has one echo in flight: it ends when that echo arrives.
      await Promise.allSettled(loops);
      await Promise.all(sockets.map((c) => c.close()));
    },
  };
}
