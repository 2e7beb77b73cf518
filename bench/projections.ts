/**
 * Projection lag: the time from a command's reply (its events committed) to
 * the moment every projection has applied them, under a steady offered load
 * of agent heartbeats and session opens through the real actors. PostgreSQL
 * + JetStream when DATABASE_URL and NATS_URL are set, else PGlite +
 * in-process. One JSON line per figure.
 */
import { connect } from "@nats-io/transport-node";
import { dropNamespace } from "./namespace.ts";
import { agentActor, routerActor, sessionActor } from "../actors/mod.ts";
import type { CommandLog } from "../src/bus/command-log.ts";
import { inProcessCommandLog } from "../src/bus/in-process/command-log.ts";
import { jetStreamCommandLog } from "../src/bus/jetstream/command-log.ts";
import type { EventStore } from "../src/store/event-store.ts";
import { pgliteEventStore } from "../src/store/pglite.ts";
import { postgresEventStore } from "../src/store/postgres.ts";
import { inProcessLeases } from "../src/runtime/leases/in-process.ts";
import type { PartitionLeases } from "../src/runtime/leases/partition-leases.ts";
import { natsKvLeases } from "../src/runtime/leases/nats-kv.ts";
import { startActorRuntime } from "../src/runtime/runtime.ts";
import {
  pgliteProjectionDatabase,
  postgresProjectionDatabase,
  type ProjectionDatabase,
  startProjections,
} from "../projections/mod.ts";
import { PGlite } from "@electric-sql/pglite";

const AGENTS = 200;
const SECONDS = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

async function measure(
  backend: string,
  parts: {
    store: EventStore;
    commandLog: CommandLog;
    leases: PartitionLeases;
    views: ProjectionDatabase;
    base: string;
  },
  ratePerSecond: number,
): Promise<void> {
  const runtime = await startActorRuntime({
    ...parts,
    actors: [agentActor, sessionActor, routerActor],
  });
  const projections = await startProjections(parts.store, {
    database: parts.views,
    base: parts.base,
  });
  const lowest = () => Math.min(...projections.runners.map((r) => r.position));
  try {
    for (let i = 0; i < AGENTS; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, j) =>
        runtime.dispatch({
          actorType: "agent",
          actorId: `a${i + j}`,
          type: "register",
          data: {
            name: `a${i + j}`,
            host: "127.0.0.1",
            port: 9,
            agentType: "echo",
            capabilities: ["echo"],
          },
        })));
    }
    await projections.caughtUp();

    // Offered load: `ratePerSecond` heartbeats, each timed until every projection has it.
    const lags: number[] = [];
    const waiting: { position: number; sent: number }[] = [];
    const watcher = setInterval(() => {
      const now = performance.now();
      const done = lowest();
      while (waiting.length > 0 && waiting[0]!.position <= done) {
        lags.push(now - waiting.shift()!.sent);
      }
    }, 2);
    let sent = 0;
    const started = performance.now();
    const inFlight: Promise<void>[] = [];
    while (performance.now() - started < SECONDS * 1000) {
      const due = Math.floor(((performance.now() - started) / 1000) * ratePerSecond);
      while (sent < due) {
        const i = sent++;
        inFlight.push(
          runtime.dispatch({
            actorType: "agent",
            actorId: `a${i % AGENTS}`,
            type: "heartbeat",
            data: { sessions: i % 7, cpu: i % 100 },
          }).then((reply) => {
            const position = reply.events.at(-1)?.position;
            // Replies arrive out of order; the watcher pops in position order.
            if (position !== undefined) {
              waiting.push({ position, sent: performance.now() });
              waiting.sort((a, b) => a.position - b.position);
            }
          }, () => {}),
        );
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all(inFlight);
    // Throughput is what the runtime completed, over the time it took to complete it.
    const seconds = (performance.now() - started) / 1000;
    const deadline = performance.now() + 10_000;
    while (waiting.length > 0 && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    clearInterval(watcher);
    lags.sort((a, b) => a - b);
    const base = { bench: "projections", backend, offered_commands_per_s: ratePerSecond };
    console.log(
      JSON.stringify({
        ...base,
        figure: "achieved_commands_per_s",
        value: Math.round(sent / seconds),
      }),
    );
    console.log(
      JSON.stringify({ ...base, figure: "lag_p50_ms", value: +percentile(lags, 0.5).toFixed(1) }),
    );
    console.log(
      JSON.stringify({ ...base, figure: "lag_p99_ms", value: +percentile(lags, 0.99).toFixed(1) }),
    );
  } finally {
    await projections.stop();
    await runtime.stop();
  }
}

export default async function run(): Promise<void> {
  const databaseUrl = Deno.env.get("DATABASE_URL");
  const natsUrl = Deno.env.get("NATS_URL");
  if (!databaseUrl || !natsUrl) {
    const pglite = new PGlite();
    const store = await pgliteEventStore({ pglite });
    const commandLog = inProcessCommandLog({ partitions: 16 });
    try {
      await measure("pglite+in-process", {
        store,
        commandLog,
        leases: inProcessLeases(16),
        views: pgliteProjectionDatabase(pglite),
        base: "bench_views",
      }, 500);
    } finally {
      await commandLog.close();
      await store.close();
      await pglite.close();
    }
    return;
  }
  const id = `bench_proj_${Deno.pid}`;
  const store = await postgresEventStore({ url: databaseUrl, schema: id, max: 16 });
  const views = postgresProjectionDatabase({ url: databaseUrl });
  const nc = await connect({ servers: natsUrl });
  const commandLog = await jetStreamCommandLog({
    connection: nc,
    stream: id,
    subjectPrefix: id,
    partitions: 16,
  });
  const leases = await natsKvLeases({
    connection: nc,
    nodeId: "bench",
    partitions: 16,
    bucket: id,
  });
  try {
    for (const rate of [1000, 2000]) {
      await measure(
        "jetstream+postgres",
        { store, commandLog, leases, views, base: `${id}_views` },
        rate,
      );
    }
  } finally {
    await commandLog.close();
    await nc.close();
    await views.close();
    await store.close();
    await dropNamespace({ databaseUrl, natsUrl }, id, [id, `${id}_dlq`, `KV_${id}`]);
  }
}

if (import.meta.main) await run();
