import { loadConfig } from "../../src/config/config.ts";
import { startNode, type SwitchboardNode } from "../../src/node/start.ts";
import { createLogger } from "../../src/telemetry/log.ts";
import { main } from "../../src/cli/main.ts";
import type { CommandIo } from "../../src/cli/replay.ts";

/** An embedded node in a temporary data directory, and the environment a CLI run next to it sees. */
export interface CliNode {
  node: SwitchboardNode;
  dataDir: string;
  /** DATA_DIR, PORT and a private XDG_CONFIG_HOME: the CLI finds the node as `deno task cli` would. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startCliNode(extra: Record<string, string> = {}): Promise<CliNode> {
  const dataDir = await Deno.makeTempDir({ prefix: "switchboard-cli-" });
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
    async stop() {
      await node.stop();
      await Deno.remove(dataDir, { recursive: true }).catch(() => {});
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
