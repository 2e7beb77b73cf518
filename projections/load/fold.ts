import { sql } from "kysely";
import { routingKey } from "../../actors/router/request.ts";
import type { StoredDomainEvent } from "../../events/mod.ts";
import { deleteKeys, inList, upsertRows } from "../bulk.ts";
import { advance, readClock, saveClock } from "../clock.ts";
import type { TableSet } from "../projection.ts";
import { merge, record } from "./histogram.ts";
import { addGroup, addHeartbeat, emptyMeasured, type Measured, mergeMeasured } from "./measured.ts";
import {
  type BucketRow,
  FLEET,
  type LoadScope,
  type LoadTables,
  RESOLUTIONS,
  retentionOf,
} from "./tables.ts";

export const loadEventTypes = [
  "session.opened",
  "session.routed",
  "session.rebound",
  "session.resumed",
  "session.trafficReported",
  "session.closed",
  "edge.figuresReported",
  "agent.heartbeatReceived",
] as const;

type LoadEvent = Extract<StoredDomainEvent, { type: (typeof loadEventTypes)[number] }>;
type SessionEvent = Exclude<
  LoadEvent,
  { type: "edge.figuresReported" | "agent.heartbeatReceived" }
>;
type Traffic = Extract<LoadEvent, { type: "session.trafficReported" }>["data"];
type Figures = Extract<LoadEvent, { type: "edge.figuresReported" }>["data"];
type Heartbeat = Extract<LoadEvent, { type: "agent.heartbeatReceived" }>["data"];
interface LiveSession {
  capability: string;
  agentId: string | null;
}

/** Start of the `seconds`-wide bucket holding `at`, as ISO text. */
export function bucketStart(at: string, seconds: number): string {
  const ms = Date.parse(at);
  return new Date(ms - (((ms % (seconds * 1000)) + seconds * 1000) % (seconds * 1000)))
    .toISOString();
}

const keyOf = (b: Pick<BucketRow, "resolution" | "scope" | "key" | "bucket_start">) =>
  `${b.resolution}|${b.scope}|${b.key}|${b.bucket_start}`;

/**
 * Folds a batch: live sessions (what traffic is attributed to) change in
 * memory first, each traffic report adds to its fleet, agent and capability
 * buckets at both resolutions, then the touched buckets are merged into the
 * stored ones and written back, and buckets past their retention pruned.
 */
export async function applyLoad(set: TableSet<LoadTables>, events: readonly StoredDomainEvent[]) {
  const ids = new Set(
    (events as readonly LoadEvent[]).filter((e): e is SessionEvent => "sessionId" in e.data)
      .map((e) => e.data.sessionId),
  );
  const rows = await set.db.selectFrom("live_sessions").selectAll()
    .where(inList("session_id", ids)).execute();
  const live = new Map<string, LiveSession | undefined>(
    rows.map((r) => [r.session_id, { capability: r.capability, agentId: r.agent_id }]),
  );
  const touched = new Set<string>();
  const deltas = new Map<string, BucketRow>();
  const before = await readClock(set);
  let clock = before;
  for (const event of events as readonly LoadEvent[]) {
    clock = advance(clock, event.data.at);
    if (event.type === "edge.figuresReported") {
      addFigures(deltas, event.data);
      continue;
    }
    if (event.type === "agent.heartbeatReceived") {
      addBeat(deltas, event.data);
      continue;
    }
    const id = event.data.sessionId;
    const session = live.get(id);
    switch (event.type) {
      case "session.opened":
        if (session) break; // deciders never reopen an id
        live.set(id, {
          capability: routingKey(event.data.capability, event.data.agentType),
          agentId: null,
        });
        touched.add(id);
        break;
      case "session.routed":
      case "session.rebound":
      case "session.resumed":
        if (!session) break;
        live.set(id, { ...session, agentId: event.data.agentId });
        touched.add(id);
        break;
      case "session.closed":
        live.set(id, undefined);
        touched.add(id);
        break;
      case "session.trafficReported":
        addTraffic(deltas, event.data, session);
        break;
    }
  }
  await upsertRows(
    set,
    "live_sessions",
    ["session_id"],
    [...touched].filter((id) => live.get(id)).map((id) => ({
      session_id: id,
      capability: live.get(id)!.capability,
      agent_id: live.get(id)!.agentId,
    })),
  );
  await deleteKeys(set, "live_sessions", "session_id", [...touched].filter((id) => !live.get(id)));
  await saveBuckets(set, deltas);
  await saveClock(set, before, clock);
  if (clock !== undefined) await prune(set, clock);
}

/** The bucket of `scope`/`key` at each resolution holding `at`, from the batch's deltas. */
function bucketsAt(
  deltas: Map<string, BucketRow>,
  at: string,
  scopes: [LoadScope, string][],
): BucketRow[] {
  const out: BucketRow[] = [];
  for (const { seconds } of RESOLUTIONS) {
    const start = bucketStart(at, seconds);
    for (const [scope, key] of scopes) {
      const id = keyOf({ resolution: seconds, scope, key, bucket_start: start });
      let b = deltas.get(id);
      if (!b) deltas.set(id, b = emptyBucket(seconds, scope, key, start));
      out.push(b);
    }
  }
  return out;
}

/** Each group of an edge's report counts for the fleet, the node, its agent and its capability. */
function addFigures(deltas: Map<string, BucketRow>, data: Figures) {
  for (const group of data.groups) {
    const scopes: [LoadScope, string][] = [["fleet", FLEET], ["node", data.edgeId]];
    if (group.agentId) scopes.push(["agent", group.agentId]);
    if (group.capability) scopes.push(["capability", group.capability]);
    for (const b of bucketsAt(deltas, data.at, scopes)) addGroup(b.measured, group);
  }
}

function addBeat(deltas: Map<string, BucketRow>, data: Heartbeat) {
  const scopes: [LoadScope, string][] = [["fleet", FLEET], ["agent", data.agentId]];
  for (const b of bucketsAt(deltas, data.at, scopes)) addHeartbeat(b.measured, data);
}

function addTraffic(deltas: Map<string, BucketRow>, data: Traffic, session?: LiveSession) {
  const agentId = data.agentId ?? session?.agentId ?? undefined;
  const scopes: [LoadScope, string][] = [["fleet", FLEET]];
  if (agentId) scopes.push(["agent", agentId]);
  if (session) scopes.push(["capability", session.capability]);
  // A report's latency speaks for the frames it covers (at least one, if it has any at all).
  const weight = Math.max(1, data.framesIn + data.framesOut);
  for (const { seconds } of RESOLUTIONS) {
    const start = bucketStart(data.at, seconds);
    for (const [scope, key] of scopes) {
      const id = keyOf({ resolution: seconds, scope, key, bucket_start: start });
      const b = deltas.get(id) ?? emptyBucket(seconds, scope, key, start);
      b.reports += 1;
      b.frames_in += data.framesIn;
      b.frames_out += data.framesOut;
      b.bytes_in += data.bytesIn;
      b.bytes_out += data.bytesOut;
      b.errors += data.errors;
      if (data.latencyP50Ms !== undefined) record(b.latency_p50, data.latencyP50Ms, weight);
      if (data.latencyP99Ms !== undefined) record(b.latency_p99, data.latencyP99Ms, weight);
      deltas.set(id, b);
    }
  }
}

function emptyBucket(resolution: number, scope: LoadScope, key: string, start: string): BucketRow {
  return {
    resolution,
    scope,
    key,
    bucket_start: start,
    reports: 0,
    frames_in: 0,
    frames_out: 0,
    bytes_in: 0,
    bytes_out: 0,
    errors: 0,
    latency_p50: {},
    latency_p99: {},
    measured: emptyMeasured(),
  };
}

/** Adds the batch's deltas to the stored buckets (loaded by key in one query) and writes them back. */
async function saveBuckets(set: TableSet<LoadTables>, deltas: Map<string, BucketRow>) {
  if (deltas.size === 0) return;
  const keys = [...deltas.values()].map(({ resolution, scope, key, bucket_start }) => ({
    resolution,
    scope,
    key,
    bucket_start,
  }));
  const { rows } = await sql<BucketRow & { bucket_start: Date | string }>`
    SELECT b.* FROM ${sql.id(set.schema, "buckets")} AS b
    JOIN jsonb_to_recordset(${JSON.stringify(keys)}::text::jsonb)
      AS k(resolution integer, scope text, key text, bucket_start timestamptz)
      USING (resolution, scope, key, bucket_start)`.execute(set.db);
  for (const stored of rows) {
    const start = new Date(stored.bucket_start).toISOString();
    const delta = deltas.get(keyOf({ ...stored, bucket_start: start }))!;
    delta.reports += stored.reports;
    delta.frames_in += Number(stored.frames_in);
    delta.frames_out += Number(stored.frames_out);
    delta.bytes_in += Number(stored.bytes_in);
    delta.bytes_out += Number(stored.bytes_out);
    delta.errors += Number(stored.errors);
    merge(delta.latency_p50, stored.latency_p50);
    merge(delta.latency_p99, stored.latency_p99);
    mergeMeasured(delta.measured, stored.measured as Measured);
  }
  await upsertRows(set, "buckets", ["resolution", "scope", "key", "bucket_start"], [
    ...deltas.values(),
  ]);
}

async function prune(set: TableSet<LoadTables>, clock: string) {
  for (const { seconds } of RESOLUTIONS) {
    const cutoff = new Date(Date.parse(clock) - retentionOf(seconds) * 1000).toISOString();
    await sql`DELETE FROM ${sql.id(set.schema, "buckets")}
      WHERE resolution = ${seconds} AND bucket_start < ${cutoff}::timestamptz`.execute(set.db);
  }
}
