/**
 * The soak's faults, each done to the soak's own services or nodes, then
 * the time each live node takes to answer a heartbeat and an open again,
 * counted from the moment the dependency is back.
 */
import type { PrivateNats, PrivatePostgres } from "./private-services.ts";
import type { SoakNode } from "./soak-node.ts";

export const FAULTS = ["pg-restart", "pg-stop", "nats-restart", "node-kill"] as const;
export type Fault = typeof FAULTS[number];

/** How long `pg-stop` keeps PostgreSQL down. */
export const PG_STOP_SECONDS = 25;

export interface FaultReport {
  fault: Fault;
  /** Seconds since the soak started, when the fault began. */
  atS: number;
  /** How long the fault itself took (down and back up), ms. */
  outageMs: number;
  /** The node killed, for node-kill. */
  node?: string;
  /** Per node: ms from the dependency's return to a heartbeat and an open succeeding; null if not within 120 s. */
  recoveryMs: Record<string, number | null>;
  error?: string;
}

export function parseFaults(list: string): Fault[] {
  const names = list.split(",").map((s) => s.trim()).filter(Boolean);
  for (const name of names) {
    if (!(FAULTS as readonly string[]).includes(name)) {
      throw new Error(`unknown fault '${name}'; known: ${FAULTS.join(", ")}`);
    }
  }
  return names as Fault[];
}

export interface FaultTargets {
  pg: PrivatePostgres;
  nats: PrivateNats;
  nodes: SoakNode[];
  elapsedS: () => number;
  /** ms until a heartbeat and an open succeed through the node (undefined: not within the bound). */
  recovery: (node: SoakNode) => Promise<number | undefined>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Does the fault, waits for recovery on every live node; the `n`th node-kill kills node n mod 2. */
export async function runFault(fault: Fault, n: number, targets: FaultTargets) {
  const report: FaultReport = {
    fault,
    atS: Math.round(targets.elapsedS()),
    outageMs: 0,
    recoveryMs: {},
  };
  const started = Date.now();
  try {
    switch (fault) {
      case "pg-restart":
        await targets.pg.restart();
        break;
      case "pg-stop":
        await targets.pg.stop();
        await sleep(PG_STOP_SECONDS * 1_000);
        await targets.pg.start();
        break;
      case "nats-restart":
        await targets.nats.restart();
        break;
      case "node-kill": {
        const victim = targets.nodes[n % targets.nodes.length]!;
        report.node = victim.id;
        await victim.kill();
        await sleep(2_000);
        await victim.start();
        break;
      }
    }
  } catch (error) {
    report.error = String(error).slice(0, 300);
  }
  report.outageMs = Date.now() - started;
  // A node that crashed is being restarted meanwhile: its recovery counts the restart.
  await Promise.all(targets.nodes.map(async (node) => {
    report.recoveryMs[node.id] = (await targets.recovery(node)) ?? null;
  }));
  return report;
}
