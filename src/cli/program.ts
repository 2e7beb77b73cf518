import { Command, CommanderError, Option } from "commander";
import { hashesCommand } from "./archive-hashes.ts";
import { backupCommand } from "./backup.ts";
import { type CommandIo, replayCommand } from "./replay.ts";
import { restoreCommand } from "./restore.ts";
import { tokenCommand } from "./token.ts";
import { agentsNoun } from "./ops/agents.ts";
import { alertingNouns } from "./ops/alerting.ts";
import { CliError, EXIT } from "./ops/cli-error.ts";
import { completionNoun } from "./ops/completion.ts";
import { configNoun } from "./ops/config.ts";
import { action, type Outcome } from "./ops/define.ts";
import { eventsNoun } from "./ops/events.ts";
import { keysNoun } from "./ops/keys.ts";
import { loginNouns } from "./ops/login.ts";
import { nodesNoun } from "./ops/nodes.ts";
import { onlineBackup } from "./ops/online-backup.ts";
import { FORMATS } from "./ops/output.ts";
import { routingNoun } from "./ops/routing.ts";
import { sessionsNoun } from "./ops/sessions.ts";
import { SWITCHBOARD_VERSION } from "../config/version.ts";

type Offline = (args: string[], io: CommandIo) => Promise<number>;

/** Commands that work on the storage directly (no node needed), with their own flags. */
const offline: Record<string, { run: Offline; summary: string }> = {
  restore: { run: restoreCommand, summary: "import a backup into an empty store (offline)" },
  hashes: { run: hashesCommand, summary: "content hashes of every projection (offline)" },
  replay: { run: replayCommand, summary: "rebuild every projection and compare (offline)" },
  token: { run: tokenCommand, summary: "sign a JWT with the node's secret" },
};

/** Whether `backup` goes to a node (`--server`/`--context`) rather than to the storage. */
function isOnlineBackup(args: string[]): boolean {
  return args.some((a) => /^--(server|context)(=|$)/.test(a));
}

const TOUR = `
Examples:
  deno task cli agents ls                      # the local node (./data/admin-api-key)
  deno task cli agents drain echo-1 --deadline 60
  deno task cli sessions ls --watch
  deno task cli -o json nodes ls --server http://10.0.0.5:9000 --token sbk_...
  deno task cli login --server https://sb.example --token sbk_... --name prod
  deno task cli events tail --follow --type session.opened
  deno task cli backup backup.ndjson.gz --server http://127.0.0.1:9000
  source <(deno task -q cli completion bash)   # with alias switchboard='deno task -q cli'

Exit status: 0 done, 1 failed, 2 usage.`;

/** The noun-verb command tree (commander), writing to `io`, leaving its exit status in `outcome`. */
export function buildProgram(io: CommandIo, outcome: Outcome): Command {
  const program = new Command("switchboard")
    .usage("<command> [options]")
    .description("operate a Switchboard node or cluster through its API")
    .version(SWITCHBOARD_VERSION, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError(true)
    .showHelpAfterError("(add --help for usage)")
    .option(
      "--server <url>",
      "the node's URL (default: the embedded node of this directory, http://127.0.0.1:9000)",
    )
    .option(
      "--token <token>",
      "an API key (sbk_…) or a JWT (default: the context's, or ./data/admin-api-key)",
    )
    .option("--context <name>", "a saved context (see login, context ls)")
    .addOption(
      new Option("-o, --output <format>", "output format").choices([...FORMATS]).default("table"),
    )
    .option("--no-color", "no colour even on a terminal (NO_COLOR does the same)")
    .addHelpText("after", TOUR);

  agentsNoun(program, io, outcome);
  sessionsNoun(program, io, outcome);
  routingNoun(program, io, outcome);
  configNoun(program, io, outcome);
  alertingNouns(program, io, outcome);
  keysNoun(program, io, outcome);
  eventsNoun(program, io, outcome);
  nodesNoun(program, io, outcome);
  loginNouns(program, io, outcome);

  program.command("backup").description("the event log to FILE (online with --server)")
    .argument("<file>").action(action(io, outcome, (run, file: string) => onlineBackup(run, file)));
  for (const [name, { run, summary }] of Object.entries(offline)) {
    program.command(name).description(summary).helpOption(false).allowUnknownOption()
      .allowExcessArguments().argument("[args...]", "see `" + name + " --help`")
      .action(async (args: string[]) => {
        outcome.status = await run(args, io);
      });
  }
  completionNoun(program, io, outcome);
  return program;
}

/** The CLI: `deno task cli <noun> <verb>`; returns the exit status. */
export async function runCli(args: string[], io: CommandIo): Promise<number> {
  const [first, ...rest] = args;
  if (first && offline[first]) return await offline[first].run(rest, io);
  if (first === "backup" && !isOnlineBackup(rest)) return await backupCommand(rest, io);
  const outcome: Outcome = { status: EXIT.ok };
  const program = buildProgram(io, outcome);
  if (args.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync(args, { from: "user" });
    return outcome.status;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") {
        return EXIT.ok;
      }
      // Help shown because a noun came without a verb, a bad flag, a missing argument: usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr(`switchboard: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`switchboard: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
