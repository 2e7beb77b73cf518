import assert from "node:assert/strict";
import { startTestNode } from "../support/node.ts";

Deno.test("routing dry run API: bad input is a 400 naming the field; nothing is changed", async () => {
  const t = await startTestNode();
  try {
    const auditor = await t.token("audit", ["auditor"]);
    const call = (body: unknown) =>
      t.call("/api/v1/routing/dry-run", {
        method: "POST",
        token: auditor,
        body: JSON.stringify(body),
      });
    const cases: [unknown, RegExp][] = [
      [
        { capability: "echo", policy: { strategy: "fastest" } },
        /body\.policy\.strategy: unknown strategy/,
      ],
      [{ capability: "echo", policy: {}, limit: 1001 }, /body\.limit/],
      [{ capability: "echo", policy: {}, limit: 0 }, /body\.limit/],
      [{ capability: "Echo!", policy: {} }, /body\.capability/],
      [{ capability: "echo", policy: { sticky: "yes" } }, /body\.policy\.sticky/],
      [{ capability: "echo", policy: {}, extra: 1 }, /extra/],
      [{ capability: "echo", policy: { colour: 1 } }, /colour/],
      [{ policy: {} }, /body\.capability/],
    ];
    for (const [body, pattern] of cases) {
      const res = await call(body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match((await res.json()).error.message, pattern);
    }
    const res = await call({ capability: "echo", policy: { strategy: "least-connections" } });
    assert.equal(res.status, 200);
    const result = await res.json();
    assert.equal(result.sessions, 0);
    assert.equal(result.policy.strategy, "least-connections");
    assert.deepEqual(result.summary, {
      changed: 0,
      unchanged: 0,
      unroutable: 0,
      before: {},
      after: {},
    });
    // The policy in force is untouched.
    const routing = await (await t.call("/api/v1/routing", { token: auditor })).json();
    assert.ok(
      routing.items.every((i: { policy: { strategy: string } }) =>
        i.policy.strategy === "round-robin"
      ),
    );
  } finally {
    await t.stop();
  }
});
