import assert from "node:assert/strict";
import { TokenBuckets } from "../../src/security/token-bucket.ts";

/** A limiter on a hand-driven clock. */
function limiter(rate: number, burst: number, maxKeys?: number) {
  const clock = { now: 0 };
  const buckets = new TokenBuckets({ rate, burst }, {
    now: () => clock.now,
    ...(maxKeys ? { maxKeys } : {}),
  });
  return { buckets, clock };
}

Deno.test("token bucket: a burst passes, the next take trips with an exact retryAfterMs", () => {
  const { buckets } = limiter(10, 5);
  for (let i = 0; i < 5; i++) assert.deepEqual(buckets.take("ip"), { ok: true });
  // 10 tokens/s: one token is 100 ms away.
  assert.deepEqual(buckets.take("ip"), { ok: false, retryAfterMs: 100 });
  // Another key is untouched.
  assert.deepEqual(buckets.take("other"), { ok: true });
});

Deno.test("token bucket: recovers at the configured rate, never beyond burst", () => {
  const { buckets, clock } = limiter(10, 5);
  for (let i = 0; i < 5; i++) buckets.take("ip");
  clock.now = 40;
  const early = buckets.take("ip");
  assert.equal(early.ok, false);
  assert.equal(!early.ok && early.retryAfterMs, 60);
  clock.now = 100;
  assert.equal(buckets.take("ip").ok, true);
  assert.equal(buckets.take("ip").ok, false);
  // A long pause refills to burst, not to rate × pause.
  clock.now = 60_000;
  let passed = 0;
  while (buckets.take("ip").ok) passed++;
  assert.equal(passed, 5);
});

Deno.test("token bucket: sustained load is held to the rate", () => {
  const { buckets, clock } = limiter(100, 10);
  let ok = 0;
  // One attempt per ms for 10 s: burst plus rate × time gets through.
  for (let t = 0; t < 10_000; t++) {
    clock.now = t;
    if (buckets.take("k").ok) ok++;
  }
  assert.ok(ok >= 10 + 999 && ok <= 10 + 1000, `${ok} passed`);
});

Deno.test("token bucket: retryAfterMs is honest (waiting exactly that long succeeds)", () => {
  const { buckets, clock } = limiter(3, 2);
  buckets.take("k");
  buckets.take("k");
  const denied = buckets.take("k");
  assert.ok(!denied.ok);
  clock.now += denied.retryAfterMs - 1;
  assert.equal(buckets.take("k").ok, false);
  clock.now += 1;
  assert.equal(buckets.take("k").ok, true);
});

Deno.test("token bucket: configure keeps each bucket's fill fraction", () => {
  const { buckets, clock } = limiter(10, 10);
  for (let i = 0; i < 10; i++) buckets.take("empty");
  for (let i = 0; i < 5; i++) buckets.take("half");
  buckets.take("full"); // 9 of 10; refills to full by t=100
  clock.now = 100;
  buckets.configure({ rate: 1, burst: 100 });
  assert.equal(buckets.rate, 1);
  assert.equal(buckets.burst, 100);
  // "empty" had refilled 1 token at the old rate (100 ms × 10/s): 1/10 of 100 now.
  let n = 0;
  while (buckets.take("empty").ok) n++;
  assert.equal(n, 10);
  n = 0;
  while (buckets.take("half").ok) n++;
  assert.equal(n, 60); // (5 + 1) / 10 × 100
  n = 0;
  while (buckets.take("full").ok) n++;
  assert.equal(n, 100);
  // The new rate applies from here: 1 token/s.
  const denied = buckets.take("full");
  assert.ok(!denied.ok && denied.retryAfterMs === 1000);
});

Deno.test("token bucket: lowering limits clamps a throttled client, it is not let off", () => {
  const { buckets } = limiter(100, 100);
  for (let i = 0; i < 100; i++) buckets.take("abuser");
  buckets.configure({ rate: 1, burst: 5 });
  assert.equal(buckets.take("abuser").ok, false);
  assert.equal(buckets.take("newcomer").ok, true);
});

Deno.test("token bucket: invalid specs are refused, at construction and at configure", () => {
  assert.throws(() => new TokenBuckets({ rate: 0, burst: 1 }), RangeError);
  assert.throws(() => new TokenBuckets({ rate: 1, burst: 0.5 }), RangeError);
  const { buckets } = limiter(1, 1);
  assert.throws(() => buckets.configure({ rate: -1, burst: 1 }), RangeError);
  assert.equal(buckets.rate, 1, "a refused configure changes nothing");
  assert.throws(() => new TokenBuckets({ rate: 1, burst: 1 }, { maxKeys: 0 }), RangeError);
});

Deno.test("token bucket: idle full buckets are swept, busy ones kept", () => {
  const { buckets, clock } = limiter(10, 5); // full again 500 ms after the last take
  for (let i = 0; i < 1000; i++) buckets.take(`idle-${i}`);
  clock.now = 400;
  buckets.take("busy");
  assert.equal(buckets.size, 1001);
  clock.now = 1_200; // sweeps run at most once a second, on take
  buckets.take("busy");
  assert.equal(buckets.size, 1, "only the recently used bucket remains");
  // A swept key starts full again, exactly as if it had been kept.
  let n = 0;
  while (buckets.take("idle-1").ok) n++;
  assert.equal(n, 5);
});

Deno.test("token bucket: cycling keys cannot grow memory past maxKeys (LRU eviction)", () => {
  const { buckets, clock } = limiter(1, 2, 1000);
  for (let i = 0; i < 100_000; i++) {
    buckets.take(`10.${i >> 16 & 255}.${i >> 8 & 255}.${i & 255}`);
    assert.ok(buckets.size <= 1000);
  }
  assert.equal(buckets.size, 1000);
  // A key in steady use stays tracked (and limited) while others churn.
  for (let i = 0; i < 5_000; i++) {
    clock.now = i; // 5 s: 2 + 5 tokens at most
    buckets.take("regular");
    buckets.take(`churn-${i}`);
  }
  let n = 0;
  while (buckets.take("regular").ok) n++;
  assert.equal(n, 0, "the regular key was never evicted, so it is still throttled");
});

Deno.test("token bucket: a clock stepping back refills nothing and breaks nothing", () => {
  const { buckets, clock } = limiter(10, 1);
  clock.now = 1_000;
  assert.equal(buckets.take("k").ok, true);
  clock.now = 0;
  const denied = buckets.take("k");
  assert.ok(!denied.ok && denied.retryAfterMs === 100);
});

Deno.test("token bucket: delete forgets a key", () => {
  const { buckets } = limiter(1, 1);
  buckets.take("session");
  assert.equal(buckets.take("session").ok, false);
  buckets.delete("session");
  assert.equal(buckets.take("session").ok, true);
});

Deno.test("token bucket: the default clock works and a take is cheap", () => {
  const buckets = new TokenBuckets({ rate: 1e6, burst: 1e6 });
  const started = performance.now();
  for (let i = 0; i < 200_000; i++) buckets.take(`k${i & 1023}`);
  const perTakeUs = (performance.now() - started) * 1000 / 200_000;
  // Generous: a Map lookup and arithmetic is well under a microsecond.
  assert.ok(perTakeUs < 5, `${perTakeUs.toFixed(3)} µs per take`);
});
