import assert from "node:assert/strict";
import { armTokenExpiry } from "../../src/edge/token-expiry.ts";
import { FakeClock } from "../support/time.ts";

const T0 = Date.parse("2026-01-01T00:00:00Z");

Deno.test("token expiry: fires at exp (seconds since the epoch)", async () => {
  const clock = new FakeClock(T0);
  let expired = false;
  armTokenExpiry(clock, T0 / 1000 + 30, () => expired = true);
  await clock.advance(29_999);
  assert.equal(expired, false);
  await clock.advance(1);
  assert.equal(expired, true);
});

Deno.test("token expiry: a token already expired fires at once; no exp never does", async () => {
  const clock = new FakeClock(T0);
  let expired = 0;
  armTokenExpiry(clock, T0 / 1000 - 5, () => expired++);
  assert.equal(armTokenExpiry(clock, undefined, () => expired++), undefined);
  await clock.advance(0);
  assert.equal(expired, 1);
});

Deno.test("token expiry: cancelled with its session", async () => {
  const clock = new FakeClock(T0);
  let expired = false;
  armTokenExpiry(clock, T0 / 1000 + 30, () => expired = true)!.cancel();
  await clock.advance(60_000);
  assert.equal(expired, false);
});
