/**
 * Clients that churn sessions through both nodes: open, send numbered
 * frames in batches and check their echoes, now and then drop the
 * connection and resume (on the other node), then close. A connection the
 * edge breaks (a killed node, an outage) is resumed on a live node.
 */
import {
  emptyTally,
  FrameLedger,
  type FrameTally,
  type OpenResult,
  openSession,
} from "./soak-connection.ts";

export interface ClientStats {
  frames: FrameTally;
  opens: number;
  /** Refused opens (and resumes) by close code; `timeout` when nothing came within the bound. */
  refused: Record<string, number>;
  /** A sample reason per refusal code. */
  reasons: Record<string, string>;
  resumes: number;
  resumeFailures: number;
  /** Connections the edge closed under a live session, by close code. */
  broken: Record<string, number>;
  /** Acknowledged (session.opened received) resumes per session id. */
  resumesBySession: Map<string, number>;
  /** Session ids whose opening the edge acknowledged with session.opened. */
  openedSessions: string[];
}

export interface ClientTarget {
  /** WebSocket base URL (ws://host:port) of a live node, preferring one other than `not`. */
  pick(not?: string): string | undefined;
  clientToken: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo + 1));

export function newClientStats(): ClientStats {
  return {
    frames: emptyTally(),
    opens: 0,
    refused: {},
    reasons: {},
    resumes: 0,
    resumeFailures: 0,
    broken: {},
    resumesBySession: new Map(),
    openedSessions: [],
  };
}

/** A close code as reported; Deno reports a connection cut without a close frame as 0 or 1006. */
export const codeName = (code: number) => (code === 0 || code === 1006 ? "dropped" : String(code));

function countRefusal(stats: ClientStats, result: Exclude<OpenResult, { kind: "opened" }>): void {
  const key = result.kind === "timeout" ? "timeout" : codeName(result.code);
  stats.refused[key] = (stats.refused[key] ?? 0) + 1;
  if (result.kind === "refused") stats.reasons[key] ??= result.reason.slice(0, 200);
}

/** One session from open to close; bounded by the batches it sends and the timeouts below. */
async function oneSession(target: ClientTarget, stats: ClientStats, stopping: () => boolean) {
  let base = target.pick();
  if (!base) return void await sleep(1_000);
  const holder: { current?: FrameLedger } = {};
  const rebound = () => {
    stats.frames.rebounds++;
    holder.current?.broke();
  };
  const token = `access_token=${target.clientToken}`;
  const first = await openSession(`${base}/ws?capability=echo&${token}`, holder, rebound);
  if (first.kind !== "opened") {
    countRefusal(stats, first);
    return void await sleep(500);
  }
  stats.opens++;
  const { sessionId } = first.opened;
  stats.openedSessions.push(sessionId);
  let resumeToken = first.opened.resumeToken;
  let conn = first.conn;
  const ledger = new FrameLedger(stats.frames);
  holder.current = ledger;
  // Resumes on a live node (the other one first), a few tries within ~30 s.
  const resume = async (): Promise<boolean> => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const next = target.pick(base);
      if (!next) {
        await sleep(2_000);
        continue;
      }
      const url = `${next}/ws?session=${sessionId}&resume_token=${
        encodeURIComponent(resumeToken)
      }&${token}`;
      const result = await openSession(url, holder, rebound);
      if (result.kind === "opened") {
        stats.resumes++;
        stats.resumesBySession.set(sessionId, (stats.resumesBySession.get(sessionId) ?? 0) + 1);
        resumeToken = result.opened.resumeToken;
        conn = result.conn;
        base = next;
        return true;
      }
      countRefusal(stats, result);
      // 4004 is final: the session is gone or the token was burnt.
      if (result.kind === "refused" && result.code === 4004) return false;
      await sleep(1_000 * (attempt + 1));
    }
    return false;
  };
  const batches = between(3, 8);
  for (let batch = 0; batch < batches && !stopping(); batch++) {
    const size = between(5, 20);
    for (let i = 0; i < size; i++) conn.send(ledger.next++);
    await conn.drained(10_000);
    if (conn.closeEvent) {
      // The edge ended a live session's connection: a break, then a resume.
      const key = codeName(conn.closeEvent.code);
      stats.broken[key] = (stats.broken[key] ?? 0) + 1;
      ledger.broke();
      if (!await resume()) {
        stats.resumeFailures++;
        return;
      }
      continue;
    }
    await sleep(between(200, 1_200));
    // Now and then the client drops its connection on purpose and resumes.
    if (Math.random() < 0.15) {
      await conn.drained(10_000);
      ledger.settle();
      await conn.close(4000);
      await sleep(between(100, 1_000));
      if (!await resume()) {
        stats.resumeFailures++;
        return;
      }
    }
  }
  await conn.drained(10_000);
  ledger.settle();
  await conn.close(1000);
}

/** `workers` clients churning sessions until `stopping()`; resolves when all have finished. */
export function churnSessions(
  target: ClientTarget,
  stats: ClientStats,
  workers: number,
  stopping: () => boolean,
): Promise<void> {
  return Promise.all(
    Array.from({ length: workers }, async () => {
      while (!stopping()) {
        await oneSession(target, stats, stopping).catch((error) => {
          stats.refused["client_error"] = (stats.refused["client_error"] ?? 0) + 1;
          stats.reasons["client_error"] ??= String(error).slice(0, 200);
        });
      }
    }),
  ).then(() => {});
}
