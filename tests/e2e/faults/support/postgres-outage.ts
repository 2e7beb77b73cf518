/**
 * One PostgreSQL outage under load, start to finish: a private cluster, one
 * node (embedded command log) or two (the shared NATS, in a namespace of
 * their own), the load through the first node, the fault, then every check.
 * Returns a line saying what was measured.
 */
import { dropStreams } from "../../../support/namespace.ts";
import { requireUrl, uniqueName } from "../../../support/services.ts";
import { pause } from "../../../support/time.ts";
import { createPgCluster, type PgCluster } from "./pg-cluster.ts";
import { type NodeProcess, startNodeProcess } from "./node-process.ts";
import { type OutageLoad, startOutageLoad } from "./outage-load.ts";
import {
  assertFramesRelayed,
  assertLogIntact,
  assertNodesAlive,
  assertOpensClear,
  assertProjectionsMatchReplay,
  assertReadiness,
  heartbeatRecovery,
  openSummary,
} from "./outage-check.ts";

export interface PostgresOutage {
  nodes: 1 | 2;
  /** A restart (`pg_ctlcluster restart -m fast`), or a stop of this long before the start. */
  fault: { kind: "restart" } | { kind: "stop"; ms: number };
}

export async function runPostgresOutage(outage: PostgresOutage): Promise<string> {
  const namespace = outage.nodes === 2 ? uniqueName("sbfault") : "fault";
  let cluster: PgCluster | undefined;
  const nodes: NodeProcess[] = [];
  let load: OutageLoad | undefined;
  try {
    cluster = await createPgCluster();
    const env = {
      DATABASE_URL: cluster.url,
      SWITCHBOARD_NAMESPACE: namespace,
      LOG_LEVEL: Deno.env.get("FAULT_LOG_LEVEL") ?? "warn",
      ...(outage.nodes === 2 ? { NATS_URL: requireUrl("nats"), PARTITIONS: "4" } : {}),
    };
    for (let i = 0; i < outage.nodes; i++) {
      nodes.push(await startNodeProcess({ ...env, NODE_ID: `fault-node-${i}` }));
    }
    const entry = nodes[0]!;
    load = await startOutageLoad(entry.url);
    await pause(2_000); // measures real time: load before the fault
    let down: number, starting: number;
    if (outage.fault.kind === "restart") {
      down = Date.now();
      await cluster.restart();
      starting = Date.now();
    } else {
      await cluster.stop();
      down = Date.now();
      await pause(outage.fault.ms); // measures real time: the outage
      starting = Date.now();
      await cluster.start();
    }
    const up = Date.now();
    await pause(8_000); // measures real time: load after the fault
    await load.stop();
    assertNodesAlive(nodes);
    await assertFramesRelayed(load);
    assertOpensClear(load);
    const recoveredAfterMs = heartbeatRecovery(load, { down, up });
    if (outage.fault.kind === "stop") assertReadiness(load, { down, up: starting });
    const { events } = await assertLogIntact(cluster.url, namespace, load);
    for (const node of nodes) await assertProjectionsMatchReplay(node.url);
    return `postgres ${outage.fault.kind}, ${outage.nodes} node(s): out ${up - down} ms; ` +
      `heartbeats 2xx ${recoveredAfterMs} ms after its return; ${openSummary(load)}, ` +
      `${load.heartbeats.length} heartbeats, ${events} events`;
  } finally {
    await load?.stop().catch(() => {});
    if (Deno.env.get("FAULT_DEBUG")) { for (const node of nodes) console.log(node.stderr()); }
    for (const node of nodes) await node.stop();
    await cluster?.drop();
    if (outage.nodes === 2) await dropStreams(namespace).catch(() => {});
  }
}
