/**
 * A Switchboard node as a real process (src/main.ts), so a fault test sees
 * what an operator sees: a process that exits is an exit code, not a thrown
 * error in the test's own process.
 */
import { signToken } from "../../../../src/auth/jwt.ts";
import { waitFor } from "../../../support/time.ts";
import { freePort } from "./pg-cluster.ts";

export const FAULT_SECRET = "fault-test-secret-fault-test-secret-0123456789";
const projectDir = new URL("../../../../", import.meta.url).pathname;

export interface NodeProcess {
  url: string;
  /** Set once the process has exited: its exit code. */
  exited(): number | undefined;
  /** Everything the node wrote to stderr so far (a crash's stack, its warnings). */
  stderr(): string;
  stop(): Promise<void>;
}

export async function startNodeProcess(env: Record<string, string>): Promise<NodeProcess> {
  const port = freePort();
  const dataDir = await Deno.makeTempDir({ prefix: "sbfault-node-" });
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--config", `${projectDir}deno.json`, `${projectDir}src/main.ts`],
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SWITCHBOARD_JWT_SECRET: FAULT_SECRET,
      LOG_LEVEL: "warn",
      DEMO_AGENTS: "0",
      NATS_URL: "",
      // The outage must not make the agents look silent: health is not what is tested.
      HEARTBEAT_TTL_SECONDS: "300",
      ...env,
    },
    stdin: "piped",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let code: number | undefined;
  const status = child.status.then((s) => code = s.code);
  let err = "";
  const reading = (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of child.stderr) err += decoder.decode(chunk, { stream: true });
  })();
  const url = `http://127.0.0.1:${port}`;
  const node: NodeProcess = {
    url,
    exited: () => code,
    stderr: () => err,
    async stop() {
      if (code === undefined) {
        try {
          child.kill("SIGTERM");
        } catch { /* already gone */ }
      }
      await child.stdin.close().catch(() => {});
      await status;
      await reading.catch(() => {});
      await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    },
  };
  try {
    await waitFor(
      async () => {
        if (code !== undefined) throw new Error(`node exited (${code}) while starting:\n${err}`);
        try {
          return (await fetch(`${url}/readyz`)).status === 200;
        } catch {
          return false;
        }
      },
      "the node to be ready",
      60_000,
    );
  } catch (error) {
    await node.stop();
    throw error;
  }
  return node;
}

export function faultToken(sub: string, role: "admin" | "agent" | "client"): Promise<string> {
  return signToken(FAULT_SECRET, { sub, roles: [role] }, 3600);
}
