import { ConfigError, loadConfig } from "./config/config.ts";
import { startNode, type SwitchboardNode } from "./node/start.ts";
import { createLogger, type Logger } from "./telemetry/log.ts";
import { type DemoFleet, startDemoFleet } from "./agent/demo-fleet.ts";
import { signToken } from "./auth/jwt.ts";

/** `deno task start`: parse config, start one node, stop cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`switchboard: ${error.message}`);
      Deno.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  let node;
  try {
    node = await startNode(config, log);
  } catch (error) {
    console.error(
      `switchboard: could not start: ${error instanceof Error ? error.message : error}`,
    );
    Deno.exit(1);
  }
  console.log(
    [
      "Switchboard is running.",
      `  dashboard:        ${node.url}/`,
      `  client WebSocket: ${node.url.replace(/^http/, "ws")}/ws?capability=echo`,
      `  API:              ${node.url}/api/v1`,
      `  health:           ${node.url}/healthz  ${node.url}/readyz`,
      node.adminKeyFile
        ? `  admin API key:    in ${node.adminKeyFile} (use as: Authorization: Bearer <key>)`
        : `  admin access:     a JWT signed with SWITCHBOARD_JWT_SECRET (claims sub, roles ["admin"], exp)`,
    ].join("\n"),
  );
  const fleet = config.demoAgents ? await startDemoAgents(node, log) : undefined;

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log.info("stopping");
    // Clients first: told to reconnect (1001) while their agents are still up, so their
    // sessions stay resumable; a drain that found no agent left would end them with 4013.
    await node.edge.shutdown();
    // Then the agents, while the node can still record their drain and deregistration.
    await fleet?.stop();
    await node.stop();
    Deno.exit(0);
  };
  Deno.addSignalListener("SIGINT", stop);
  Deno.addSignalListener("SIGTERM", stop);
}

/** Three echo agents on 8801-8803, each a process, each with its own agent token. */
async function startDemoAgents(node: SwitchboardNode, log: Logger): Promise<DemoFleet> {
  const names = ["echo-1", "echo-2", "echo-3"];
  const secret = node.jwtSecret;
  const tokens = new Map<string, string>();
  if (secret) {
    for (const name of names) {
      tokens.set(name, await signToken(secret, { sub: name, roles: ["agent"] }, 30 * 86_400));
    }
  }
  log.info("starting demo agents", { ports: "8801-8803" });
  return await startDemoFleet({
    switchboardUrl: node.url,
    tokenFor: (id) => tokens.get(id) ?? "",
    ...(node.dialPublicKey ? { edgePublicKey: node.dialPublicKey } : {}),
  });
}

if (import.meta.main) await main();
