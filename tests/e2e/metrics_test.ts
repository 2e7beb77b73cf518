import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { TestClient } from "../support/ws-client.ts";

Deno.test("metrics: Prometheus text counts connections, sessions, frames, routing decisions, command latency, projection lag and memory", async () => {
  const sb = await startNodeWithFleet(1);
  try {
    const client = new TestClient(sb.wsUrl("capability=echo"));
    await client.opened;
    client.ws.send("one");
    await client.until(() => client.frames.length === 1, "an echo");
    const text = await (await fetch(`${sb.t.url}/metrics`)).text();
    const value = (line: RegExp) => Number(text.match(line)?.[1] ?? NaN);
    assert.equal(value(/^switchboard_connections (\d+)$/m), 1);
    assert.equal(value(/^switchboard_sessions (\d+)$/m), 1);
    assert.equal(
      value(
        /^switchboard_routing_decisions_total\{outcome="routed",strategy="round-robin"\} (\d+)$/m,
      ),
      1,
    );
    assert.ok(value(/^switchboard_frames_total\{direction="in"\} (\d+)$/m) >= 1);
    assert.ok(
      value(
        /^switchboard_command_duration_seconds_count\{actor="session",outcome="ok"\} (\d+)$/m,
      ) >= 1,
    );
    assert.match(text, /^switchboard_projection_lag_events\{projection="registry"\} \d+$/m);
    // Memory gauges are read at scrape time: a live process holds some.
    assert.ok(value(/^process_resident_memory_bytes (\d+)$/m) > 1024 * 1024);
    const used = value(/^switchboard_js_heap_bytes\{kind="used"\} (\d+)$/m);
    assert.ok(used > 0 && used <= value(/^switchboard_js_heap_bytes\{kind="total"\} (\d+)$/m));
    assert.ok(value(/^switchboard_js_heap_bytes\{kind="external"\} (\d+)$/m) > 0);
    await client.close();
  } finally {
    await sb.stop();
  }
});
