import { ConfigError, loadConfig } from "./config/config.ts";
import { startNode } from "./node.ts";
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
  const node = await startNode(config, log);
  console.log(
    [
      "Switchboard is running.",
      `  dashboard:        ${node.url}/`,
      `  client WebSocket: ${node.url.replace(/^http/, "ws")}/ws?capability=echo`,
      `  API:              ${node.url}/api/v1`,
      `  health:           ${node.url}/healthz  ${node.url}/readyz`,
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
