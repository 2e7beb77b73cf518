import type { Target } from "./api-client.ts";
import { CliError, usageError } from "./cli-error.ts";
import { readContexts } from "./contexts.ts";

/** The global flags that choose the node. */
export interface TargetFlags {
  server?: string;
  token?: string;
  context?: string;
}

/** The embedded node of the current directory: HOST:PORT as `deno task start` reads them. */
export function embeddedServer(env: Record<string, string | undefined>): string {
  const host = env.HOST && env.HOST !== "0.0.0.0" && env.HOST !== "::" ? env.HOST : "127.0.0.1";
  const port = env.PORT && env.PORT !== "0" ? env.PORT : "9000";
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

function checkedServer(server: string, from: string): string {
  try {
    const url = new URL(server);
    if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
  } catch { /* said below */ }
  throw usageError(`${from}: '${server}' is not an http(s) URL (e.g. http://127.0.0.1:9000)`);
}

/**
 * Which node and credential: `--server`/`SWITCHBOARD_SERVER` and
 * `--token`/`SWITCHBOARD_TOKEN` first; then the context named by
 * `--context`, else the current one (`login`, `context use`); else the
 * embedded node of this directory with its admin key (`DATA_DIR/admin-api-key`).
 * A context's credential is used only with its own server.
 */
export async function resolveTarget(
  flags: TargetFlags,
  env: Record<string, string | undefined>,
): Promise<Target> {
  const saved = await readContexts(env);
  const name = flags.context ?? env.SWITCHBOARD_CONTEXT ?? saved.current ?? undefined;
  const context = name ? saved.contexts[name] : undefined;
  if (flags.context && !context) {
    const known = Object.keys(saved.contexts);
    throw usageError(
      `no context '${flags.context}'${known.length ? ` (known: ${known.join(", ")})` : ""}: ` +
        "save one with `deno task cli login --server URL --token TOKEN --name NAME`",
    );
  }
  const explicit = flags.server ?? env.SWITCHBOARD_SERVER;
  const server = explicit
    ? checkedServer(explicit, flags.server ? "--server" : "SWITCHBOARD_SERVER")
    : context?.server ?? embeddedServer(env);
  const token = flags.token ?? env.SWITCHBOARD_TOKEN;
  if (token) return { server, token, source: flags.token ? "--token" : "SWITCHBOARD_TOKEN" };
  if (context && context.server === server && context.token) {
    return { server, token: context.token, source: `context ${name}` };
  }
  if (!explicit && !context) {
    const file = `${env.DATA_DIR || "./data"}/admin-api-key`;
    const key = await Deno.readTextFile(file).then((t) => t.trim(), () => undefined);
    return { server, token: key, source: key ? file : "no credential (no --token, no context)" };
  }
  if (explicit) {
    const file = `${env.DATA_DIR || "./data"}/admin-api-key`;
    const key = await Deno.readTextFile(file).then((t) => t.trim(), () => undefined);
    if (key && server === embeddedServer(env)) return { server, token: key, source: file };
  }
  return { server, token: undefined, source: "no credential (no --token, no context)" };
}

export { CliError };
