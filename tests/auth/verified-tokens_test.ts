import assert from "node:assert/strict";
import { VerifiedTokens } from "../../src/auth/verified-tokens.ts";
import type { Identity } from "../../src/auth/roles.ts";

const who = (exp?: number): Identity => ({
  sub: "c",
  roles: ["client"],
  via: "jwt",
  ...(exp !== undefined ? { exp } : {}),
});

Deno.test("verified tokens: kept until the token's exp or the age bound, whichever is first", () => {
  let now = 1_000_000;
  const cache = new VerifiedTokens(10, 60_000, () => now);
  cache.put("a", who(now / 1000 + 10)); // expires in 10 s
  cache.put("b", who(now / 1000 + 3600)); // expires in an hour: the age bound rules
  cache.put("c", who()); // never expires: the age bound rules
  assert.equal(cache.get("a")?.sub, "c");
  now += 10_001;
  assert.equal(cache.get("a"), undefined, "past exp: not served");
  assert.ok(cache.get("b"));
  now += 50_000;
  assert.equal(cache.get("b"), undefined, "past the age bound");
  assert.equal(cache.get("c"), undefined);
  cache.put("d", who(now / 1000 - 1));
  assert.equal(cache.get("d"), undefined, "an already expired identity is not kept");
});

Deno.test("verified tokens: bounded; the oldest entry makes room", () => {
  const cache = new VerifiedTokens(3, 60_000, () => 0);
  for (const t of ["a", "b", "c", "d"]) cache.put(t, who());
  assert.equal(cache.size, 3);
  assert.equal(cache.get("a"), undefined);
  assert.ok(cache.get("d"));
});
