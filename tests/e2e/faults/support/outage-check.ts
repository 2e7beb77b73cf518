/**
 * What a PostgreSQL outage test asserts once the load has stopped: no node
 * exited, live sessions lost no frame, opens ended promptly and clearly,
 * /readyz told the truth, heartbeats came back quickly, and every
 * acknowledged command is in the log exactly once.
 */
import assert from "node:assert/strict";
import postgres from "postgres";
import { faultToken, type NodeProcess } from "./node-process.ts";
import type { OutageLoad } from "./outage-load.ts";

/** When the dependency went away and when it was back. */
export interface OutageWindow {
  down: number;
  up: number;
}

/** The handshake bound an open must end within, success or refusal (ms). */
const HANDSHAKE_BOUND_MS = 12_000;

export function assertNodesAlive(nodes: NodeProcess[]): void {
  for (const node of nodes) {
    assert.equal(node.exited(), undefined, `a node exited:\n${node.stderr()}`);
  }
}

export async function assertFramesRelayed(load: OutageLoad): Promise<void> {
  for (const s of load.sessions) {
    await s.client.until(
      () => s.client.frames.length >= s.sent.length,
      `every frame of ${s.sessionId} echoed`,
      10_000,
    );
    assert.deepEqual(s.client.frames, s.sent, `frames of ${s.sessionId}`);
  }
}

/** Opens end within the handshake timeout: opened, or 1013 naming PostgreSQL. */
export function assertOpensClear(load: OutageLoad): void {
  for (const o of load.opens) {
    const took = o.endedAt - o.startedAt;
    assert.ok(took < HANDSHAKE_BOUND_MS, `an open took ${took} ms: ${JSON.stringify(o.outcome)}`);
    if (o.outcome.kind === "closed") {
      assert.equal(o.outcome.code, 1013, `an open closed with ${JSON.stringify(o.outcome)}`);
      assert.match(o.outcome.reason, /PostgreSQL/);
    }
  }
}

/** Heartbeats answer 2xx within `bound` ms of the dependency's return; returns the delay. */
export function heartbeatRecovery(load: OutageLoad, window: OutageWindow, boundMs = 5_000): number {
  const firstOk = load.heartbeats.find((h) =>
    h.at >= window.up && h.status >= 200 && h.status < 300
  );
  assert.ok(
    firstOk,
    "no heartbeat answered 2xx after PostgreSQL returned: " +
      JSON.stringify(
        load.heartbeats.filter((h) => h.at >= window.down).map((h) => [h.at - window.up, h.status]),
      ),
  );
  const recoveredAfterMs = firstOk.at - window.up;
  assert.ok(
    recoveredAfterMs <= boundMs,
    `heartbeats answered again ${recoveredAfterMs} ms after PostgreSQL returned`,
  );
  // Once back, they stay back.
  const after = load.heartbeats.filter((h) => h.at > firstOk.at + 1_000);
  const failed = after.filter((h) => h.status < 200 || h.status >= 300);
  assert.deepEqual(failed, [], "heartbeats failing after recovery");
  return recoveredAfterMs;
}

/** /readyz was non-200 while PostgreSQL was down (naming the store), and 200 at the end. */
export function assertReadiness(load: OutageLoad, window: OutageWindow): void {
  const during = load.ready.filter((r) => r.at > window.down + 1_000 && r.at < window.up);
  assert.ok(during.length > 0, "readiness was polled during the outage");
  for (const r of during) {
    assert.notEqual(r.status, 200, `/readyz said 200 during the outage: ${JSON.stringify(r.body)}`);
    if (r.status !== 0) {
      const body = r.body as { dependencies?: Record<string, { state: string }> };
      assert.notEqual(body.dependencies?.store?.state, "up", JSON.stringify(r.body));
    }
  }
  const last = load.ready.at(-1);
  assert.equal(last?.status, 200, `/readyz at the end: ${JSON.stringify(last?.body)}`);
}

interface StoredEvent {
  stream_id: string;
  version: number;
  type: string;
  command_id: string | null;
}

/**
 * Every acknowledged command recorded once (heartbeats answered 2xx, sessions
 * opened), every stream's versions 1..n without a gap, and no command id
 * whose events were written twice.
 */
export async function assertLogIntact(
  url: string,
  schema: string,
  load: OutageLoad,
): Promise<{ events: number }> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql.unsafe<StoredEvent[]>(
      `select stream_id, version, type, command_id from "${schema}".events order by position`,
    );
    const versions = new Map<string, number[]>();
    for (const r of rows) {
      const list = versions.get(r.stream_id) ?? [];
      list.push(Number(r.version));
      versions.set(r.stream_id, list);
    }
    for (const [stream, list] of versions) {
      assert.deepEqual(list, list.map((_, i) => i + 1), `stream ${stream} has a gap`);
    }
    // A command applied twice shows as the same event type twice under one command id.
    const seen = new Set<string>();
    for (const r of rows) {
      if (!r.command_id) continue;
      const key = `${r.stream_id} ${r.command_id} ${r.type}`;
      assert.ok(!seen.has(key), `command applied twice: ${key}`);
      seen.add(key);
    }
    const heartbeatsOk = load.heartbeats.filter((h) => h.status >= 200 && h.status < 300).length;
    const recorded = rows.filter((r) =>
      r.stream_id === `agent-${load.agentId}` && r.type === "agent.heartbeatReceived"
    ).length;
    assert.ok(
      recorded >= heartbeatsOk,
      `${heartbeatsOk} heartbeats acknowledged, ${recorded} recorded`,
    );
    const opened = load.opens.filter((o) =>
      o.outcome.kind === "opened"
    );
    for (const o of opened) {
      const id = (o.outcome as { sessionId: string }).sessionId;
      const created = rows.filter((r) =>
        r.stream_id === `session-${id}` && Number(r.version) === 1
      );
      assert.equal(
        created.length,
        1,
        `session ${id} opened at ${o.startedAt}-${o.endedAt} but recorded ${created.length} times; ` +
          JSON.stringify(rows.filter((r) => r.stream_id === `session-${id}`)),
      );
    }
    return { events: rows.length };
  } finally {
    await sql.end();
  }
}

/** The live projections equal a replay of the log (POST /projections/rebuild compares them). */
export async function assertProjectionsMatchReplay(url: string): Promise<void> {
  const admin = await faultToken("root", "admin");
  const res = await fetch(`${url}/api/v1/projections/rebuild`, {
    method: "POST",
    headers: { authorization: `Bearer ${admin}` },
    signal: AbortSignal.timeout(60_000),
  });
  const report = await res.json();
  assert.equal(res.status, 200, JSON.stringify(report));
  assert.equal(
    report.identical,
    true,
    `projections differ from a replay: ${JSON.stringify(report)}`,
  );
}

/** One line on what clients saw, for the run's output. */
export function openSummary(load: OutageLoad): string {
  const opened = load.opens.filter((o) => o.outcome.kind === "opened").length;
  const refused = load.opens.length - opened;
  const longest = Math.max(0, ...load.opens.map((o) => o.endedAt - o.startedAt));
  return `${load.opens.length} opens (${opened} opened, ${refused} refused 1013, longest ${longest} ms)`;
}
