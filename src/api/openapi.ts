import { z } from "zod";
import type { RouteRule } from "./access.ts";

const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

function jsonSchema(schema: z.ZodType): unknown {
  // "input": what a caller sends (defaults make fields optional), not what the handler sees.
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
}

function queryParameters(schema: z.ZodType | undefined) {
  if (!schema) return [];
  const shape = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(shape.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: shape.required?.includes(name) ?? false,
    schema: s,
  }));
}

/** OpenAPI 3.1 for /api/v1, generated from the access table and its zod schemas. */
export function openApiDocument(table: readonly RouteRule[], version = "1.0.0") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const rule of table) {
    const path = rule.path.replace(/:([A-Za-z]+)/g, "{$1}");
    const operation = {
      summary: rule.summary,
      description: `Roles: ${["admin", ...rule.roles].join(", ")}.`,
      "x-roles": ["admin", ...rule.roles],
      security: [{ bearer: [] }],
      parameters: [
        ...(rule.params ?? []).map((name) => ({
          name,
          in: "path",
          required: true,
          schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,128}$" },
        })),
        ...queryParameters(rule.query),
      ],
      ...(rule.body
        ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(rule.body) } },
          },
        }
        : {}),
      responses: {
        "2XX": { description: "Success" },
        "4XX": {
          description: "Refused",
          content: { "application/json": { schema: jsonSchema(ErrorBody) } },
        },
      },
    };
    (paths[`/api/v1${path}`] ??= {})[rule.method.toLowerCase()] = operation;
  }
  return {
    openapi: "3.1.0",
    info: { title: "Switchboard operator API", version },
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "A JWT (HS256) or an API key (sbk_…)",
        },
      },
    },
    paths,
  };
}
