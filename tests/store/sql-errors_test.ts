import assert from "node:assert/strict";
import { ConcurrencyError, StoreUnavailableError } from "../../src/store/errors.ts";
import {
  appendFailure,
  guard,
  isUnavailable,
  serverError,
  VERSION_CONFLICT,
} from "../../src/store/sql-errors.ts";

Deno.test("sql errors: connection failures are told apart from request failures", () => {
  for (const code of ["ECONNREFUSED", "CONNECTION_CLOSED", "CONNECT_TIMEOUT", "08006", "57P01"]) {
    assert.ok(isUnavailable({ code }), code);
  }
  for (const code of ["23505", "42P01", VERSION_CONFLICT, undefined]) {
    assert.ok(!isUnavailable({ code }), String(code));
  }
  assert.ok(!isUnavailable(new Error("plain")));
});

Deno.test("sql errors: both drivers' field names are read", () => {
  assert.deepEqual(serverError({ code: "23505", constraint_name: "k", detail: "d" }), {
    code: "23505",
    constraint: "k",
    detail: "d",
  });
  assert.equal(serverError({ code: "23505", constraint: "k" })?.constraint, "k");
  assert.equal(serverError({ code: "ECONNREFUSED" }), undefined);
});

Deno.test("sql errors: a version conflict carries the actual version", () => {
  const failure = appendFailure({ code: VERSION_CONFLICT, detail: "7" }, "s", 3, []);
  assert.ok(failure instanceof ConcurrencyError);
  assert.equal(failure.actual, 7);
  assert.equal(failure.expected, 3);
  assert.equal(appendFailure({ code: "42P01" }, "s", 3, []), undefined);
});

Deno.test("sql errors: guard turns a lost connection into StoreUnavailableError", async () => {
  const lost = Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" });
  await assert.rejects(guard(Promise.reject(lost)), StoreUnavailableError);
  const other = Object.assign(new Error("relation missing"), { code: "42P01" });
  await assert.rejects(guard(Promise.reject(other)), (e: unknown) => e === other);
});
