import type { Command } from "commander";
import type { CommandIo } from "../replay.ts";
import { ApiClient } from "./api-client.ts";
import { CliError, usageError } from "./cli-error.ts";
import { contextsPath, readContexts, writeContexts } from "./contexts.ts";
import { action, type Outcome } from "./define.ts";
import type { Column } from "./output.ts";
import { resolveTarget } from "./target.ts";

interface ContextRow {
  name: string;
  server: string;
  token?: string;
  current: boolean;
}

const columns: Column<ContextRow>[] = [
  { header: "current", cell: (c) => c.current ? "*" : "" },
  { header: "name", cell: (c) => c.name },
  { header: "server", cell: (c) => c.server },
  { header: "credential", cell: (c) => c.token ? `${c.token.slice(0, 8)}…` : "none" },
];

/** `login` (save a server and credential as a context) and `context use|ls|rm`. */
export function loginNouns(program: Command, io: CommandIo, outcome: Outcome): void {
  const act = (fn: Parameters<typeof action>[2]) => action(io, outcome, fn);

  program.command("login")
    .description(
      "check a server and credential, and save them as the current context (file mode 0600)",
    )
    .option("--name <name>", "the context's name (default: the server's host:port)")
    .action(act(async (run, options) => {
      // Without --context: login is how a context is made, not which one is used.
      const target = await resolveTarget({ ...run.flags, context: undefined }, {
        ...io.env,
        SWITCHBOARD_CONTEXT: undefined,
      });
      if (!target.token) {
        throw usageError(
          `login: no credential for ${target.server}: pass --token TOKEN (an API key sbk_… or a JWT)`,
        );
      }
      // Any route proves the credential: 401 means refused; 403 only that this role may not list nodes.
      try {
        await new ApiClient(target, io.signal).get("/nodes");
      } catch (error) {
        if (!(error instanceof CliError) || !/GET \/nodes: .*role/.test(error.message)) throw error;
      }
      const name = options.name ?? new URL(target.server).host;
      if (!/^[A-Za-z0-9_.:@-]{1,100}$/.test(name)) {
        throw usageError(`--name ${name}: use letters, digits and . _ : @ -`);
      }
      const saved = await readContexts(io.env);
      saved.contexts[name] = { server: target.server, token: target.token };
      saved.current = name;
      const path = await writeContexts(io.env, saved);
      run.io.stdout(
        run.done(`logged in to ${target.server}; context '${name}' is current (saved in ${path})`, {
          context: name,
          server: target.server,
          path,
        }),
      );
    }));

  const context = program.command("context").description("saved servers and credentials");
  context.command("ls").description("saved contexts (* is current)").action(act(async (run) => {
    const saved = await readContexts(io.env);
    const rows = Object.entries(saved.contexts).map(([name, c]) => ({
      name,
      ...c,
      current: saved.current === name,
    }));
    run.io.stdout(run.list(rows, columns, {
      current: saved.current,
      items: rows.map(({ token: _t, ...r }) => r),
    }));
  }));
  context.command("use").description("make a saved context current").argument("<name>")
    .action(act(async (run, name: string) => {
      const saved = await readContexts(io.env);
      if (!saved.contexts[name]) {
        throw usageError(
          `no context '${name}' in ${
            contextsPath(io.env)
          }: see \`deno task cli context ls\`, or \`login --name ${name}\``,
        );
      }
      saved.current = name;
      await writeContexts(io.env, saved);
      run.io.stdout(
        run.done(`context '${name}' (${saved.contexts[name]!.server}) is current`, {
          current: name,
        }),
      );
    }));
  context.command("rm").description("forget a saved context").argument("<name>")
    .action(act(async (run, name: string) => {
      const saved = await readContexts(io.env);
      if (!saved.contexts[name]) throw usageError(`no context '${name}'`);
      delete saved.contexts[name];
      if (saved.current === name) saved.current = null;
      await writeContexts(io.env, saved);
      run.io.stdout(run.done(`context '${name}' removed`, { removed: name }));
    }));
}
