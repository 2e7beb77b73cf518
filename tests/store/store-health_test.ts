import assert from "node:assert/strict";
import { StoreHealth, type StoreState } from "../../src/store/store-health.ts";
import { FakeClock } from "../support/time.ts";

/** A health whose probe answers as `database.up` says, recording every state it reports. */
function healthOver(database: { up: boolean }) {
  const clock = new FakeClock();
  const changes: StoreState["state"][] = [];
  let probes = 0;
  const health = new StoreHealth({
    clock,
    probe: () => {
      probes++;
      return database.up ? Promise.resolve() : Promise.reject(new Error("ECONNREFUSED"));
    },
    onChange: (s) => void changes.push(s.state),
  });
  return { health, clock, changes, probes: () => probes };
}

Deno.test("store health: a failed query on a stale connection is no outage when a fresh probe answers", async () => {
  const { health, clock, changes } = healthOver({ up: true });
  health.unreachable();
  await clock.advance(0);
  assert.equal(health.current.state, "up");
  assert.deepEqual(changes, []);
});

Deno.test("store health: a failure the probe confirms is down, probed every 500 ms, and up again on the first answer", async () => {
  const database = { up: false };
  const { health, clock, changes, probes } = healthOver(database);
  health.unreachable();
  await clock.advance(0);
  assert.equal(health.current.state, "down");
  await clock.advance(1_000);
  assert.equal(probes(), 3, "the first probe, then one every 500 ms");
  database.up = true;
  await clock.advance(500);
  assert.equal(health.current.state, "up");
  assert.deepEqual(changes, ["down", "up"]);
  await clock.advance(5_000);
  assert.equal(probes(), 4, "no probing while up");
  health.close();
});

Deno.test("store health: a query answered while down is up at once", async () => {
  const { health, clock } = healthOver({ up: false });
  health.unreachable();
  await clock.advance(0);
  health.answered();
  assert.equal(health.current.state, "up");
  health.close();
  assert.equal(clock.pendingTimers, 0);
});

Deno.test("store health: a probe that hangs counts as down after 2 s", async () => {
  const clock = new FakeClock();
  const health = new StoreHealth({ clock, probe: () => new Promise(() => {}) });
  health.unreachable();
  await clock.advance(1_999);
  assert.equal(health.current.state, "up");
  await clock.advance(1);
  assert.equal(health.current.state, "down");
  health.close();
});
