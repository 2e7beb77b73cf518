import { z } from "zod";

/** One page of a list: `nextCursor` goes into the next request's `cursor`; null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The zod shape of a page of `item`, for API schemas. */
export function pageOf<S extends z.ZodType>(item: S) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * Keyset pagination: the query asks for `limit + 1` rows; if it got them,
 * there is a next page, starting after the last item shown.
 */
export function toPage<R, T>(
  rows: readonly R[],
  limit: number,
  item: (row: R) => T,
  cursorOf: (row: R) => string,
): Page<T> {
  const shown = rows.slice(0, limit);
  const more = rows.length > limit && shown.length > 0;
  return {
    items: shown.map(item),
    nextCursor: more ? cursorOf(shown[shown.length - 1]!) : null,
  };
}
