import { z } from "zod";
import { signToken } from "../auth/jwt.ts";
import { Role } from "../auth/roles.ts";
import type { CommandIo } from "./replay.ts";
import { SecretFiles } from "../security/secret-file.ts";

const TokenFlags = z.object({
  sub: z.string().min(1).max(200),
  roles: z.string().transform((s) => s.split(",").map((r) => r.trim())).pipe(z.array(Role).min(1)),
  ttl: z.coerce.number().int().min(1).max(5 * 365 * 86_400).default(86_400),
  capabilities: z.string().transform((s) => s.split(",").map((c) => c.trim())).optional(),
});

const USAGE =
  "usage: switchboard token --sub SUBJECT --roles ROLE[,ROLE] [--ttl SECONDS] [--capabilities C1,C2]\n" +
  "Signs an HS256 token with SWITCHBOARD_JWT_SECRET, or the embedded node's secret in\n" +
  "DATA_DIR/jwt-secret (default ./data), and prints it (for agents, clients and scripts).\n";

/**
 * The secret the node verifies with: SWITCHBOARD_JWT_SECRET, else the one an
 * embedded node generated into its data directory (decrypted with
 * SWITCHBOARD_DATA_KEY when the node sealed it).
 */
async function secretOf(env: CommandIo["env"]): Promise<{ secret?: string; tried: string }> {
  if (env.SWITCHBOARD_JWT_SECRET) return { secret: env.SWITCHBOARD_JWT_SECRET, tried: "" };
  const path = `${env.DATA_DIR || "./data"}/jwt-secret`;
  const files = await SecretFiles.fromEnv(env.SWITCHBOARD_DATA_KEY || undefined);
  return { secret: await files.read(path), tried: path };
}

/** `deno task cli token`: mints a JWT from the shared secret, e.g. for a demo agent. */
export async function tokenCommand(args: string[], io: CommandIo): Promise<number> {
  if (args.includes("--help")) {
    io.stdout(USAGE);
    return 0;
  }
  let found;
  try {
    found = await secretOf(io.env);
  } catch (error) {
    io.stderr(`switchboard token: cannot read the node's secret: ${(error as Error).message}\n`);
    return 1;
  }
  const secret = found.secret;
  if (!secret) {
    io.stderr(
      `switchboard token: no secret: SWITCHBOARD_JWT_SECRET is not set and there is no ${found.tried} ` +
        "(start the embedded node once with `deno task start`, or set DATA_DIR to its data directory)\n",
    );
    return 2;
  }
  const raw: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    const value = args[i + 1];
    if (!flag.startsWith("--") || value === undefined) {
      io.stderr(`switchboard token: bad arguments\n${USAGE}`);
      return 2;
    }
    raw[flag.slice(2)] = value;
  }
  const parsed = TokenFlags.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    io.stderr(`switchboard token: --${String(issue.path[0])}: ${issue.message}\n`);
    return 2;
  }
  const { sub, roles, ttl, capabilities } = parsed.data;
  io.stdout(
    `${await signToken(secret, { sub, roles, ...(capabilities ? { capabilities } : {}) }, ttl)}\n`,
  );
  return 0;
}
