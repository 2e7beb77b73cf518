import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { storable } from "../../events/catalogue.ts";

/** Every API error has this body: `{"error":{"code","message"}}` (CONTRACT.md). */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Thrown anywhere below a route; the app's error handler renders it. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function errorBody(code: string, message: string, details?: unknown): ApiErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

export function sendError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: unknown,
) {
  return c.json(errorBody(code, message, details), status);
}

/** A 400 naming each bad field: "body.port: Too big: expected number to be <=65535". */
export function validationError(where: "body" | "query" | "path", error: z.ZodError): ApiError {
  const fields = error.issues.map((i) => ({
    field: [where, ...i.path].join("."),
    message: i.message,
  }));
  return new ApiError(
    400,
    "validation_failed",
    fields.map((f) => `${f.field}: ${f.message}`).join("; "),
    fields,
  );
}

/** Parses `value` with `schema` or throws a 400 naming the fields. */
export function parseOr400<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: "body" | "query" | "path",
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(where, parsed.error);
  return parsed.data;
}

/** Reads a JSON body; malformed JSON is a 400, not a crash. */
export async function jsonBody(c: Context, maxBytes = 1 << 20): Promise<unknown> {
  let text: string;
  try {
    text = await c.req.text();
  } catch {
    throw new ApiError(400, "incomplete_body", "the request body ended before its declared length");
  }
  if (text.length > maxBytes) {
    throw new ApiError(413, "body_too_large", `body exceeds ${maxBytes} bytes`);
  }
  if (text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError(
      400,
      "malformed_json",
      `body is not valid JSON: ${(error as Error).message}`,
    );
  }
  // PostgreSQL's jsonb refuses NUL and unpaired surrogates: refuse them here as a 400,
  // rather than let the command fail in the store and be retried.
  if (!storable(value)) {
    throw new ApiError(
      400,
      "unsupported_characters",
      "strings may not contain NUL or unpaired surrogates",
    );
  }
  return value;
}
