import postgres from "postgres";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";

/**
 * Removes what a benchmark made in the shared services under one prefix:
 * every PostgreSQL schema named `<prefix>…` and the JetStream streams named.
 */
export async function dropNamespace(
  services: { databaseUrl: string; natsUrl: string },
  prefix: string,
  streams: string[],
): Promise<void> {
  const sql = postgres(services.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const schemas = await sql`select nspname from pg_namespace where nspname like ${prefix + "%"}`;
    for (const { nspname } of schemas) {
      await sql.unsafe(`drop schema if exists "${nspname}" cascade`);
    }
  } finally {
    await sql.end();
  }
  const nc = await connect({ servers: services.natsUrl });
  try {
    const jsm = await jetstreamManager(nc);
    for (const name of streams) await jsm.streams.delete(name).catch(() => {});
  } finally {
    await nc.close();
  }
}
