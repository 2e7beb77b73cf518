import { type Kysely, sql } from "kysely";
import type { AnyTables } from "./database.ts";

/** A table's content in two numbers: equal digests mean equal rows (up to md5). */
export interface TableDigest {
  rows: number;
  hash: string;
}

export interface TableComparison {
  table: string;
  live?: TableDigest;
  rebuilt?: TableDigest;
  identical: boolean;
}

/**
 * Digests every table of a set. Each row's text form is hashed (md5, first
 * 64 bits) and the hashes are summed and xor-ed: both are order-free, so
 * the digest depends on the rows alone, not on insertion order or physical
 * layout, and needs no sort. A set rebuilt in other batches digests the same
 * when it holds the same rows; a changed, missing or extra row changes both
 * the sum and the xor (or the count).
 */
export async function digestSet(
  db: Kysely<AnyTables>,
  schema: string,
): Promise<Map<string, TableDigest>> {
  const { rows: tables } = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = ${schema} ORDER BY table_name`.execute(db);
  const digests = new Map<string, TableDigest>();
  for (const { table_name: table } of tables) {
    const { rows } = await sql<{ rows: number | string; hash: string }>`
      SELECT count(*) AS rows,
             md5(coalesce(sum(h)::text, '') || ':' || coalesce(bit_xor(h)::text, '')) AS hash
      FROM (
        SELECT ('x' || left(md5(t::text), 16))::bit(64)::bigint AS h
        FROM ${sql.id(schema, table)} AS t
      ) AS s`.execute(db);
    digests.set(table, { rows: Number(rows[0]!.rows), hash: rows[0]!.hash });
  }
  return digests;
}

/** Table by table, sorted by name; a table present on one side only is a difference. */
export function compareDigests(
  live: Map<string, TableDigest>,
  rebuilt: Map<string, TableDigest>,
): TableComparison[] {
  const tables = [...new Set([...live.keys(), ...rebuilt.keys()])].sort();
  return tables.map((table) => {
    const a = live.get(table);
    const b = rebuilt.get(table);
    return {
      table,
      ...(a ? { live: a } : {}),
      ...(b ? { rebuilt: b } : {}),
      identical: a !== undefined && b !== undefined && a.rows === b.rows && a.hash === b.hash,
    };
  });
}
