import { ignoreWithout } from "../../support/services.ts";
import { pause } from "../../support/time.ts";
import { createPgCluster, type PgCluster } from "./support/pg-cluster.ts";
import { type NodeProcess, startNodeProcess } from "./support/node-process.ts";
import { type OutageLoad, startOutageLoad } from "./support/outage-load.ts";
import {
  assertFramesRelayed,
  assertLogIntact,
  assertNodesAlive,
  assertOpensClear,
  assertProjectionsMatchReplay,
  assertReadiness,
  heartbeatRecovery,
  openSummary,
} from "./support/outage-check.ts";

Deno.test({
  name:
    "fault: PostgreSQL stops for 20 s under load; the node survives, /readyz says so, live sessions keep relaying, opens end promptly, heartbeats answer within 5 s of its return and nothing acknowledged is lost or doubled",
  // It makes its own cluster; DATABASE_URL marks a machine with PostgreSQL's tools.
  ignore: ignoreWithout("postgres"),
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    let cluster: PgCluster | undefined;
    let node: NodeProcess | undefined;
    let load: OutageLoad | undefined;
    try {
      cluster = await createPgCluster();
      node = await startNodeProcess({
        DATABASE_URL: cluster.url,
        SWITCHBOARD_NAMESPACE: "fault",
        LOG_LEVEL: Deno.env.get("FAULT_LOG_LEVEL") ?? "warn",
      });
      load = await startOutageLoad(node.url);
      await pause(2_000); // measures real time: load before the fault
      await cluster.stop();
      const down = Date.now();
      await pause(20_000); // measures real time: the outage
      const starting = Date.now();
      await cluster.start();
      const up = Date.now();
      await pause(8_000); // measures real time: load after the fault
      await load.stop();
      assertNodesAlive([node]);
      await assertFramesRelayed(load);
      assertOpensClear(load);
      const recoveredAfterMs = heartbeatRecovery(load, { down, up });
      assertReadiness(load, { down, up: starting });
      const { events } = await assertLogIntact(cluster.url, "fault", load);
      await assertProjectionsMatchReplay(node.url);
      console.log(
        `postgres stop: down ${up - down} ms; heartbeats 2xx ${recoveredAfterMs} ms after; ` +
          `${openSummary(load)}, ${load.heartbeats.length} heartbeats, ${events} events`,
      );
    } finally {
      await load?.stop().catch(() => {});
      if (Deno.env.get("FAULT_DEBUG")) console.log(node?.stderr());
      await node?.stop();
      await cluster?.drop();
    }
  },
});
