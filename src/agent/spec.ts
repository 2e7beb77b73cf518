import { z } from "zod";
import { AgentSpec } from "../../events/agent.ts";
import { Id } from "../../events/common.ts";
import type { AgentOptions } from "./types.ts";

/** The registration body: the contract's agent spec (events/agent.ts) plus an optional id. */
const Registration = AgentSpec.extend({ id: Id.optional() });
export type Registration = z.output<typeof Registration>;

/** Brackets an IPv6 literal so it can sit in a URL's authority. */
export function urlHost(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/**
 * Builds and checks the registration body before the agent starts. A bad
 * capability or port is a programming error: failing here, with the field
 * named, beats retrying a 400 forever in the background.
 */
export function registrationSpec(
  options: AgentOptions,
  advertiseHost: string,
  port: number,
  healthEndpoint: string,
): Registration {
  const parsed = Registration.safeParse({
    id: options.id,
    name: options.name,
    host: advertiseHost,
    port,
    path: options.path ?? "/",
    agentType: options.agentType,
    capabilities: options.capabilities,
    version: options.version,
    weight: options.weight,
    maxSessions: options.maxSessions,
    healthEndpoint,
    ...(options.pool ?? true ? { pooling: true } : {}),
  });
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new TypeError(`invalid agent options: ${detail}`);
  }
  return parsed.data;
}
