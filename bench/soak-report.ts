/**
 * The soak's setup checks and end-of-run figures: memory per node, and
 * every acknowledged command looked up in the log (exactly once each).
 */
import type { ClientStats } from "./soak-clients.ts";
import { counts, PROBE_ID, type ProbeStats, readEvents } from "./soak-probe.ts";
import { growthPerMinute, type NodeExit, type RssSample, type SoakNode } from "./soak-node.ts";

type Emit = (figure: Record<string, unknown>) => void;
const MiB = 1024 * 1024;
const round = (x: number) => Math.round(x * 100) / 100;

/** Waits (at most 90 s) until every agent is healthy as `url` sees it. */
export async function waitForAgents(url: string, admin: string, ids: string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  let waiting = ids;
  while (Date.now() < deadline) {
    const statuses = await Promise.all(waiting.map(async (id) => {
      try {
        const res = await fetch(`${url}/api/v1/agents/${id}`, {
          headers: { authorization: `Bearer ${admin}` },
          signal: AbortSignal.timeout(5_000),
        });
        return res.ok ? (await res.json()).status : (await res.body?.cancel(), undefined);
      } catch {
        return undefined;
      }
    }));
    waiting = waiting.filter((_, i) => statuses[i] !== "healthy");
    if (waiting.length === 0) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`agents never became healthy: ${waiting.join(", ")}`);
}

/** Per node: resident memory at start and end, growth per minute (per process incarnation). */
export function reportMemory(
  emit: Emit,
  nodes: SoakNode[],
  rss: Map<string, RssSample[]>,
  exits: NodeExit[],
): void {
  for (const node of nodes) {
    const samples = rss.get(node.id) ?? [];
    const incarnations = [...new Set(samples.map((s) => s.incarnation))];
    // A restart starts memory afresh: growth is measured within each process's life.
    const lives = incarnations.map((n) => samples.filter((s) => s.incarnation === n));
    const longest = lives.reduce((a, b) => (b.length > a.length ? b : a), [] as RssSample[]);
    const lifeS = longest.length > 1 ? Math.round(longest.at(-1)!.atS - longest[0]!.atS) : 0;
    const warm = longest.filter((s) => s.atS - longest[0]!.atS >= 120);
    emit({
      figure: "node_memory",
      node: node.id,
      samples: samples.length,
      rssStartMiB: samples[0] ? round(samples[0].bytes / MiB) : null,
      rssEndMiB: samples.at(-1) ? round(samples.at(-1)!.bytes / MiB) : null,
      // Over the longest-lived process (a minute at least), least squares over its samples.
      growthMiBPerMin: lifeS >= 60 ? round(growthPerMinute(longest) / MiB) : null,
      // The same, leaving out each process's first two minutes (start-up, JIT, caches filling).
      growthAfterWarmupMiBPerMin: warm.length >= 3 ? round(growthPerMinute(warm) / MiB) : null,
      longestLifeS: lifeS,
      incarnations: node.incarnations(),
      killedBySoak: exits.filter((e) => e.node === node.id && e.killed).length,
      // Exits nobody asked for while serving, and restarts that failed before the node was ready.
      crashed: exits.filter((e) => e.node === node.id && !e.killed && !e.whileStarting).length,
      failedStarts: exits.filter((e) => e.node === node.id && !e.killed && e.whileStarting).length,
    });
  }
}

/**
 * Acknowledged heartbeats (by sequence number) and acknowledged opens (by
 * session id) against the log: each must be recorded exactly once.
 */
export async function reportLog(
  emit: Emit,
  databaseUrl: string,
  clients: ClientStats,
  probe: ProbeStats,
): Promise<void> {
  try {
    const heartbeats = (await readEvents(databaseUrl, "agent.heartbeatReceived"))
      .filter((e) => e.data.agentId === PROBE_ID)
      .map((e) => Number(e.data.queueDepth));
    const recorded = counts(heartbeats);
    const acked = [...probe.acked];
    emit({
      figure: "heartbeats",
      acknowledged: acked.length,
      missing: acked.filter((n) => !recorded.has(n)).length,
      duplicated: [...recorded.values()].filter((c) => c > 1).length,
      failed: probe.unacked.size,
      failedBy: probe.failed,
      // A heartbeat whose answer was lost may still have been applied: allowed, shown.
      unacknowledgedButRecorded: [...probe.unacked].filter((n) => recorded.has(n)).length,
    });
    const opened = counts(
      (await readEvents(databaseUrl, "session.opened")).map((e) => String(e.data.sessionId)),
    );
    const resumed = counts(
      (await readEvents(databaseUrl, "session.resumed")).map((e) => String(e.data.sessionId)),
    );
    const ids = clients.openedSessions;
    const short = [...clients.resumesBySession].filter(([id, n]) => (resumed.get(id) ?? 0) < n);
    emit({
      figure: "session_commands",
      opensAcknowledged: ids.length,
      opensMissing: ids.filter((id) => !opened.has(id)).length,
      opensDuplicated: ids.filter((id) => (opened.get(id) ?? 0) > 1).length,
      resumesAcknowledged: [...clients.resumesBySession.values()].reduce((a, b) => a + b, 0),
      // Sessions with fewer session.resumed events than resumes the client was told of.
      sessionsMissingResumes: short.length,
    });
  } catch (error) {
    emit({ figure: "log", error: String(error).slice(0, 300) });
  }
}
