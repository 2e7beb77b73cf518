import { main } from "../../src/cli/main.ts";
import type { CommandIo } from "../../src/cli/replay.ts";

/** Runs the CLI in-process, collecting what it prints. */
export async function cli(args: string[], env: Record<string, string>) {
  const out = { stdout: "", stderr: "" };
  const io: CommandIo = {
    env,
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    stderrIsTerminal: false,
  };
  const status = await main(args, io);
  return { status, ...out };
}
