import { z } from "zod";

/**
 * Fields of `value` that `schema` does not know, as paths. Zod drops them
 * quietly, which for a document replaced whole (the runtime config) turns
 * an operator's typo into a 200 that changed nothing.
 */
export function unknownFields(schema: z.ZodType, value: unknown, path: string): string[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
    const shape = inner.shape as Record<string, z.ZodType>;
    return Object.entries(value).flatMap(([key, v]) =>
      Object.hasOwn(shape, key)
        ? unknownFields(shape[key]!, v, `${path}.${key}`)
        : [`${path}.${key}`]
    );
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((v, i) => unknownFields(inner.element as z.ZodType, v, `${path}[${i}]`));
  }
  return [];
}

/** Through default, prefault, optional and nullable to the schema that shapes the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const inner = (s._zod.def as { innerType?: z.ZodType }).innerType;
    if (!inner) return s;
    s = inner;
  }
  return s;
}
