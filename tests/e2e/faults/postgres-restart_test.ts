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
  heartbeatRecovery,
  openSummary,
} from "./support/outage-check.ts";

Deno.test({
  name:
    "fault: PostgreSQL restarts under load; the node survives, live sessions keep relaying, opens end promptly, heartbeats answer within 5 s of its return and nothing acknowledged is lost or doubled",
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
      node = await startNodeProcess({ DATABASE_URL: cluster.url, SWITCHBOARD_NAMESPACE: "fault" });
      load = await startOutageLoad(node.url);
      await pause(2_000); // measures real time: load before the fault
      const down = Date.now();
      await cluster.restart();
      const up = Date.now();
      await pause(8_000); // measures real time: load after the fault
      await load.stop();
      assertNodesAlive([node]);
      await assertFramesRelayed(load);
      assertOpensClear(load);
      const recoveredAfterMs = heartbeatRecovery(load, { down, up });
      const { events } = await assertLogIntact(cluster.url, "fault", load);
      await assertProjectionsMatchReplay(node.url);
      console.log(
        `postgres restart: took ${up - down} ms; heartbeats 2xx ${recoveredAfterMs} ms after; ` +
          `${openSummary(load)}, ${load.heartbeats.length} heartbeats, ${events} events`,
      );
    } finally {
      await load?.stop().catch(() => {});
      await node?.stop();
      await cluster?.drop();
    }
  },
});
