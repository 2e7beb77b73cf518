import assert from "node:assert/strict";
import { healthRoutes, type Readiness } from "../../src/api/health.ts";

const up = (detail: string) => () => Promise.resolve({ state: "up" as const, detail });

async function readyz(readiness: Readiness, timeoutMs?: number) {
  const res = await healthRoutes(readiness, timeoutMs).request("/readyz");
  return { status: res.status, body: await res.json() };
}

Deno.test("readyz: 200 naming each dependency's state when all are up", async () => {
  const { status, body } = await readyz({
    store: up("PostgreSQL"),
    commandLog: up("in process"),
    leases: up("4 partitions held"),
  });
  assert.equal(status, 200);
  assert.deepEqual(body, {
    status: "ready",
    dependencies: {
      store: { state: "up", detail: "PostgreSQL" },
      commandLog: { state: "up", detail: "in process" },
      leases: { state: "up", detail: "4 partitions held" },
    },
  });
});

Deno.test("readyz: 503 while one dependency is down, the others still reported", async () => {
  const { status, body } = await readyz({
    store: () => Promise.resolve({ state: "down", detail: "PostgreSQL (event store) unavailable" }),
    commandLog: up("in process"),
  });
  assert.equal(status, 503);
  assert.equal(body.status, "not_ready");
  assert.equal(body.dependencies.store.state, "down");
  assert.equal(body.dependencies.commandLog.state, "up");
});

Deno.test("readyz: a check that throws or does not answer in time is down, with why", async () => {
  const { status, body } = await readyz({
    store: () => Promise.reject(new Error("connect ECONNREFUSED")),
    leases: () => new Promise(() => {}),
  }, 20);
  assert.equal(status, 503);
  assert.deepEqual(body.dependencies, {
    store: { state: "down", detail: "connect ECONNREFUSED" },
    leases: { state: "down", detail: "no answer within 20 ms" },
  });
});

Deno.test("healthz: alive without touching any dependency", async () => {
  const res = await healthRoutes({ store: () => Promise.reject(new Error("down")) }).request(
    "/healthz",
  );
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { status: "ok" });
});
