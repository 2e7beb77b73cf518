import type { DatabaseIntrospector, Kysely, SchemaMetadata, TableMetadata } from "kysely";
import { sql } from "kysely";

/**
 * `db` as Kysely's Migrator should see it: one schema only. The Migrator asks
 * the introspector whether its tables exist, and Kysely's own lists the tables
 * of every schema in the database through functions that look schemas up by
 * name, so another deployment dropping a schema at that moment (a projection
 * swap, a test cleaning up) failed this one's start. These queries join the
 * catalogues by oid and look at `schema` alone.
 */
export function scopedToSchema<DB>(db: Kysely<DB>, schema: string): Kysely<DB> {
  const introspection: DatabaseIntrospector = {
    async getSchemas(): Promise<SchemaMetadata[]> {
      const { rows } = await sql<{ name: string }>`
        SELECT nspname AS name FROM pg_catalog.pg_namespace WHERE nspname = ${schema}`
        .execute(db);
      return rows;
    },
    async getTables(): Promise<TableMetadata[]> {
      const { rows } = await sql<{ name: string; isView: boolean }>`
        SELECT c.relname AS name, c.relkind IN ('v', 'm') AS "isView"
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ${schema} AND c.relkind IN ('r', 'p', 'v', 'm')`.execute(db);
      return rows.map((row) => ({ ...row, isForeign: false, schema, columns: [] }));
    },
  };
  // Kysely's methods use private fields, so they run bound to the real instance.
  return new Proxy(db, {
    get(target, property) {
      if (property === "introspection") return introspection;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
