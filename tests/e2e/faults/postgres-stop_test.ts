import { ignoreWithout } from "../../support/services.ts";
import { runPostgresOutage } from "./support/postgres-outage.ts";

const WHAT =
  "no node exits, /readyz is 503 naming the store while it is down, live sessions keep relaying, opens end promptly (opened or 1013), heartbeats answer within 5 s of its return, nothing acknowledged is lost or doubled, and projections equal a replay";

Deno.test({
  name: `fault: PostgreSQL stops for 20 s under load on one node: ${WHAT}`,
  // It makes its own cluster; DATABASE_URL marks a machine with PostgreSQL's tools.
  ignore: ignoreWithout("postgres"),
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    console.log(await runPostgresOutage({ nodes: 1, fault: { kind: "stop", ms: 20_000 } }));
  },
});

Deno.test({
  name: `fault: PostgreSQL stops for 20 s under load on two nodes sharing JetStream: ${WHAT}`,
  ignore: ignoreWithout("postgres", "nats"),
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    console.log(await runPostgresOutage({ nodes: 2, fault: { kind: "stop", ms: 20_000 } }));
  },
});
