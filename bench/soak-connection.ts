/**
 * One client WebSocket of the soak: opened within a bound, its numbered
 * echo frames checked as they come back (duplicates, order), and the
 * edge's control frames (session.opened, session.rebound) told apart.
 */
export interface Opened {
  sessionId: string;
  resumeToken: string;
  agentId: string;
}

export type OpenResult =
  | { kind: "opened"; conn: Connection; opened: Opened }
  | { kind: "refused"; code: number; reason: string }
  | { kind: "timeout" };

export interface FrameTally {
  sent: number;
  echoed: number;
  /** Sent on a connection the soak itself ended (or still open) and never echoed. */
  lost: number;
  duplicated: number;
  outOfOrder: number;
  /** Unechoed when the connection broke or the session was rebound: lost with the path, reported apart. */
  inFlightAtBreak: number;
  /** Echoes that came after their frame was counted in flight at a break. */
  late: number;
  rebounds: number;
}

export const emptyTally = (): FrameTally => ({
  sent: 0,
  echoed: 0,
  lost: 0,
  duplicated: 0,
  outOfOrder: 0,
  inFlightAtBreak: 0,
  late: 0,
  rebounds: 0,
});

/** What one session has seen of its frames, across the connections it used. */
export class FrameLedger {
  next = 0;
  private lastEchoed = -1;
  private readonly pending = new Set<number>();
  private readonly seen = new Set<number>();
  private readonly abandoned = new Set<number>();
  constructor(private readonly tally: FrameTally) {}

  sent(n: number): void {
    this.pending.add(n);
    this.tally.sent++;
  }

  echoed(n: number): void {
    if (this.seen.has(n)) {
      this.tally.duplicated++;
      return;
    }
    this.seen.add(n);
    if (this.abandoned.delete(n)) {
      this.tally.late++;
      return;
    }
    if (!this.pending.delete(n)) return;
    this.tally.echoed++;
    if (n < this.lastEchoed) this.tally.outOfOrder++;
    this.lastEchoed = Math.max(this.lastEchoed, n);
  }

  outstanding(): number {
    return this.pending.size;
  }

  /** The path broke (connection lost, session rebound): what was in flight is not a live loss. */
  broke(): void {
    this.tally.inFlightAtBreak += this.pending.size;
    for (const n of this.pending) this.abandoned.add(n);
    this.pending.clear();
  }

  /** The soak ends the connection itself: anything still unechoed was lost on a live session. */
  settle(): void {
    this.tally.lost += this.pending.size;
    for (const n of this.pending) this.abandoned.add(n);
    this.pending.clear();
  }
}

export class Connection {
  closeEvent?: { code: number; reason: string };
  readonly closed: Promise<void>;
  private wake: () => void = () => {};

  constructor(readonly ws: WebSocket, private readonly ledger: { current?: FrameLedger }) {
    this.closed = new Promise((resolve) => {
      ws.addEventListener("close", (e) => {
        this.closeEvent = { code: e.code, reason: e.reason };
        resolve();
        this.wake();
      });
    });
  }

  onFrame(data: unknown, onControl: (msg: Record<string, unknown>) => void): void {
    if (typeof data !== "string") return;
    if (data.startsWith("f:")) this.ledger.current?.echoed(Number(data.slice(2)));
    else {
      try {
        onControl(JSON.parse(data));
      } catch { /* not ours */ }
    }
    this.wake();
  }

  send(n: number): boolean {
    if (this.ws.readyState !== WebSocket.OPEN) return false;
    this.ledger.current?.sent(n);
    this.ws.send(`f:${n}`);
    return true;
  }

  /** Resolves once nothing is outstanding, the connection closed, or `ms` passed. */
  async drained(ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while ((this.ledger.current?.outstanding() ?? 0) > 0 && !this.closeEvent) {
      const left = deadline - Date.now();
      if (left <= 0) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Closes and waits (at most 5 s) for the close to finish. */
  async close(code = 1000): Promise<void> {
    try {
      this.ws.close(code, "soak");
    } catch { /* already closing */ }
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.closed, new Promise((r) => timer = setTimeout(r, 5_000))]);
    clearTimeout(timer);
  }
}

/**
 * Opens a WebSocket and waits for its session.opened frame, at most
 * `timeoutMs`; a close before that is a refusal (its code and reason).
 */
export function openSession(
  url: string,
  ledger: { current?: FrameLedger },
  onRebound: () => void,
  timeoutMs = 15_000,
): Promise<OpenResult> {
  return new Promise((resolve) => {
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch {
      resolve({ kind: "refused", code: 0, reason: "bad url" });
      return;
    }
    const conn = new Connection(ws, ledger);
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      try {
        ws.close();
      } catch { /* not open yet */ }
      resolve({ kind: "timeout" });
    }, timeoutMs);
    ws.onerror = () => {};
    ws.onmessage = (e) =>
      conn.onFrame(e.data, (msg) => {
        if (msg.type === "session.rebound") {
          onRebound();
          return;
        }
        if (msg.type !== "session.opened" || done) return;
        done = true;
        clearTimeout(timer);
        resolve({
          kind: "opened",
          conn,
          opened: {
            sessionId: String(msg.sessionId),
            resumeToken: String(msg.resumeToken),
            agentId: String(msg.agentId),
          },
        });
      });
    void conn.closed.then(() => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ kind: "refused", code: conn.closeEvent!.code, reason: conn.closeEvent!.reason });
    });
  });
}
