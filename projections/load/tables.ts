import { clockDdl } from "../clock.ts";
import type { Histogram } from "./histogram.ts";
import type { Measured } from "./measured.ts";

/**
 * What a bucket's figures are about: the whole fleet, one agent, one
 * capability (routing key), or one node's edge (its own measurements only).
 */
export type LoadScope = "fleet" | "agent" | "capability" | "node";
export const LOAD_SCOPES = ["fleet", "agent", "capability", "node"] as const;

/** Bucket widths in seconds, and how long each is kept by default on the events' clock. */
export const RESOLUTIONS = [
  { seconds: 10, retainSeconds: 3600 },
  { seconds: 60, retainSeconds: 24 * 3600 },
] as const;
export type Resolution = (typeof RESOLUTIONS)[number]["seconds"];

const retention = new Map<number, number>(RESOLUTIONS.map((r) => [r.seconds, r.retainSeconds]));

/**
 * Sets how long buckets of each resolution are kept (LOAD_RETENTION_10S_SECONDS,
 * LOAD_RETENTION_1M_SECONDS; the node sets it at start). Every fold of a
 * process uses it, live and rebuild alike, so a replay prunes the same.
 */
export function setLoadRetention(seconds: Partial<Record<Resolution, number>>): void {
  for (const { seconds: res, retainSeconds } of RESOLUTIONS) {
    retention.set(res, seconds[res] ?? retainSeconds);
  }
}

export function retentionOf(resolution: Resolution): number {
  return retention.get(resolution)!;
}

/** The fleet scope's only key. */
export const FLEET = "*";

export interface BucketRow {
  resolution: number;
  scope: LoadScope;
  key: string;
  bucket_start: string;
  reports: number;
  frames_in: number;
  frames_out: number;
  bytes_in: number;
  bytes_out: number;
  errors: number;
  latency_p50: Histogram;
  latency_p99: Histogram;
  /** The edge's measurements and the agents' heartbeats (measured.ts). */
  measured: Measured;
}

export interface LoadTables {
  /** Open sessions: what traffic is attributed to, and the live-session counts. */
  live_sessions: { session_id: string; capability: string; agent_id: string | null };
  buckets: Omit<BucketRow, "bucket_start"> & { bucket_start: Date | string };
  clock: { singleton: boolean; high_water_at: Date | string };
}

export function loadDdl(schema: string): string[] {
  return [
    `CREATE TABLE ${schema}.live_sessions (
      session_id text PRIMARY KEY,
      capability text NOT NULL,
      agent_id text
    )`,
    `CREATE INDEX ON ${schema}.live_sessions (agent_id)`,
    `CREATE TABLE ${schema}.buckets (
      resolution integer NOT NULL,
      scope text NOT NULL,
      key text NOT NULL,
      bucket_start timestamptz NOT NULL,
      reports integer NOT NULL,
      frames_in bigint NOT NULL,
      frames_out bigint NOT NULL,
      bytes_in bigint NOT NULL,
      bytes_out bigint NOT NULL,
      errors bigint NOT NULL,
      latency_p50 jsonb NOT NULL,
      latency_p99 jsonb NOT NULL,
      measured jsonb NOT NULL,
      PRIMARY KEY (resolution, scope, key, bucket_start)
    )`,
    `CREATE INDEX ON ${schema}.buckets (resolution, bucket_start)`,
    clockDdl(schema),
  ];
}
