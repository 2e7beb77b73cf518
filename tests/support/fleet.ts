import { type DemoFleet, startDemoFleet } from "../../src/agent/demo-fleet.ts";
import { startTestNode, type TestNode } from "./node.ts";
import { waitFor } from "./time.ts";

/** Ports nobody listens on right now (bound, then released). */
export function freePorts(n: number): number[] {
  const listeners = Array.from(
    { length: n },
    () => Deno.listen({ hostname: "127.0.0.1", port: 0 }),
  );
  const ports = listeners.map((l) => (l.addr as Deno.NetAddr).port);
  for (const l of listeners) l.close();
  return ports;
}

export interface NodeWithFleet {
  t: TestNode;
  fleet: DemoFleet;
  /** A client token (role client). */
  clientToken: string;
  wsUrl(query: string): string;
  stop(): Promise<void>;
}

/**
 * An embedded node with `agents` demo echo agents, each a real process,
 * registered and healthy before this resolves.
 */
export async function startNodeWithFleet(
  agents = 3,
  env: Record<string, string> = {},
): Promise<NodeWithFleet> {
  const t = await startTestNode(env);
  const tokens = new Map<string, string>();
  for (let i = 1; i <= agents; i++) tokens.set(`echo-${i}`, await t.token(`echo-${i}`, ["agent"]));
  const fleet = await startDemoFleet({
    switchboardUrl: t.url,
    ports: freePorts(agents),
    tokenFor: (id) => tokens.get(id)!,
    ...(t.node.dialPublicKey ? { edgePublicKey: t.node.dialPublicKey } : {}),
    stopTimeoutMs: 3_000,
  });
  const healthy = () =>
    t.node.fleet.view.agents().filter((a) => a.health === "healthy" && !a.draining).length;
  await waitFor(() => healthy() === agents, `${agents} healthy agents`, 30_000);
  const clientToken = await t.token("client-1", ["client"]);
  return {
    t,
    fleet,
    clientToken,
    wsUrl: (query) => `${t.url.replace("http", "ws")}/ws?${query}&access_token=${clientToken}`,
    async stop() {
      await fleet.stop();
      await t.stop();
    },
  };
}
