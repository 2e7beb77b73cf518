import { hashesCommand } from "./archive-hashes.ts";
import { backupCommand } from "./backup.ts";
import { type CommandIo, replayCommand } from "./replay.ts";
import { restoreCommand } from "./restore.ts";
import { tokenCommand } from "./token.ts";

const commands: Record<string, (args: string[], io: CommandIo) => Promise<number>> = {
  replay: replayCommand,
  backup: backupCommand,
  restore: restoreCommand,
  hashes: hashesCommand,
  token: tokenCommand,
};

const USAGE = `usage: switchboard <command> [options]

commands:
  replay   rebuild every projection from the event log and compare it with the live one
  backup   write the event log to a file (gzip'd NDJSON with a checksum)
  restore  import a backup into an empty store and rebuild every projection
  hashes   print the content hashes of every projection (to compare two stores)
  token    sign a JWT with SWITCHBOARD_JWT_SECRET (for agents, clients, scripts)

run a command with --help for its options`;

/** The CLI: `deno task cli <command>`; `deno task replay` is `replay`. Returns the exit status. */
export async function main(args: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`switchboard: unknown command '${name}'\n\n${USAGE}\n`);
    return 2;
  }
  return await command(rest, io);
}

/** Writes all of `text`: a pipe may take a large write in several parts. */
function writeAll(to: { writeSync(p: Uint8Array): number }, text: string): void {
  let bytes = new TextEncoder().encode(text);
  while (bytes.length > 0) bytes = bytes.subarray(to.writeSync(bytes));
}

if (import.meta.main) {
  const status = await main(Deno.args, {
    env: Deno.env.toObject(),
    stdout: (text) => writeAll(Deno.stdout, text),
    stderr: (text) => writeAll(Deno.stderr, text),
    stderrIsTerminal: Deno.stderr.isTerminal(),
  });
  Deno.exit(status);
}
