import { z } from "zod";
import { Capability, Id, Timestamp } from "./common.ts";

export const RoutingPolicy = z.object({
  strategy: z.string().min(1).max(64).default("round-robin"),
  sticky: z.boolean().default(true),
  failover: z.boolean().default(true),
  /** Degradation ladder: try this capability when none is healthy for the requested one. */
  fallbackCapability: Capability.optional(),
  /** Then answer "busy" with this retry-after. */
  retryAfterSeconds: z.number().int().min(1).max(3600).default(5),
});
export type RoutingPolicy = z.infer<typeof RoutingPolicy>;

export const RoutingPolicyChanged = RoutingPolicy.extend({ capability: Capability, at: Timestamp });

export const ConfigChanged = z.object({
  version: z.number().int().positive(),
  config: z.record(z.string(), z.unknown()),
  at: Timestamp,
});

export const ApiKeyIssued = z.object({
  keyId: Id,
  name: z.string().min(1).max(200),
  /** Hash of the key; the key itself is shown once and never stored. */
  hash: z.string().max(200),
  prefix: z.string().max(32),
  roles: z.array(z.string().max(32)).max(16),
  capabilities: z.array(Capability).max(64).optional(),
  expiresAt: Timestamp.optional(),
  at: Timestamp,
});
export const ApiKeyRevoked = z.object({ keyId: Id, at: Timestamp });
