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

export { dropSchemas } from "../../../support/namespace.ts";
