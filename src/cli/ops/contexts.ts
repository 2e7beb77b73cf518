import { z } from "zod";
import { CliError } from "./cli-error.ts";

/** A saved server and credential, as `login` writes it. */
export const SavedContext = z.strictObject({
  server: z.url({ protocol: /^https?$/ }),
  token: z.string().min(1).optional(),
});
export type SavedContext = z.infer<typeof SavedContext>;

export const ContextsFile = z.strictObject({
  current: z.string().nullable().default(null),
  contexts: z.record(z.string(), SavedContext).default({}),
});
export type ContextsFile = z.infer<typeof ContextsFile>;

/** `$XDG_CONFIG_HOME/switchboard` (or `~/.config/switchboard`). */
export function configDir(env: Record<string, string | undefined>): string {
  const base = env.XDG_CONFIG_HOME || (env.HOME ? `${env.HOME}/.config` : undefined);
  if (!base) {
    throw new CliError("neither XDG_CONFIG_HOME nor HOME is set: nowhere to keep contexts");
  }
  return `${base}/switchboard`;
}

export const contextsPath = (env: Record<string, string | undefined>) =>
  `${configDir(env)}/contexts.json`;

export async function readContexts(env: Record<string, string | undefined>): Promise<ContextsFile> {
  const path = contextsPath(env);
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return { current: null, contexts: {} };
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return ContextsFile.parse(JSON.parse(text));
  } catch (error) {
    throw new CliError(
      `${path} is damaged (${(error as Error).message.split("\n")[0]}): fix or delete it, ` +
        "then `deno task cli login` again",
    );
  }
}

/**
 * Writes the contexts (credentials inside): the directory 0700, the file
 * 0600, written beside and renamed so a crash never leaves half a file.
 */
export async function writeContexts(
  env: Record<string, string | undefined>,
  contexts: ContextsFile,
): Promise<string> {
  const dir = configDir(env);
  await Deno.mkdir(dir, { recursive: true, mode: 0o700 });
  const path = contextsPath(env);
  const tmp = `${path}.tmp`;
  await Deno.writeTextFile(tmp, JSON.stringify(contexts, null, 2) + "\n", { mode: 0o600 });
  await Deno.chmod(tmp, 0o600);
  await Deno.rename(tmp, path);
  return path;
}
