import { z } from "zod";
import { allowlistEntryError } from "../security/webhook-target.ts";

const Port = z.coerce.number().int().min(0).max(65535);
const Flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

/** Start-up settings, from the environment with command-line flags on top. */
export const Config = z.object({
  host: z.string().min(1).default("127.0.0.1"),
  port: Port.default(9000),
  databaseUrl: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  natsUrl: z.string().regex(/^(nats|tls|ws|wss):\/\/\S+$/, "expected nats://host:port").optional(),
  dataDir: z.string().min(1).default("./data"),
  jwtSecret: z.string().min(32, "must be at least 32 characters").optional(),
  logLevel: z.enum(["debug", "info", "warn", "error"]).default("info"),
  demoAgents: Flag.default(true),
  /** Command-log partitions; every node of a cluster must agree on it. */
  partitions: z.coerce.number().int().min(1).max(1024).default(16),
  nodeId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  /**
   * Prefix of everything this cluster names in shared services: the store's
   * schema, the projections' schemas, the JetStream stream and KV bucket.
   * Two clusters (or test runs) on one PostgreSQL and NATS differ by it.
   */
  namespace: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/, "expected a lowercase name (a-z 0-9 _)")
    .default(
      "switchboard",
    ),
  /** RS256/ES256 tokens from an identity provider: its public key (PEM) and/or its JWKS URL. */
  jwtPublicKey: z.string().includes("-----BEGIN", { message: "expected a PEM public key" })
    .optional(),
  jwksUrl: z.url({ protocol: /^https?$/ }).optional(),
  jwtAudience: z.string().min(1).max(200).optional(),
  jwtIssuer: z.string().min(1).max(200).optional(),
  /** 32 bytes (base64) or a long passphrase: encrypts the secrets kept in DATA_DIR at rest. */
  dataKey: z.string().min(32, "must be 32 bytes of base64 or a passphrase of 32+ characters")
    .optional(),
  /** PKCS8 PEM private key the edges sign agent dials with (public key beside it as .pub.pem). */
  dialKeyFile: z.string().min(1).optional(),
  /** TLS for the edge and the API (wss://, https://): PEM files. Both or neither. */
  tlsCertFile: z.string().min(1).optional(),
  tlsKeyFile: z.string().min(1).optional(),
  /** `off` lets anyone in as an anonymous admin: for local experiments only. */
  auth: z.enum(["on", "off"]).default("on"),
  /** Silence after which an agent is suspect; unhealthy after three of these. */
  heartbeatTtlSeconds: z.coerce.number().positive().max(3600).default(15),
  /** How often the alerting leader evaluates every alert rule. */
  alertEvaluationIntervalSeconds: z.coerce.number().min(0.1).max(3600).default(5),
  /**
   * How long a command that fails for a passing reason (PostgreSQL or NATS
   * unavailable) keeps being retried before it is dead-lettered: an outage
   * shorter than this loses no command.
   */
  commandRetryBudgetSeconds: z.coerce.number().int().min(1).max(86_400).default(90),
  /**
   * Hosts notification webhooks may be sent to, comma-separated: names,
   * `*.domain`, addresses or CIDRs (src/security/webhook-target.ts). Empty:
   * anywhere but link-local and metadata addresses.
   */
  notifyAllowedHosts: z.string().transform((text) =>
    text.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "")
  ).superRefine((entries, ctx) => {
    for (const entry of entries) {
      const error = allowlistEntryError(entry);
      if (error) ctx.addIssue({ code: "custom", message: error });
    }
  }).default([]),
  /** How long the load projection keeps its 10 s and its 1 min buckets (on the events' clock). */
  loadRetention10sSeconds: z.coerce.number().int().min(60).max(7 * 86_400).default(3600),
  loadRetention1mSeconds: z.coerce.number().int().min(600).max(366 * 86_400).default(86_400),
});
export type Config = z.infer<typeof Config>;

/** Which field each environment variable fills. */
const fromEnv: Record<string, keyof Config> = {
  HOST: "host",
  PORT: "port",
  DATABASE_URL: "databaseUrl",
  NATS_URL: "natsUrl",
  DATA_DIR: "dataDir",
  SWITCHBOARD_JWT_SECRET: "jwtSecret",
  LOG_LEVEL: "logLevel",
  DEMO_AGENTS: "demoAgents",
  PARTITIONS: "partitions",
  NODE_ID: "nodeId",
  SWITCHBOARD_AUTH: "auth",
  SWITCHBOARD_NAMESPACE: "namespace",
  SWITCHBOARD_JWT_PUBLIC_KEY: "jwtPublicKey",
  SWITCHBOARD_JWKS_URL: "jwksUrl",
  SWITCHBOARD_JWT_AUDIENCE: "jwtAudience",
  SWITCHBOARD_JWT_ISSUER: "jwtIssuer",
  SWITCHBOARD_DIAL_KEY_FILE: "dialKeyFile",
  SWITCHBOARD_DATA_KEY: "dataKey",
  TLS_CERT_FILE: "tlsCertFile",
  TLS_KEY_FILE: "tlsKeyFile",
  HEARTBEAT_TTL_SECONDS: "heartbeatTtlSeconds",
  ALERT_EVALUATION_INTERVAL_SECONDS: "alertEvaluationIntervalSeconds",
  COMMAND_RETRY_BUDGET_SECONDS: "commandRetryBudgetSeconds",
  SWITCHBOARD_NOTIFY_ALLOWED_HOSTS: "notifyAllowedHosts",
  LOAD_RETENTION_10S_SECONDS: "loadRetention10sSeconds",
  LOAD_RETENTION_1M_SECONDS: "loadRetention1mSeconds",
};

const fromFlag: Record<string, keyof Config> = {
  "--host": "host",
  "--port": "port",
  "--database-url": "databaseUrl",
  "--nats-url": "natsUrl",
  "--data-dir": "dataDir",
  "--log-level": "logLevel",
  "--partitions": "partitions",
  "--node-id": "nodeId",
  "--namespace": "namespace",
  "--tls-cert": "tlsCertFile",
  "--tls-key": "tlsKeyFile",
};

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

const sourceName = Object.fromEntries([
  ...Object.entries(fromEnv).map(([env, key]) => [key, env]),
]) as Record<keyof Config, string>;

/**
 * Parses settings; a bad value throws a ConfigError whose message is one
 * line naming the variable, so start-up can print it and stop.
 */
export function loadConfig(
  env: Record<string, string | undefined> = Deno.env.toObject(),
  args: string[] = Deno.args,
): Config {
  const raw: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(fromEnv)) {
    const value = env[name];
    if (value !== undefined && value !== "") raw[key] = value;
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--no-demo") {
      raw.demoAgents = "0";
      continue;
    }
    const [flag, inline] = arg.split("=", 2) as [string, string | undefined];
    const key = fromFlag[flag];
    if (!key) throw new ConfigError(`unknown option ${flag}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new ConfigError(`option ${flag} needs a value`);
    raw[key] = value;
  }
  const parsed = Config.refine((c) => !c.tlsCertFile === !c.tlsKeyFile, {
    message: "TLS needs both a certificate and a key",
    path: ["tlsCertFile"],
  }).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0]) as keyof Config;
    throw new ConfigError(`invalid ${sourceName[key] ?? key}: ${issue.message}`);
  }
  return parsed.data;
}

/** Embedded = no DATABASE_URL and no NATS_URL; both = cluster mode. */
export function modeOf(config: Config): "embedded" | "cluster" | "mixed" {
  if (config.databaseUrl && config.natsUrl) return "cluster";
  if (!config.databaseUrl && !config.natsUrl) return "embedded";
  return "mixed";
}
