/**
 * Everything the edge writes to the agent: the client's bytes, kept in the
 * backlog (client-backlog.ts) while no agent is attached and until each
 * write completes, so a failover can deliver them to the next agent; and
 * the masked close frame the edge sends when it ends a session.
 */
import { ClientBacklog, type Unit } from "./client-backlog.ts";
import { ConnWriter } from "./conn-writer.ts";
import { releaseBuffer } from "./buffer-pool.ts";

const noop = () => {};

function closeQuietly(conn: Deno.Conn): void {
  try {
    conn.close();
  } catch { /* already closed */ }
}

export class AgentStream {
  readonly backlog: ClientBacklog;
  #conn: Deno.Conn | null = null;
  #writer: ConnWriter | null = null;
  /** Bumped at every attach and detach, so results of writes to an old agent are ignored. */
  #gen = 0;
  #last: Promise<void> | null = null;
  #inflight = 0; // units handed to the writer and not yet settled
  #closing: { conn: Deno.Conn; done: Promise<void> }[] | null = null;

  constructor(replayLimit: number, readonly onWriteFailed: (reason: string) => void) {
    this.backlog = new ClientBacklog(replayLimit);
  }

  get attached(): boolean {
    return this.#conn !== null;
  }

  get generation(): number {
    return this.#gen;
  }

  /** Settles when the last unit handed over is written (or failed); for backpressure. */
  get last(): Promise<void> | null {
    return this.#inflight > 0 ? this.#last : null;
  }

  /**
   * Starts writing to `conn`: `preamble` first (outside the backlog: it is
   * for this agent only, never replayed to another), then the client bytes
   * kept meanwhile, in order. A failed preamble fails the writes behind it.
   */
  attach(conn: Deno.Conn, preamble?: Uint8Array): number {
    this.#gen++;
    this.#conn = conn;
    this.#writer = new ConnWriter(conn);
    if (preamble) this.#writer.write(preamble).catch(noop);
    for (const unit of this.backlog.takePending()) this.send(unit);
    return this.#gen;
  }

  /** Writes a unit to the attached agent (call only while attached). */
  send(unit: Unit): void {
    if (unit.view.length === 0) {
      if (unit.buf) releaseBuffer(unit.buf);
      return;
    }
    this.backlog.unconfirmed.push(unit);
    const gen = this.#gen;
    this.#inflight++;
    this.#last = this.#writer!.write(unit.view).then(
      () => this.#written(gen, unit),
      (e) => this.#failed(gen, e),
    );
  }

  // A write to an agent detached meanwhile is not counted: detach() reset the count, and
  // counting it again would let later writes through without backpressure.
  #written(gen: number, unit: Unit): void {
    if (gen !== this.#gen) return; // detached meanwhile: the backlog took the unit back
    this.#inflight--;
    this.backlog.confirm();
    if (unit.buf) releaseBuffer(unit.buf);
  }

  #failed(gen: number, e: unknown): void {
    if (gen !== this.#gen) return;
    this.#inflight--;
    this.onWriteFailed(`writing to the agent failed: ${e}`);
  }

  /**
   * Detaches the agent: `farewell` (a masked close frame) is written first
   * if given, then the socket is closed once its writes are done.
   */
  detach(farewell?: Uint8Array): void {
    const conn = this.#conn;
    const writer = this.#writer;
    this.#gen++;
    this.#conn = null;
    this.#writer = null;
    this.#last = null;
    this.#inflight = 0;
    if (!conn || !writer) return;
    if (farewell) writer.write(farewell).catch(noop);
    const entry = { conn, done: writer.settled().then(() => closeQuietly(conn)) };
    (this.#closing ??= []).push(entry);
    // A long session with many failovers keeps only the detached agents still closing.
    void entry.done.then(() => {
      const i = this.#closing?.indexOf(entry) ?? -1;
      if (i >= 0) this.#closing!.splice(i, 1);
    });
  }

  /** Waits for detached agents' last writes, at most `ms`, then closes their sockets regardless. */
  async closeAll(ms: number): Promise<void> {
    const closing = this.#closing ?? [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const bound = new Promise<void>((r) => timer = setTimeout(r, ms));
    await Promise.race([Promise.all(closing.map((c) => c.done)), bound]);
    clearTimeout(timer);
    // An agent that stopped reading would keep its last write pending: cut it.
    for (const c of closing) closeQuietly(c.conn);
    for (const c of closing) await c.done;
  }
}
