import assert from "node:assert/strict";
import { LeaseClock } from "../../src/runtime/leases/lease-clock.ts";

Deno.test("lease clock: given leases renewed at different times, a lease is given up once ttl minus margin has passed since its renewal was sent", () => {
  const clock = new LeaseClock(6_000, 2_000);
  clock.renewed(0, 1_000);
  clock.renewed(1, 3_000);
  assert.deepEqual(clock.expiring(4_999), []);
  assert.deepEqual(clock.expiring(5_000), [0]);
  assert.deepEqual(clock.expiring(7_000).sort(), [0, 1]);
  assert.equal(clock.oldest(7_000), 6_000);
});

Deno.test("lease clock: a renewal restarts the count; a forgotten lease is not reported", () => {
  const clock = new LeaseClock(6_000, 2_000);
  clock.renewed(0, 0);
  clock.renewed(0, 3_000);
  assert.deepEqual(clock.expiring(5_000), []);
  clock.forget(0);
  assert.deepEqual(clock.expiring(60_000), []);
  assert.equal(clock.oldest(60_000), 0);
});
