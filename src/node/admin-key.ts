import type { ApiKeyCommandClient } from "../runtime/commands/clients.ts";
import type { ApiKeyRegistry } from "../auth/api-keys.ts";
import { issueApiKey } from "../api/routes/api-keys.ts";

/**
 * Embedded mode keeps an admin API key in the data directory, so a newcomer
 * can call the API at once. It is issued through the API-key actor like any
 * other (only its hash is in the log) and re-issued if the log lost it.
 */
export async function ensureAdminKey(
  dataDir: string,
  commands: ApiKeyCommandClient,
  apiKeys: ApiKeyRegistry,
  caughtUpTo: (position: number) => Promise<unknown>,
): Promise<string> {
  const file = `${dataDir}/admin-api-key`;
  const existing = await Deno.readTextFile(file).then((t) => t.trim()).catch(() => undefined);
  if (existing && await apiKeys.verify(existing).then(() => true, () => false)) return file;
  const issued = await issueApiKey(commands, { name: "embedded admin", roles: ["admin"] }, {
    sub: "switchboard",
    roles: ["admin"],
  });
  if (issued.position !== undefined) await caughtUpTo(issued.position);
  await Deno.writeTextFile(file, issued.key + "\n", { mode: 0o600 });
  return file;
}
