import assert from "node:assert/strict";
import { z } from "zod";
import { unknownFields } from "../../src/api/unknown-fields.ts";

Deno.test("unknown fields: inherited names (__proto__, constructor) are unknown, not a crash", () => {
  const schema = z.object({ a: z.string(), nested: z.object({ b: z.number() }).optional() });
  const value = JSON.parse('{"a":"x","__proto__":-3,"constructor":1,"nested":{"toString":2}}');
  assert.deepEqual(unknownFields(schema, value, "body"), [
    "body.__proto__",
    "body.constructor",
    "body.nested.toString",
  ]);
});
