import { z } from "zod";
import { signToken } from "../auth/jwt.ts";
import { Role } from "../auth/roles.ts";
import type { CommandIo } from "./replay.ts";

const TokenFlags = z.object({
  sub: z.string().min(1).max(200),
  roles: z.string().transform((s) => s.split(",").map((r) => r.trim())).pipe(z.array(Role).min(1)),
  ttl: z.coerce.number().int().min(1).max(5 * 365 * 86_400).default(86_400),
  capabilities: z.string().transform((s) => s.split(",").map((c) => c.trim())).optional(),
});

const USAGE =
  "usage: switchboard token --sub SUBJECT --roles ROLE[,ROLE] [--ttl SECONDS] [--capabilities C1,C2]\n" +
  "Signs an HS256 token with SWITCHBOARD_JWT_SECRET and prints it (for agents, clients and scripts).\n";

/** `deno task cli token`: mints a JWT from the shared secret, e.g. for a demo agent. */
export async function tokenCommand(args: string[], io: CommandIo): Promise<number> {
  if (args.includes("--help")) {
    io.stdout(USAGE);
    return 0;
  }
  const secret = io.env.SWITCHBOARD_JWT_SECRET;
  if (!secret) {
    io.stderr("switchboard token: SWITCHBOARD_JWT_SECRET is not set\n");
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
