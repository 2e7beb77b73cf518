import postgres from "postgres";
import { loadConfig } from "../../../../src/config/config.ts";
import { startNode, type SwitchboardNode } from "../../../../src/node/start.ts";
import { createLogger } from "../../../../src/telemetry/log.ts";
import { requireUrl } from "../../../support/services.ts";

export const SECRET = "faults-test-secret-faults-test-secret-012345";

/** A node of a fault test's cluster: the shared PostgreSQL under `namespace`, the given NATS. */
export async function startClusterNode(
  nodeId: string,
  namespace: string,
  natsUrl: string,
): Promise<SwitchboardNode> {
  const config = loadConfig({
    PORT: "0",
    DATABASE_URL: requireUrl("postgres"),
    NATS_URL: natsUrl,
    SWITCHBOARD_NAMESPACE: namespace,
    SWITCHBOARD_JWT_SECRET: SECRET,
    NODE_ID: nodeId,
    PARTITIONS: "4",
    DEMO_AGENTS: "0",
  }, []);
  return await startNode(config, createLogger("error"));
}

/** Drops the namespace's schemas from the shared PostgreSQL. */
export async function dropSchemas(namespace: string): Promise<void> {
  const sql = postgres(requireUrl("postgres"), { max: 1, onnotice: () => {} });
  try {
    const schemas = await sql`select nspname from pg_namespace where nspname like ${
      namespace + "%"
    }`;
    for (const { nspname } of schemas) {
      await sql.unsafe(`drop schema if exists "${nspname}" cascade`);
    }
  } finally {
    await sql.end();
  }
}
