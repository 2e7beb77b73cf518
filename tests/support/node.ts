import { loadConfig } from "../../src/config/config.ts";
import { requireUrl } from "./services.ts";
import { startNode, type SwitchboardNode } from "../../src/node/start.ts";
import { createLogger } from "../../src/telemetry/log.ts";
import { signToken } from "../../src/auth/jwt.ts";
import type { Role } from "../../src/auth/roles.ts";

export interface TestNode {
  node: SwitchboardNode;
  url: string;
  /** A token for `sub` with `roles`, signed with the node's secret. */
  token(sub: string, roles: Role[], ttlSeconds?: number): Promise<string>;
  /** fetch against the node with a bearer token. */
  call(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
  stop(): Promise<void>;
}

/** An embedded node on a free port with its own temporary data directory. */
export async function startTestNode(env: Record<string, string> = {}): Promise<TestNode> {
  const dataDir = await Deno.makeTempDir({ prefix: "switchboard-test-" });
  const config = loadConfig({
    PORT: "0",
    DATA_DIR: dataDir,
    DEMO_AGENTS: "0",
    LOG_LEVEL: "error",
    ...env,
  }, []);
  const node = await startNode(config, createLogger("error"));
  return {
    node,
    url: node.url,
    token: (sub, roles, ttl = 600) => signToken(node.jwtSecret!, { sub, roles }, ttl),
    call(path, init = {}) {
      const headers = new Headers(init.headers);
      if (init.token) headers.set("authorization", `Bearer ${init.token}`);
      if (init.body && !headers.has("content-type")) {
        headers.set("content-type", "application/json");
      }
      return fetch(`${node.url}${path}`, { ...init, headers });
    },
    async stop() {
      await node.stop();
      await Deno.remove(dataDir, { recursive: true });
    },
  };
}

/**
 * The config of one node of a test cluster on the shared PostgreSQL and
 * NATS: its own namespace (schemas, streams, leases), four partitions, no
 * demo agents; `env` adds to it or overrides.
 */
export function clusterNodeConfig(
  cluster: { namespace: string; secret: string },
  nodeId: string,
  env: Record<string, string> = {},
) {
  return loadConfig({
    PORT: "0",
    DATABASE_URL: requireUrl("postgres"),
    NATS_URL: requireUrl("nats"),
    SWITCHBOARD_NAMESPACE: cluster.namespace,
    SWITCHBOARD_JWT_SECRET: cluster.secret,
    NODE_ID: nodeId,
    PARTITIONS: "4",
    DEMO_AGENTS: "0",
    ...env,
  }, []);
}
