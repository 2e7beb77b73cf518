import { z } from "zod";
import { HealthThresholds } from "../agent/commands.ts";

/** A token bucket: `rate` tokens a second, up to `burst` at once. */
export const Bucket = z.object({
  rate: z.number().positive().max(1_000_000),
  burst: z.number().int().min(1).max(1_000_000),
});

const Cidrs = z.array(z.string().max(64)).max(1000).default([]);
/** Empty `allow` admits everyone not denied. */
export const AccessList = z.object({ allow: Cidrs, deny: Cidrs }).prefault({});

/**
 * Settings an operator may change while the fleet runs (`PUT /api/v1/config`).
 * Every change is a `config.changed` event carrying the whole, validated
 * config and its version, so the log says which limits were in force when.
 * Alert rules were once part of it (`alertRules`); they are resources of
 * their own now (actors/alert-rule), and a node migrates the ones an old
 * config still holds (src/runtime/alerting/config-migration.ts).
 */
export const RuntimeConfig = z.object({
  limits: z.object({
    frameMaxBytes: z.number().int().min(1024).max(64 << 20).default(1 << 20),
    handshakeTimeoutMs: z.number().int().min(100).max(60_000).default(5_000),
    maxHeaderBytes: z.number().int().min(1024).max(1 << 20).default(16 << 10),
    maxSessionsPerNode: z.number().int().min(1).max(1_000_000).default(20_000),
    maxSessionsPerIdentity: z.number().int().min(1).max(1_000_000).default(1_000),
    connectsPerIp: Bucket.default({ rate: 200, burst: 1000 }),
    connectsPerIdentity: Bucket.default({ rate: 200, burst: 1000 }),
    apiRequestsPerIp: Bucket.default({ rate: 500, burst: 1000 }),
    apiRequestsPerIdentity: Bucket.default({ rate: 500, burst: 1000 }),
    framesPerSession: Bucket.default({ rate: 5_000, burst: 10_000 }),
  }).prefault({}),
  access: z.object({ api: AccessList, agent: AccessList, ws: AccessList }).prefault({}),
  health: HealthThresholds.prefault({}),
  sessions: z.object({
    resumeGraceSeconds: z.number().int().min(0).max(86_400).default(30),
    trafficReportIntervalMs: z.number().int().min(500).max(600_000).default(10_000),
  }).prefault({}),
  /** Pre-dialled sockets per agent in use on each edge (src/edge/upstream-pool.ts). */
  upstreamPool: z.object({
    perAgent: z.number().int().min(0).max(64).default(4),
    maxIdleSeconds: z.number().int().min(1).max(110).default(30),
  }).prefault({}),
});
export type RuntimeConfig = z.infer<typeof RuntimeConfig>;

export const defaultRuntimeConfig: RuntimeConfig = RuntimeConfig.parse({});
