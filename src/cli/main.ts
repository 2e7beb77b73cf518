import { runCli } from "./program.ts";
import type { CommandIo } from "./replay.ts";

/**
 * The CLI: `deno task cli <noun> <verb>` over a node's API, plus the offline
 * tools (replay, backup, restore, hashes, token). `deno task replay` is
 * `replay`. Returns the exit status: 0 done, 1 failed, 2 usage.
 */
export function main(args: string[], io: CommandIo): Promise<number> {
  return runCli(args, io);
}

/** Writes all of `text`: a pipe may take a large write in several parts. */
function writeAll(to: { writeSync(p: Uint8Array): number }, text: string): void {
  let bytes = new TextEncoder().encode(text);
  while (bytes.length > 0) bytes = bytes.subarray(to.writeSync(bytes));
}

if (import.meta.main) {
  // Ctrl-C ends --watch and --follow cleanly (exit 0); a second one ends the process.
  const interrupt = new AbortController();
  const onInterrupt = () => {
    if (interrupt.signal.aborted) Deno.exit(130);
    interrupt.abort();
  };
  Deno.addSignalListener("SIGINT", onInterrupt);
  const status = await main(Deno.args, {
    env: Deno.env.toObject(),
    stdout: (text) => writeAll(Deno.stdout, text),
    stderr: (text) => writeAll(Deno.stderr, text),
    stderrIsTerminal: Deno.stderr.isTerminal(),
    stdoutIsTerminal: Deno.stdout.isTerminal(),
    signal: interrupt.signal,
  });
  Deno.removeSignalListener("SIGINT", onInterrupt);
  Deno.exit(status);
}
