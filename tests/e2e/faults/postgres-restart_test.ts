import { ignoreWithout } from "../../support/services.ts";
import { runPostgresOutage } from "./support/postgres-outage.ts";

const WHAT =
  "no node exits, live sessions keep relaying, opens end promptly (opened or 1013), heartbeats answer within 5 s of its return, nothing acknowledged is lost or doubled, and projections equal a replay";

Deno.test({
  name: `fault: PostgreSQL restarts under load on one node: ${WHAT}`,
  // It makes its own cluster; DATABASE_URL marks a machine with PostgreSQL's tools.
  ignore: ignoreWithout("postgres"),
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    console.log(await runPostgresOutage({ nodes: 1, fault: { kind: "restart" } }));
  },
});

Deno.test({
  name: `fault: PostgreSQL restarts under load on two nodes sharing JetStream: ${WHAT}`,
  ignore: ignoreWithout("postgres", "nats"),
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    console.log(await runPostgresOutage({ nodes: 2, fault: { kind: "restart" } }));
  },
});
