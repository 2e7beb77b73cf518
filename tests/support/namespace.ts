import postgres from "postgres";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { requireUrl } from "./services.ts";

/** Drops a test namespace's schemas from the shared PostgreSQL. */
export async function dropSchemas(namespace: string): Promise<void> {
  const sql = postgres(requireUrl("postgres"), { max: 1, onnotice: () => {} });
  try {
    const like = namespace + "%";
    const schemas = await sql`select nspname from pg_namespace where nspname like ${like}`;
    for (const { nspname } of schemas) {
      await sql.unsafe(`drop schema if exists "${nspname}" cascade`);
    }
  } finally {
    await sql.end();
  }
}

/** Drops what a cluster test's nodes made under `namespace`: schemas, command streams, leases. */
export async function dropNamespace(namespace: string): Promise<void> {
  await dropSchemas(namespace);
  await dropStreams(namespace);
}

/** Drops a test namespace's command streams and lease bucket from the shared NATS. */
export async function dropStreams(namespace: string): Promise<void> {
  const nc = await connect({ servers: requireUrl("nats") });
  try {
    const jsm = await jetstreamManager(nc);
    for (
      const name of [`${namespace}_commands`, `${namespace}_commands_dlq`, `KV_${namespace}_leases`]
    ) {
      await jsm.streams.delete(name).catch(() => {});
    }
  } finally {
    await nc.close();
  }
}
