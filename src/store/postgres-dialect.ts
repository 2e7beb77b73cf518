import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import type { ReservedSql, Sql } from "postgres";
import { isUnavailable, serverError } from "./sql-errors.ts";

/**
 * Kysely over postgres.js, safe when the server goes away.
 *
 * kysely-postgres-js reserves a postgres.js connection for every query and
 * releases it afterwards. postgres.js hands a released connection back to its
 * pool even when the server closed it meanwhile, and a reserved connection
 * sends whatever it is given (a transaction's ROLLBACK after a lost
 * connection, say) without looking: the write is scheduled with
 * setImmediate and throws on the missing socket, outside any promise, and
 * the process exits. So here a plain query goes through the pool, which
 * reconnects by itself; only a transaction reserves a connection, and once
 * that connection has failed it is never written to nor released again
 * (postgres.js has already put it back among its closed connections).
 */
/** Told how each query went: the database answered, or could not be reached. */
export interface QueryObserver {
  answered(): void;
  unreachable(): void;
}

export class PostgresJsDialect implements Dialect {
  constructor(private readonly client: Sql, private readonly observer?: QueryObserver) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PostgresJsDriver(this.client, this.observer);
  }
  // deno-lint-ignore no-explicit-any
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

class PostgresJsDriver implements Driver {
  constructor(private readonly client: Sql, private readonly observer?: QueryObserver) {}
  async init(): Promise<void> {}
  acquireConnection(): Promise<DatabaseConnection> {
    return Promise.resolve(new PostgresJsConnection(this.client, this.observer));
  }
  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    const parts = ["start transaction"];
    if (settings.isolationLevel) parts.push(`isolation level ${settings.isolationLevel}`);
    if (settings.accessMode) parts.push(settings.accessMode);
    await (connection as PostgresJsConnection).reserve();
    await connection.executeQuery(CompiledQuery.raw(parts.join(" ")));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // A lost connection took its transaction with it: nothing to roll back.
    if ((connection as PostgresJsConnection).lost) return;
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PostgresJsConnection).release();
    return Promise.resolve();
  }
  async destroy(): Promise<void> {
    // A connection lost mid-query never settles its graceful end: give up waiting after 1 s.
    await this.client.end({ timeout: 1 });
  }
}

class ConnectionLostError extends Error {
  readonly code = "CONNECTION_CLOSED";
  constructor() {
    super("the transaction's connection to PostgreSQL was lost");
    this.name = "ConnectionLostError";
  }
}

class PostgresJsConnection implements DatabaseConnection {
  #reserved: ReservedSql | undefined;
  #lost = false;

  constructor(private readonly client: Sql, private readonly observer?: QueryObserver) {}

  get lost(): boolean {
    return this.#lost;
  }

  async reserve(): Promise<void> {
    this.#reserved = await this.client.reserve();
  }

  release(): void {
    const reserved = this.#reserved;
    this.#reserved = undefined;
    if (reserved && !this.#lost) reserved.release();
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.#lost) throw new ConnectionLostError();
    const target = this.#reserved ?? this.client;
    try {
      // deno-lint-ignore no-explicit-any
      const result = await target.unsafe(query.sql, [...query.parameters] as any[], {
        prepare: true,
      });
      this.observer?.answered();
      const { command, count } = result;
      const changed = command === "INSERT" || command === "UPDATE" || command === "DELETE" ||
        command === "MERGE";
      return {
        numAffectedRows: changed ? BigInt(count) : undefined,
        rows: Array.from(result.values()) as R[],
      };
    } catch (error) {
      if (isUnavailable(error)) {
        if (this.#reserved) this.#lost = true;
        this.observer?.unreachable();
      } else if (serverError(error)) this.observer?.answered(); // it answered, if only to refuse
      throw error;
    }
  }

  // deno-lint-ignore require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("streaming queries are not used with PostgreSQL here");
  }
}
