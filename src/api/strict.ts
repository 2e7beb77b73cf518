import type { z } from "zod";
import { ApiError, parseOr400 } from "./errors.ts";
import { unknownFields } from "./unknown-fields.ts";

/** `parseOr400`, and a 400 naming any field the schema does not know (zod would drop it quietly). */
export function parseStrict<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: "body" | "query",
): z.output<S> {
  const unknown = unknownFields(schema, value, where);
  if (unknown.length > 0) {
    throw new ApiError(
      400,
      "validation_failed",
      `unknown field${unknown.length > 1 ? "s" : ""}: ${unknown.slice(0, 5).join(", ")}`,
    );
  }
  return parseOr400(schema, value, where);
}
