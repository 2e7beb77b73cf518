import type { Command } from "commander";
import type { CommandIo } from "../replay.ts";
import { usageError } from "./cli-error.ts";
import { action, integer, type Outcome } from "./define.ts";
import { type Column, relativeTime, shortId } from "./output.ts";

interface KeyRow {
  keyId: string;
  name: string;
  prefix: string;
  roles: string[];
  capabilities?: string[];
  expiresAt?: string;
  at?: string;
  revoked: boolean;
}

const columns: Column<KeyRow>[] = [
  { header: "id", cell: (k) => shortId(k.keyId) },
  { header: "name", cell: (k) => k.name },
  { header: "prefix", cell: (k) => `${k.prefix}…` },
  { header: "roles", cell: (k) => k.roles.join(",") },
  { header: "capabilities", cell: (k) => k.capabilities?.join(",") ?? "*" },
  { header: "issued", cell: (k) => relativeTime(k.at) },
  { header: "expires", cell: (k) => k.expiresAt ? relativeTime(k.expiresAt) : "never" },
  { header: "state", cell: (k, s) => k.revoked ? s.status("revoked") : s.status("active") },
];

const list = (v: string) => v.split(",").map((s) => s.trim()).filter(Boolean);

/** `keys create|ls|revoke`: API keys (admin). */
export function keysNoun(program: Command, io: CommandIo, outcome: Outcome): void {
  const keys = program.command("keys").description("API keys (admin)");
  const act = (fn: Parameters<typeof action>[2]) => action(io, outcome, fn);

  keys.command("create").description("issue a key; it is printed once, keep it")
    .requiredOption("--name <name>", "what the key is for")
    .requiredOption(
      "--roles <roles>",
      "admin, operator, auditor, agent, client (comma-separated)",
      list,
    )
    .option("--capabilities <caps>", "limit what it may reach (comma-separated)", list)
    .option("--expires-in <seconds>", "expiry", integer(60, 5 * 365 * 86_400))
    .action(act(async (run, options) => {
      const api = await run.api();
      const answer = await api.json<{ key: string; keyId?: string; id?: string }>(
        "POST",
        "/api-keys",
        {
          body: {
            name: options.name,
            roles: options.roles,
            ...(options.capabilities ? { capabilities: options.capabilities } : {}),
            ...(options.expiresIn ? { expiresInSeconds: options.expiresIn } : {}),
          },
        },
      );
      if (run.format === "table") {
        run.io.stderr("the key is shown once: store it now\n");
        run.io.stdout(`${answer.key}\n`);
      } else run.io.stdout(run.one(answer));
    }));

  keys.command("ls").description("keys (never the keys themselves)")
    .option("--all", "include revoked keys").action(act(async (run, options) => {
      const api = await run.api();
      const { items } = await api.get<{ items: KeyRow[] }>("/api-keys");
      const shown = options.all ? items : items.filter((k) => !k.revoked);
      run.io.stdout(run.list(shown, columns, { items: shown }));
    }));

  keys.command("revoke").description("revoke a key by id (or its first characters)")
    .argument("<id>").action(act(async (run, id: string) => {
      const api = await run.api();
      let keyId = id;
      if (id.length < 36) {
        const { items } = await api.get<{ items: KeyRow[] }>("/api-keys");
        const found = items.filter((k) => k.keyId.startsWith(id));
        if (found.length !== 1) {
          throw usageError(
            `${found.length ? "several" : "no"} keys start with '${id}': give more of the id`,
          );
        }
        keyId = found[0]!.keyId;
      }
      const answer = await api.json("DELETE", `/api-keys/${encodeURIComponent(keyId)}`);
      run.io.stdout(run.done(`key ${shortId(keyId)} revoked`, answer));
    }));
}
