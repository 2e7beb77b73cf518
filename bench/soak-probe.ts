/**
 * The soak's command probe: an agent of its own (capability `soak-probe`,
 * never routed to) whose heartbeats carry a sequence number in
 * `queueDepth`, so each acknowledged heartbeat can be found in the log
 * exactly once. Also measures recovery after a fault: the time until a
 * heartbeat and a session open succeed again through a node.
 */
import postgres from "postgres";
import { openSession } from "./soak-connection.ts";

export const PROBE_ID = "soak-probe";

export interface ProbeStats {
  /** Sequence numbers of heartbeats answered 2xx. */
  acked: Set<number>;
  /** Sequence numbers sent but not acknowledged (error, timeout, non-2xx). */
  unacked: Set<number>;
  /** Failed heartbeats by status (`timeout`, `network` or the HTTP status). */
  failed: Record<string, number>;
}

export const newProbeStats = (): ProbeStats => ({
  acked: new Set(),
  unacked: new Set(),
  failed: {},
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class CommandProbe {
  private seq = 0;
  constructor(
    private readonly admin: string,
    private readonly stats: ProbeStats,
  ) {}

  private headers() {
    return { authorization: `Bearer ${this.admin}`, "content-type": "application/json" };
  }

  /** Registers the probe agent through `url`, retrying for up to 60 s. */
  async register(url: string, agentPort: number): Promise<void> {
    const body = JSON.stringify({
      id: PROBE_ID,
      name: PROBE_ID,
      host: "127.0.0.1",
      port: agentPort,
      agentType: PROBE_ID,
      capabilities: [PROBE_ID],
    });
    const deadline = Date.now() + 60_000;
    let last = "";
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${url}/api/v1/agents`, {
          method: "POST",
          headers: this.headers(),
          body,
          signal: AbortSignal.timeout(10_000),
        });
        last = `${res.status} ${await res.text()}`;
        if (res.status === 201) return;
      } catch (error) {
        last = String(error);
      }
      await sleep(1_000);
    }
    throw new Error(`could not register the probe agent: ${last}`);
  }

  /** One numbered heartbeat through `url` (10 s bound); true when acknowledged. */
  async heartbeat(url: string): Promise<boolean> {
    const n = this.seq++;
    let outcome: string;
    try {
      const res = await fetch(`${url}/api/v1/agents/${PROBE_ID}/heartbeat`, {
        method: "POST",
        headers: this.headers(),
        body: JSON.stringify({ queueDepth: n }),
        signal: AbortSignal.timeout(10_000),
      });
      await res.body?.cancel();
      if (res.ok) {
        this.stats.acked.add(n);
        return true;
      }
      outcome = String(res.status);
    } catch (error) {
      outcome = (error as Error).name === "TimeoutError" ? "timeout" : "network";
    }
    this.stats.unacked.add(n);
    this.stats.failed[outcome] = (this.stats.failed[outcome] ?? 0) + 1;
    return false;
  }
}

/**
 * Milliseconds until a heartbeat and an open both succeed through `url`
 * (tried every 500 ms), or undefined after `boundMs`. Sessions it opened are
 * added to `opened` (acknowledged opens, checked in the log like any other).
 */
export async function recoveryMs(
  probe: CommandProbe,
  url: string,
  clientToken: string,
  opened: string[],
  stopping: () => boolean,
  boundMs = 120_000,
): Promise<number | undefined> {
  const started = Date.now();
  let heartbeatOk = false;
  let openOk = false;
  while (Date.now() - started < boundMs && !stopping()) {
    if (!heartbeatOk) heartbeatOk = await probe.heartbeat(url);
    if (!openOk) {
      const ws = url.replace("http", "ws");
      const result = await openSession(
        `${ws}/ws?capability=echo&access_token=${clientToken}`,
        {},
        () => {},
        10_000,
      );
      if (result.kind === "opened") {
        openOk = true;
        opened.push(result.opened.sessionId);
        await result.conn.close(1000);
      }
    }
    if (heartbeatOk && openOk) return Date.now() - started;
    await sleep(500);
  }
  return undefined;
}

/**
 * Every event of one type in the log, read from the store's PostgreSQL
 * directly (the nodes may be down): the soak's cluster holds one event table.
 */
export async function readEvents(
  databaseUrl: string,
  type: string,
): Promise<{ data: Record<string, unknown> }[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql`set statement_timeout = 60000`;
    const [table] = await sql`
      select table_schema from information_schema.tables where table_name = 'events' limit 1`;
    if (!table) throw new Error("no events table in the soak's database");
    const rows = await sql`
      select data from ${sql(table.table_schema)}.events where type = ${type} order by position`;
    return rows.map((r) => ({ data: r.data as Record<string, unknown> }));
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** How many times each key occurs. */
export function counts<T>(items: T[]): Map<T, number> {
  const map = new Map<T, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}
