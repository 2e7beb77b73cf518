/**
 * Soak: two cluster nodes on a PostgreSQL cluster and a nats-server of the
 * soak's own, echo agents, clients churning sessions, agents restarted now
 * and then, and a fault every ~90 s (PostgreSQL restart, PostgreSQL stopped
 * 25 s, NATS restart, a node SIGKILLed and restarted). Reports, one JSON line
 * each: every fault with each node's recovery time, node exits, memory
 * growth per node, acknowledged commands missing or duplicated in the log,
 * and frames lost, duplicated or out of order on live sessions.
 *
 *   deno task bench soak [--minutes 10] [--faults pg-restart,pg-stop,nats-restart,node-kill]
 *     [--fault-every 90] [--clients 6] [--agents 3]
 */
import { parseArgs } from "node:util";
import { signToken } from "../src/auth/jwt.ts";
import { freePorts } from "../tests/support/fleet.ts";
import {
  canRunPrivateServices,
  createPrivatePostgres,
  type PrivateNats,
  type PrivatePostgres,
  startPrivateNats,
} from "./private-services.ts";
import { type NodeExit, type RssSample, type SoakNode, soakNode } from "./soak-node.ts";
import { type AgentCounts, type SoakAgent, soakAgent } from "./soak-agents.ts";
import { churnSessions, newClientStats } from "./soak-clients.ts";
import { CommandProbe, newProbeStats, recoveryMs } from "./soak-probe.ts";
import { type FaultReport, FAULTS, parseFaults, runFault } from "./soak-faults.ts";
import { reportLog, reportMemory, waitForAgents } from "./soak-report.ts";

const SECRET = "soak-secret-soak-secret-soak-secret-0123456789";
const emit = (figure: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: "soak", ...figure }));

/** Waits `ms` or until `until` settles, whichever is first; leaves no timer behind. */
function pause(ms: number, until: Promise<unknown>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([new Promise<void>((r) => timer = setTimeout(r, ms)), until.then(() => {})])
    .finally(() => clearTimeout(timer));
}

const prefixed = (prefix: string, counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).map(([k, v]) => [prefix + k, v]));

/** Counters that moved between two snapshots, by how much. */
function difference(before: Record<string, number>, after: Record<string, number>) {
  return Object.fromEntries(
    Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]).filter(([, d]) => d !== 0),
  );
}

function options() {
  const { values } = parseArgs({
    args: Deno.args.filter((a, i, all) => a.startsWith("--") || all[i - 1]?.startsWith("--")),
    options: {
      minutes: { type: "string", default: "10" },
      faults: { type: "string", default: FAULTS.join(",") },
      "fault-every": { type: "string", default: "90" },
      clients: { type: "string", default: "6" },
      agents: { type: "string", default: "3" },
    },
  });
  return {
    minutes: Number(values.minutes),
    faults: parseFaults(values.faults),
    faultEveryS: Number(values["fault-every"]),
    clients: Number(values.clients),
    agents: Number(values.agents),
  };
}

export default async function run(): Promise<void> {
  const opts = options();
  const missing = canRunPrivateServices();
  if (missing) return emit({ skipped: missing });
  emit({ figure: "config", ...opts });
  const t0 = Date.now();
  const elapsedS = () => (Date.now() - t0) / 1000;
  let stopping = false;
  const exits: NodeExit[] = [];
  const rss = new Map<string, RssSample[]>();
  const faults: FaultReport[] = [];
  const agentCounts: AgentCounts = { restarts: 0, unexpectedExits: 0 };
  const clientStats = newClientStats();
  const probeStats = newProbeStats();
  let pg: PrivatePostgres | undefined;
  let nats: PrivateNats | undefined;
  const nodes: SoakNode[] = [];
  const agents: SoakAgent[] = [];
  const background: Promise<unknown>[] = [];
  // Ctrl-C ends the soak early but still reports and cleans up; unlike the end of the run,
  // it also cuts short a recovery being measured.
  let interrupt = () => {};
  const interrupted = new Promise<void>((resolve) => interrupt = resolve);
  let cancelled = false;
  const onSigint = () => {
    cancelled = true;
    stopping = true;
    interrupt();
  };
  Deno.addSignalListener("SIGINT", onSigint);
  // A stray rejection must not end the process before the finally below has cleaned up.
  const onRejection = (e: PromiseRejectionEvent) => {
    e.preventDefault();
    emit({ figure: "soak_error", error: String(e.reason).slice(0, 300) });
  };
  globalThis.addEventListener("unhandledrejection", onRejection);
  try {
    pg = await createPrivatePostgres("sbsoak");
    nats = await startPrivateNats();
    const env = {
      DATABASE_URL: pg.url,
      NATS_URL: nats.url,
      SWITCHBOARD_JWT_SECRET: SECRET,
      PARTITIONS: "8",
    };
    const ports = freePorts(2 + opts.agents + 1);
    for (const [i, id] of ["node-a", "node-b"].entries()) {
      const node = soakNode({
        id,
        port: ports[i]!,
        env,
        elapsedS,
        onExit: (exit) => {
          exits.push(exit);
          if (exit.killed || stopping) return;
          // A node that went on its own is a figure; it comes back so the soak goes on
          // (a start that fails, say while PostgreSQL is down, is tried again 3 s later).
          if (!exit.whileStarting) emit({ figure: "node_exit", ...exit });
          setTimeout(() => {
            if (!stopping && !node.alive()) node.start().catch(() => {});
          }, exit.whileStarting ? 3_000 : 1_000);
        },
      });
      nodes.push(node);
      await node.start(); // one after the other: the first creates the schema
    }
    const admin = await signToken(SECRET, { sub: "soak-admin", roles: ["admin"] }, 86_400);
    const clientToken = await signToken(SECRET, { sub: "soak-client", roles: ["client"] }, 86_400);
    const probe = new CommandProbe(admin, probeStats);
    await probe.register(nodes[0]!.url, ports.at(-1)!);
    for (let i = 0; i < opts.agents; i++) {
      const id = `soak-echo-${i + 1}`;
      const own = nodes[i % nodes.length]!.url;
      agents.push(soakAgent({
        id,
        port: ports[2 + i]!,
        urls: [own, ...nodes.map((n) => n.url).filter((u) => u !== own)],
        token: await signToken(SECRET, { sub: id, roles: ["agent"] }, 86_400),
        counts: agentCounts,
        stopping: () => stopping,
      }));
    }
    await waitForAgents(nodes[0]!.url, admin, agents.map((a) => a.id));
    emit({ figure: "started", afterS: Math.round(elapsedS()) });

    const live = () => nodes.filter((n) => n.alive());
    const every = (ms: number, task: () => Promise<void>) =>
      background.push((async () => {
        while (!stopping) {
          await pause(ms, interrupted);
          if (!stopping) await task().catch(() => {});
        }
      })());
    // Memory: every 10 s from each live node.
    every(10_000, async () => {
      for (const node of live()) {
        const sample = await node.sampleRss(elapsedS());
        if (sample) rss.set(node.id, [...rss.get(node.id) ?? [], sample]);
      }
    });
    for (const node of nodes) {
      const sample = await node.sampleRss(elapsedS());
      if (sample) rss.set(node.id, [sample]);
    }
    // Commands: one numbered heartbeat a second, through the nodes in turn.
    let turn = 0;
    every(1_000, async () => {
      const node = live()[turn++ % Math.max(1, live().length)];
      if (node) await probe.heartbeat(node.url);
    });
    // Agent churn: one agent restarted every minute, in turn.
    let agentTurn = 0;
    every(60_000, () => agents[agentTurn++ % agents.length]!.restart());
    // What clients saw during a fault: refusals, broken connections, failed heartbeats.
    const clientView = () => ({
      ...prefixed("refused:", clientStats.refused),
      ...prefixed("broken:", clientStats.broken),
      ...prefixed("heartbeat:", probeStats.failed),
      opens: clientStats.opens,
      resumes: clientStats.resumes,
      resumeFailures: clientStats.resumeFailures,
      rebounds: clientStats.frames.rebounds,
    });
    // Faults, in the order given, every `fault-every` seconds.
    let faultTurn = 0;
    const kills = { n: 0 };
    every(opts.faultEveryS * 1_000, async () => {
      if (opts.faults.length === 0) return;
      const fault = opts.faults[faultTurn++ % opts.faults.length]!;
      const before = clientView();
      const report = await runFault(fault, fault === "node-kill" ? kills.n++ : 0, {
        pg: pg!,
        nats: nats!,
        nodes,
        elapsedS,
        recovery: (node) =>
          recoveryMs(probe, node.url, clientToken, clientStats.openedSessions, () => cancelled),
      });
      faults.push(report);
      emit({ figure: "fault", ...report, clientsSaw: difference(before, clientView()) });
    });
    const churn = churnSessions(
      {
        clientToken,
        pick(not) {
          const up = live().map((n) => n.url.replace("http", "ws"));
          return up.find((u) => u !== not) ?? up[0];
        },
      },
      clientStats,
      opts.clients,
      () => stopping,
    );

    await pause(opts.minutes * 60_000, interrupted);
    stopping = true;
    interrupt();
    // Everything below is bounded: sessions finish their batch, a fault its recovery.
    await pause(240_000, Promise.all([churn, ...background]));
    for (const node of nodes) if (!node.alive()) await node.start().catch(() => {});
    for (const node of nodes) {
      const sample = await node.sampleRss(elapsedS());
      if (sample) rss.set(node.id, [...rss.get(node.id) ?? [], sample]);
    }
    reportMemory(emit, nodes, rss, exits);
    const recoveries = faults.flatMap((f) => Object.values(f.recoveryMs));
    emit({
      figure: "faults",
      count: faults.length,
      maxRecoveryMs: Math.max(0, ...recoveries.filter((ms): ms is number => ms !== null)),
      unrecovered: recoveries.filter((ms) => ms === null).length,
    });
    emit({ figure: "agents", ...agentCounts });
    const { frames, resumesBySession: _r, openedSessions: _o, ...opens } = clientStats;
    emit({ figure: "opens", ...opens });
    emit({ figure: "frames", ...frames });
    // Ctrl-C may have come while PostgreSQL was stopped: the log is read from it directly.
    await pg.start().catch(() => {/* it is running */});
    await reportLog(emit, pg.url, clientStats, probeStats);
    emit({ figure: "done", afterS: Math.round(elapsedS()) });
  } finally {
    stopping = true;
    interrupt();
    Deno.removeSignalListener("SIGINT", onSigint);
    globalThis.removeEventListener("unhandledrejection", onRejection);
    await Promise.all(agents.map((a) => a.stop().catch(() => {})));
    await Promise.all(nodes.map((n) => n.stop().catch(() => {})));
    await nats?.drop();
    await pg?.drop();
  }
}

if (import.meta.main) await run();
