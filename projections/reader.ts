import type { Kysely } from "kysely";
import type { AnyProjection, Projection, ReadSet } from "./projection.ts";
import { liveSet, type ProjectionSpace } from "./table-sets.ts";

/** undefined_table, invalid_schema_name: the set was swapped out between lookup and query. */
const SWAPPED_OUT = new Set(["42P01", "3F000"]);

function swappedOut(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && SWAPPED_OUT.has(code);
}

/**
 * Runs queries on a projection's live table set. The set is looked up per
 * read, so a blue-green swap is seen by the next read; a read that raced a
 * swap (looked up the old set, which was then dropped) retries once on the new one.
 */
export class ProjectionReader {
  constructor(readonly space: ProjectionSpace) {}

  /** `query`'s answer on the live set; `empty` when the projection has no live set yet. */
  async read<DB, T>(
    projection: Projection<DB>,
    query: (set: ReadSet<DB>) => Promise<T>,
    empty: T,
  ): Promise<T> {
    for (let attempt = 1;; attempt++) {
      const live = await liveSet(this.space, projection.name);
      if (!live) return empty;
      try {
        return await query(this.on<DB>(live.schema));
      } catch (error) {
        if (attempt >= 2 || !swappedOut(error)) throw error;
      }
    }
  }

  /** A set by schema name (a time-travel set, say). */
  on<DB>(schema: string): ReadSet<DB> {
    return { db: this.space.database.db.withSchema(schema) as unknown as Kysely<DB>, schema };
  }

  /** The live set's checkpoint per projection (0 without a live set). */
  async positions(projections: readonly AnyProjection[]): Promise<Record<string, number>> {
    const entries = await Promise.all(projections.map(async (p) => {
      const position = await this.read(p, async ({ db }) => {
        const row = await (db as unknown as Kysely<{ checkpoint: { position: number } }>)
          .selectFrom("checkpoint").select("position").executeTakeFirst();
        return Number(row?.position ?? 0);
      }, 0);
      return [p.name, position] as const;
    }));
    return Object.fromEntries(entries);
  }
}
