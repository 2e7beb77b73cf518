import { signToken } from "../../src/auth/jwt.ts";
import { waitFor } from "./time.ts";

const SECRET = "start-test-secret-start-test-secret-0123456789";
const projectDir = new URL("../../", import.meta.url).pathname;

/** `deno task start` as a newcomer runs it: src/main.ts with its three demo agents (8801-8803). */
export function startMain(
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
): Deno.ChildProcess {
  return new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--config", `${projectDir}deno.json`, `${projectDir}src/main.ts`],
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      SWITCHBOARD_JWT_SECRET: SECRET,
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
      NATS_URL: "",
      ...env,
    },
    stdout: "null",
    stderr: "inherit",
  }).spawn();
}

async function healthyAgents(url: string, admin: string): Promise<number> {
  try {
    const res = await fetch(`${url}/api/v1/agents`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    const body = await res.json();
    const agents: { status: string }[] = body.items ?? body;
    return agents.filter((a) => a.status === "healthy").length;
  } catch {
    return 0; // not up yet
  }
}

const DEMO_PORTS = [8801, 8802, 8803];

async function listening(port: number): Promise<boolean> {
  try {
    (await Deno.connect({ hostname: "127.0.0.1", port })).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves once all three demo agents listen and are healthy in the registry
 * (after a restart the registry may still show the last run's agents).
 */
export async function demoFleetReady(url: string): Promise<void> {
  const admin = await adminToken();
  await waitFor(
    async () =>
      (await Promise.all(DEMO_PORTS.map(listening))).every(Boolean) &&
      await healthyAgents(url, admin) === 3,
    "three healthy demo agents",
    60_000,
  );
}

/** Resolves once the demo agents of a killed node have exited (they follow their parent's stdin). */
export async function demoFleetGone(): Promise<void> {
  await waitFor(
    async () => !(await Promise.all(DEMO_PORTS.map(listening))).some(Boolean),
    "the demo agents to exit",
    20_000,
  );
}

/** An admin token for the node started by startMain. */
export function adminToken(): Promise<string> {
  return signToken(SECRET, { sub: "root", roles: ["admin"] }, 600);
}

/** A client token for the node started by startMain. */
export function clientToken(): Promise<string> {
  return signToken(SECRET, { sub: "c1", roles: ["client"] }, 600);
}
