import { ConfigError, loadConfig } from "./config/config.ts";
import { startNode } from "./node/start.ts";
import { createLogger } from "./telemetry/log.ts";

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
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log.info("stopping");
    await node.stop();
    Deno.exit(0);
  };
  Deno.addSignalListener("SIGINT", stop);
  Deno.addSignalListener("SIGTERM", stop);
}

if (import.meta.main) await main();
