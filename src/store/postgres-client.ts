import postgres from "postgres";

/**
 * Between a lost connection and the next attempt, in seconds: at most half a
 * second. postgres.js's default grows with every failed attempt across the
 * whole pool (3^n/100 s, up to 20 s), so after an outage of a few seconds the
 * pool waited up to 20 s per connection before trying again, long after the
 * database was back. Attempts against a stopped server are cheap (refused at
 * once), so a short, capped delay costs little.
 */
export function reconnectDelaySeconds(failures: number): number {
  return Math.min(0.05 * 2 ** failures, 0.5);
}

export interface PostgresClientOptions {
  /** Pool size. */
  max: number;
  /** Shown in pg_stat_activity. */
  applicationName: string;
  types?: postgres.Options<Record<string, postgres.PostgresType>>["types"];
}

/** A postgres.js pool set up to ride out a database restart (see postgres-dialect.ts). */
export function postgresClient(url: string, options: PostgresClientOptions): postgres.Sql {
  return postgres(url, {
    max: options.max,
    // Notices (e.g. "schema already exists, skipping") are not failures.
    onnotice: () => {},
    // Connections idle this long are closed, so a quiet node holds none.
    idle_timeout: 60,
    // A server that does not answer is an outage to report, not a 30 s wait per query.
    connect_timeout: 5,
    backoff: reconnectDelaySeconds,
    connection: { application_name: options.applicationName },
    ...(options.types ? { types: options.types } : {}),
  });
}
