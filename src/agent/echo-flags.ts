import { parseArgs } from "node:util";
import { z } from "zod";
import type { LogLevel } from "../telemetry/log.ts";
import { splitUrls, SWITCHBOARD_URLS } from "./switchboard-urls.ts";

/**
 * The demo echo agent's command line, checked by zod:
 * `--port 8801 --switchboard http://127.0.0.1:9000 [--token T] [--name echo-1] [--id echo-1]
 *  [--host 127.0.0.1] [--advertise-host H] [--path /] [--weight N] [--max-sessions N]
 *  [--log-level info] [--exit-with-stdin true] [--heartbeat-ms 5000]`.
 * `--exit-with-stdin true` stops the agent when stdin closes: a parent that
 * dies without stopping its children (demo-fleet's node crashed) does not
 * leave orphans holding the demo ports.
 * The token may also come from SWITCHBOARD_AGENT_TOKEN, which keeps it out
 * of `ps` listings (demo-fleet passes it that way). `--switchboard` takes one
 * URL or several, comma-separated (a cluster's nodes); without it
 * SWITCHBOARD_URLS is read the same way.
 */
const port = z.coerce.number().int().min(0).max(65535);
const EchoFlags = z.object({
  port: port.default(8801),
  switchboard: z.string().transform(splitUrls)
    .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1)).optional(),
  token: z.string().min(1).optional(),
  name: z.string().min(1).max(200).default("echo"),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/).optional(),
  host: z.string().min(1).default("127.0.0.1"),
  "advertise-host": z.string().min(1).optional(),
  path: z.string().startsWith("/").default("/"),
  weight: z.coerce.number().int().min(0).max(1000).optional(),
  "max-sessions": z.coerce.number().int().min(1).optional(),
  "log-level": z.enum(["debug", "info", "warn", "error"]).default("info"),
  "exit-with-stdin": z.enum(["true", "false"]).default("false"),
  /** How often to heartbeat: below the node's HEARTBEAT_TTL_SECONDS when that is short. */
  "heartbeat-ms": z.coerce.number().int().min(100).max(3_600_000).optional(),
});

export interface EchoFlags {
  port: number;
  switchboardUrls?: string[];
  token?: string;
  name: string;
  id?: string;
  hostname: string;
  advertiseHost?: string;
  path: string;
  weight?: number;
  maxSessions?: number;
  logLevel: LogLevel;
  exitWithStdin: boolean;
  heartbeatIntervalMs?: number;
}

export type FlagsResult = { ok: true; flags: EchoFlags } | { ok: false; message: string };

export function parseEchoFlags(args: string[], env: (name: string) => string | undefined) {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args,
      strict: true,
      options: Object.fromEntries(Object.keys(EchoFlags.shape).map((k) => [k, { type: "string" }])),
    }).values as Record<string, string | undefined>;
  } catch (error) {
    return { ok: false, message: (error as Error).message } satisfies FlagsResult;
  }
  const parsed = EchoFlags.safeParse({
    token: env("SWITCHBOARD_AGENT_TOKEN"),
    switchboard: env(SWITCHBOARD_URLS) || undefined,
    ...values,
  });
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join(
      "; ",
    );
    return { ok: false, message } satisfies FlagsResult;
  }
  const f = parsed.data;
  return {
    ok: true,
    flags: {
      port: f.port,
      switchboardUrls: f.switchboard,
      token: f.token,
      name: f.name,
      id: f.id,
      hostname: f.host,
      advertiseHost: f["advertise-host"],
      path: f.path,
      weight: f.weight,
      maxSessions: f["max-sessions"],
      logLevel: f["log-level"],
      exitWithStdin: f["exit-with-stdin"] === "true",
      ...(f["heartbeat-ms"] !== undefined ? { heartbeatIntervalMs: f["heartbeat-ms"] } : {}),
    },
  } satisfies FlagsResult;
}
