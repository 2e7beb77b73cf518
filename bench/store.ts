/**
 * Event store throughput: appends (single-event commits and 100-event
 * batches, concurrent writers on different streams) and reads in global order.
 * Prints one JSON line per figure. PostgreSQL runs only when DATABASE_URL is
 * set (in its own schema, dropped afterwards); PGlite always runs, in memory.
 *
 *   deno run -A bench/store.ts
 */
import postgres from "postgres";
import type { NewEvent } from "../events/envelope.ts";
import type { EventStore } from "../src/store/event-store.ts";
import { pgliteEventStore } from "../src/store/pglite.ts";
import { postgresEventStore } from "../src/store/postgres.ts";

interface Workload {
  writers: number;
  singleEventAppends: number;
  batchAppends: number;
  readPage: number;
}

const workloads: Record<EventStore["kind"], Workload> = {
  postgres: { writers: 16, singleEventAppends: 10_000, batchAppends: 2_000, readPage: 5_000 },
  pglite: { writers: 4, singleEventAppends: 2_000, batchAppends: 200, readPage: 5_000 },
};

function heartbeat(agent: number, i: number): NewEvent {
  return {
    type: "agent.heartbeatReceived",
    data: {
      agentId: `agent-${agent}`,
      at: new Date(1_700_000_000_000 + i * 1000).toISOString(),
      sessions: i % 100,
      cpu: (i * 7) % 100,
      latencyMs: 12.5,
    },
    metadata: { correlationId: `bench-${agent}-${i}` },
  };
}

function print(backend: string, figure: string, value: number, extra: object = {}): void {
  console.log(
    JSON.stringify({ bench: "store", backend, figure, value: Math.round(value), ...extra }),
  );
}

/** `appends` appends of `batch` events, spread over `writers` concurrent writers with a stream each. */
async function appendFigure(
  store: EventStore,
  workload: Workload,
  appends: number,
  batch: number,
  tag: string,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: workload.writers }, async (_, writer) => {
    const stream = `bench-${tag}-${writer}`;
    while (next < appends) {
      const i = next++;
      await store.append(stream, Array.from({ length: batch }, (_, k) => heartbeat(writer, i + k)));
    }
  }));
  return (appends * batch) / ((performance.now() - started) / 1000);
}

async function readAllFigure(store: EventStore, page: number): Promise<[number, number]> {
  let after = 0;
  let events = 0;
  const started = performance.now();
  for (;;) {
    const batch = await store.readAll({ after, limit: page });
    if (batch.length === 0) break;
    events += batch.length;
    after = batch[batch.length - 1]!.position;
  }
  return [events / ((performance.now() - started) / 1000), events];
}

async function measure(store: EventStore): Promise<void> {
  const workload = workloads[store.kind];
  const extra = { writers: workload.writers };
  // Warm up connections, prepared statements and JIT before timing.
  await appendFigure(store, workload, workload.writers * 4, 10, "warmup");
  print(
    store.kind,
    "append_single_events_per_s",
    await appendFigure(store, workload, workload.singleEventAppends, 1, "single"),
    extra,
  );
  print(
    store.kind,
    "append_batch100_events_per_s",
    await appendFigure(store, workload, workload.batchAppends, 100, "batch"),
    extra,
  );
  const [perSecond, events] = await readAllFigure(store, workload.readPage);
  print(store.kind, "read_all_events_per_s", perSecond, { events, page: workload.readPage });
}

export default async function run(): Promise<void> {
  const url = Deno.env.get("DATABASE_URL");
  if (url) {
    const schema = `sb_bench_${Deno.pid}_${Date.now().toString(36)}`;
    const store = await postgresEventStore({ url, schema, max: workloads.postgres.writers });
    try {
      await measure(store);
    } finally {
      await store.close();
      const admin = postgres(url, { max: 1, onnotice: () => {} });
      await admin.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => admin.end());
    }
  }
  const embedded = await pgliteEventStore();
  try {
    await measure(embedded);
  } finally {
    await embedded.close();
  }
}

if (import.meta.main) await run();
