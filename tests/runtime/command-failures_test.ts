import assert from "node:assert/strict";
import { ActorFault, isTransient, retryDelayMs } from "../../src/runtime/command-failures.ts";
import { ConcurrencyError, StoreUnavailableError } from "../../src/store/errors.ts";

Deno.test("command failures: a dependency failing in any shape is transient; the actor's bugs and requests the database refuses are not", () => {
  assert.ok(isTransient(new StoreUnavailableError("down")));
  assert.ok(isTransient(new ConcurrencyError("s", 1, 2)));
  assert.ok(isTransient(Object.assign(new Error("refused"), { code: "ECONNREFUSED" })));
  assert.ok(isTransient(Object.assign(new Error("shutting down"), { code: "57P01" })));
  // A driver tripping over a connection that went away mid-query.
  assert.ok(isTransient(new TypeError("Cannot read properties of undefined (reading 'write')")));
  assert.ok(isTransient(new Error("no answer in 5000 ms")));

  assert.ok(!isTransient(new ActorFault(new Error("boom"))));
  assert.ok(
    !isTransient(Object.assign(new Error("unsupported Unicode escape"), { code: "22P05" })),
  );
  assert.ok(!isTransient(Object.assign(new Error("syntax"), { code: "42601" })));
});

Deno.test("command failures: the back-off doubles from 200 ms up to 5 s", () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 20].map(retryDelayMs), [
    200,
    400,
    800,
    1600,
    3200,
    5000,
    5000,
  ]);
});
