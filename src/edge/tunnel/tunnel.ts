/**
 * The relay: one client socket joined to one agent socket after both
 * handshakes, frames passed through as bytes. See ./DESIGN.md for why this
 * shape beats nginx and what was measured.
 *
 * Each direction is a pump: read a chunk, scan its frame headers (count,
 * size limit, boundaries), write the same bytes to the other side. A pump
 * reads the next chunk while the previous write is in flight but never
 * starts a second write before the first completes, so a slow reader stops
 * the reads from the fast side (TCP pushes back to the sender) and the edge
 * holds at most two buffers per direction, whatever the traffic.
 *
 * Cut points: client bytes are kept as ./client-backlog.ts says (replay of
 * the message in progress, pending while no agent), agent bytes are mended
 * as ./cut-repair.ts says, so a failover lands on message boundaries both ways.
 */
import { ClientBacklog, concat, type Unit } from "./client-backlog.ts";
import { ConnWriter } from "./conn-writer.ts";
import { repairCut } from "./cut-repair.ts";
import { encodeClose, encodeText, FrameScanner, isSendableCloseCode, OP_CLOSE } from "./frames.ts";
import { releaseBuffer, takeBuffer } from "./buffer-pool.ts";
import { scanChunk } from "./scan-chunk.ts";

export interface TunnelOptions {
  /** Largest client frame payload; a larger one closes the session with 4009 (default 1 MiB). */
  maxFrameBytes?: number;
  /** Client bytes kept while no agent is attached; past it the client is not read (default 1 MiB). */
  pendingLimitBytes?: number;
  /** Largest client message in progress that a failover can replay (default maxFrameBytes). */
  replayLimitBytes?: number;
  /** How long a closing handshake may take before sockets are cut (default 3 s). */
  closeTimeoutMs?: number;
  /**
   * The agent's connection failed without a close frame. Dial another agent
   * and `attachUpstream` it, or `close` the tunnel. Without a handler, or if
   * the client's message in progress cannot be replayed, the tunnel closes
   * with 1011 itself (after this call).
   */
  onUpstreamLost?: (loss: UpstreamLoss) => void;
}

export interface UpstreamLoss {
  reason: string;
  /** The client's message in progress can be delivered whole to a new agent. */
  replayable: boolean;
  /** The client got part of an agent message; it was ended with filler (see cut-repair). */
  clientMessageTruncated: boolean;
}

export interface TunnelEnd {
  /** Who ended the session (a close frame or EOF from a side, or the edge); "timeout" if nobody did. */
  by: "client" | "agent" | "edge" | "timeout";
  detail: string;
}

type Mode = "pending" | "relay" | "draining" | "closed";
const noop = () => {};

function closeQuietly(conn: Deno.Conn | null): void {
  try {
    conn?.close();
  } catch { /* already closed */ }
}

export class Tunnel {
  // Per-session counters, plain numbers read by the session's periodic traffic report.
  /** Client → agent frames and bytes (bytes as received, whether or not forwarded yet). */
  framesIn = 0;
  bytesIn = 0;
  /** Agent (or edge) → client frames and bytes. */
  framesOut = 0;
  bytesOut = 0;
  readonly closed: Promise<TunnelEnd>;

  #resolveClosed!: (end: TunnelEnd) => void;
  readonly #client: Deno.Conn;
  readonly #toClient: ConnWriter;
  #toClientLast: Promise<void> | null = null;
  #up: Deno.Conn | null = null;
  #toUp: ConnWriter | null = null;
  #gen = 0;
  #mode: Mode = "pending";
  readonly #c2a = new FrameScanner();
  readonly #a2c = new FrameScanner(true);
  readonly #backlog: ClientBacklog;
  #lastSend: Promise<void> | null = null;
  // Allocated only when used: most sessions never defer a frame or close twice.
  #deferred: Uint8Array[] | null = null;
  #resume: (() => void) | null = null;
  #clientClosed = false;
  #agentClosed = false;
  #firstCloser: "client" | "agent" | null = null;
  #endBy: TunnelEnd | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closing: { conn: Deno.Conn; done: Promise<void> }[] | null = null;
  #livePumps = 0;
  #pumpsDone: (() => void) | null = null;
  readonly #maxFrame: number;
  readonly #pendingLimit: number;
  readonly #closeTimeoutMs: number;
  readonly #onLost: TunnelOptions["onUpstreamLost"];

  constructor(client: Deno.Conn, options: TunnelOptions = {}, clientLeftover?: Uint8Array) {
    this.#client = client;
    this.#toClient = new ConnWriter(client);
    this.#maxFrame = options.maxFrameBytes ?? 1 << 20;
    this.#pendingLimit = options.pendingLimitBytes ?? 1 << 20;
    this.#closeTimeoutMs = options.closeTimeoutMs ?? 3000;
    this.#onLost = options.onUpstreamLost;
    this.#backlog = new ClientBacklog(options.replayLimitBytes ?? this.#maxFrame);
    this.closed = new Promise((resolve) => this.#resolveClosed = resolve);
    const leftover = clientLeftover ?? new Uint8Array(0);
    void this.#pumpClient(leftover); // never rejects: failures end the session
  }

  /** An agent is attached and relaying. */
  get hasUpstream(): boolean {
    return this.#up !== null;
  }

  /**
   * Starts relaying to an agent whose handshake is done: the first one, or
   * the replacement after onUpstreamLost. Client bytes kept meanwhile go
   * first, in order; then `leftover` (frames the agent sent with its 101)
   * is relayed to the client.
   */
  attachUpstream(conn: Deno.Conn, leftover: Uint8Array = new Uint8Array(0)): void {
    if (this.#mode !== "pending") {
      closeQuietly(conn);
      if (this.#mode === "relay") throw new Error("an agent is already attached");
      return;
    }
    const gen = ++this.#gen;
    this.#up = conn;
    this.#toUp = new ConnWriter(conn);
    this.#mode = "relay";
    for (const unit of this.#backlog.takePending()) this.#send(unit);
    this.#wake();
    void this.#pumpAgent(gen, conn, leftover);
  }

  /**
   * Sends a text frame to the client between two messages (session.opened,
   * session.rebound): at once when the agent stream is between messages,
   * otherwise right after the message in flight. False once closing.
   */
  sendToClient(text: string): boolean {
    if (this.#mode === "draining" || this.#mode === "closed") return false;
    const frame = encodeText(text);
    this.framesOut++;
    if (this.#up === null || (this.#a2c.payloadLeft === 0 && !this.#a2c.inMessage)) {
      this.#writeClient(frame);
    } else (this.#deferred ??= []).push(frame);
    return true;
  }

  /**
   * Ends the session from the edge: the agent gets a close frame and its
   * socket is closed; the client gets the close frame with `code` and
   * `reason`, and its socket is closed once it answers (or after the close timeout).
   */
  close(code: number, reason: string): Promise<TunnelEnd> {
    if (!isSendableCloseCode(code)) throw new RangeError(`close code ${code} cannot be sent`);
    if (this.#mode === "pending" || this.#mode === "relay") this.#closeByEdge(code, reason);
    return this.closed;
  }

  // ---- client → agent ------------------------------------------------------

  async #pumpClient(leftover: Uint8Array): Promise<void> {
    this.#livePumps++;
    try {
      if (leftover.length > 0) this.#fromClient(leftover, leftover.length, undefined);
      let wantLarge = false;
      while (this.#mode !== "closed") {
        while (this.#mode === "pending" && this.#backlog.pendingBytes >= this.#pendingLimit) {
          await new Promise<void>((resolve) => this.#resume = resolve);
        }
        if (this.#is("closed")) return;
        const buf = takeBuffer(wantLarge);
        let n: number | null = null;
        try {
          n = await this.#client.read(buf);
        } catch { /* reset or closed: same as EOF */ }
        // Backpressure: the previous chunk must be written before this one is handled.
        if (this.#lastSend) await this.#lastSend;
        if (this.#is("closed")) return releaseBuffer(buf);
        if (n === null) {
          releaseBuffer(buf);
          return this.#clientEnded("client connection ended");
        }
        wantLarge = n === buf.length;
        this.#fromClient(buf, n, buf);
      }
    } catch (e) {
      this.#finish({ by: "edge", detail: `relay failed: ${e}` });
    } finally {
      this.#pumpEnded();
    }
  }

  // Scanner callbacks are static (the tunnel comes as ctx): no closures per session.
  static #onClientFrame(s: FrameScanner, _start: number, t: Tunnel): boolean {
    if (s.payloadLength > t.#maxFrame) return false;
    t.framesIn++;
    if (s.opcode === OP_CLOSE) t.#sawClose("client");
    return true;
  }

  static #onDrainFrame(s: FrameScanner, _start: number, t: Tunnel): boolean {
    if (s.opcode === OP_CLOSE) t.#sawClose("client");
    return true;
  }

  #fromClient(bytes: Uint8Array, n: number, buf: Uint8Array | undefined): void {
    this.bytesIn += n;
    if (this.#mode === "draining") {
      if (buf) releaseBuffer(buf);
      return this.#drain(bytes.subarray(0, n));
    }
    const c = scanChunk(this.#c2a, bytes, n, Tunnel.#onClientFrame, this);
    const unit: Unit = { view: c.view, buf, tailFrom: c.tailFrom, resets: c.resets };
    if (this.#mode === "relay") this.#send(unit);
    else {
      if (c.view.length > 0) this.#backlog.park(unit);
      if (buf) releaseBuffer(buf);
      if (this.#clientClosed && this.#c2a.atFrameBoundary) {
        // The client left before any agent was attached: answer its close ourselves.
        this.#writeClient(encodeClose(1000, ""));
        return this.#finish({ by: "client", detail: "closed before an agent was attached" });
      }
    }
    if (c.stopped) this.#closeByEdge(4009, `frame larger than ${this.#maxFrame} bytes`, c.rest);
  }

  #send(unit: Unit): void {
    if (unit.view.length === 0) {
      if (unit.buf) releaseBuffer(unit.buf);
      return;
    }
    this.#backlog.unconfirmed.push(unit);
    this.#lastSend = this.#sendUnit(this.#gen, this.#toUp!, unit);
  }

  async #sendUnit(gen: number, writer: ConnWriter, unit: Unit): Promise<void> {
    try {
      await writer.write(unit.view);
    } catch (e) {
      if (gen === this.#gen && this.#mode === "relay") {
        this.#upstreamLost(`writing to the agent failed: ${e}`);
      }
      return;
    }
    if (gen !== this.#gen) return; // cut meanwhile: the backlog took the unit back
    this.#backlog.confirm();
    if (unit.buf) releaseBuffer(unit.buf);
  }

  #drain(bytes: Uint8Array): void {
    this.#c2a.scan(bytes, 0, bytes.length, Tunnel.#onDrainFrame, this);
    if (this.#clientClosed && this.#c2a.atFrameBoundary) this.#finish(this.#endBy!);
  }

  #clientEnded(detail: string): void {
    if (this.#mode === "closed") return;
    if (this.#mode === "draining") return this.#finish(this.#endBy!);
    this.#dropUpstream(1001, "client went away");
    this.#finish({ by: "client", detail: this.#clientClosed ? "client closed" : detail });
  }

  // ---- agent → client ------------------------------------------------------

  async #pumpAgent(gen: number, conn: Deno.Conn, leftover: Uint8Array): Promise<void> {
    this.#livePumps++;
    try {
      if (leftover.length > 0) this.#fromAgent(leftover, leftover.length, undefined);
      let wantLarge = false;
      for (;;) {
        const buf = takeBuffer(wantLarge);
        let n: number | null = null;
        let error: unknown = null;
        try {
          n = await conn.read(buf);
        } catch (e) {
          error = e;
        }
        if (this.#toClientLast) await this.#toClientLast;
        if (gen !== this.#gen) return releaseBuffer(buf);
        if (n === null) {
          releaseBuffer(buf);
          return this.#agentEnded(error);
        }
        wantLarge = n === buf.length;
        this.#fromAgent(buf, n, buf);
      }
    } catch (e) {
      this.#finish({ by: "edge", detail: `relay failed: ${e}` });
    } finally {
      this.#pumpEnded();
    }
  }

  static #onAgentFrame(s: FrameScanner, _start: number, t: Tunnel): boolean {
    t.framesOut++;
    if (s.opcode === OP_CLOSE) t.#sawClose("agent");
    return true;
  }

  #fromAgent(bytes: Uint8Array, n: number, buf: Uint8Array | undefined): void {
    const c = scanChunk(this.#a2c, bytes, n, Tunnel.#onAgentFrame, this);
    if (c.view.length > 0) this.#writeClient(c.view, buf);
    else if (buf) releaseBuffer(buf);
    if (this.#deferred && this.#a2c.payloadLeft === 0 && !this.#a2c.inMessage) {
      this.#flushDeferred();
    }
  }

  #flushDeferred(): void {
    const frames = this.#deferred ?? [];
    this.#deferred = null;
    for (const f of frames) this.#writeClient(f);
  }

  #writeClient(bytes: Uint8Array, buf?: Uint8Array): void {
    this.bytesOut += bytes.length;
    this.#toClientLast = this.#toClient.write(bytes).then(
      () => buf && releaseBuffer(buf),
      () => this.#clientEnded("writing to the client failed"),
    );
  }

  #agentEnded(error: unknown): void {
    if (this.#mode !== "relay") return;
    if (this.#clientClosed) {
      this.#dropUpstream();
      return this.#finish({ by: this.#firstCloser!, detail: "closing handshake completed" });
    }
    if (this.#agentClosed) {
      // The agent closed; wait (bounded by the timer) for the client's answer.
      this.#dropUpstream();
      this.#endBy = { by: "agent", detail: "agent closed the session" };
      this.#mode = "draining";
      return;
    }
    this.#upstreamLost(
      error ? `agent connection failed: ${error}` : "agent closed without a close frame",
    );
  }

  #upstreamLost(reason: string): void {
    this.#dropUpstream();
    this.#mode = "pending";
    this.#lastSend = null;
    const replayable = this.#backlog.cut();
    const repair = repairCut(this.#a2c);
    if (repair.bytes.length > 0) this.#writeClient(repair.bytes);
    this.#flushDeferred();
    const loss = { reason, replayable, clientMessageTruncated: repair.truncated };
    try {
      this.#onLost?.(loss);
    } catch { /* a failing handler must not leave the session hanging */ }
    if (this.#mode !== "pending" && this.#mode !== "relay") return;
    if (!replayable) this.close(1011, "agent lost during a message too large to replay");
    else if (!this.#onLost) this.close(1011, "agent connection lost");
  }

  // ---- ending --------------------------------------------------------------

  #sawClose(side: "client" | "agent"): void {
    if (side === "client") this.#clientClosed = true;
    else this.#agentClosed = true;
    this.#firstCloser ??= side;
    this.#armTimer();
  }

  #armTimer(): void {
    if (this.#mode === "closed") return;
    this.#timer ??= setTimeout(
      () => {
        const by = this.#endBy?.by ?? this.#firstCloser ?? "timeout";
        this.#finish({
          by,
          detail: `${this.#endBy?.detail ?? "closing"}; closing handshake timed out`,
        });
      },
      this.#closeTimeoutMs,
    );
  }

  /**
   * Detaches the agent. With a close code, and when the client stream is
   * between frames, the agent first gets a masked close frame.
   */
  #dropUpstream(code?: number, reason = ""): void {
    const up = this.#up;
    const writer = this.#toUp;
    this.#gen++;
    this.#up = null;
    this.#toUp = null;
    if (!up || !writer) return;
    const farewell = code !== undefined && !this.#clientClosed && this.#c2a.payloadLeft === 0;
    if (farewell) writer.write(encodeClose(code, reason, true)).catch(noop);
    (this.#closing ??= []).push({ conn: up, done: writer.settled().then(() => closeQuietly(up)) });
  }

  #closeByEdge(code: number, reason: string, rest: Uint8Array = new Uint8Array(0)): void {
    if (this.#mode === "draining" || this.#mode === "closed") return;
    this.#dropUpstream(code, reason);
    this.#backlog.takePending();
    this.#endBy = { by: "edge", detail: `${code} ${reason}` };
    this.#mode = "draining";
    const repair = repairCut(this.#a2c);
    this.#deferred = null;
    this.#writeClient(concat([repair.bytes, encodeClose(code, reason)]));
    this.#armTimer();
    this.#wake();
    if (rest.length > 0 || this.#clientClosed) this.#drain(rest);
  }

  /** The mode now (a method, so the type checker does not assume it survived an await). */
  #is(mode: Mode): boolean {
    return this.#mode === mode;
  }

  #wake(): void {
    const resume = this.#resume;
    this.#resume = null;
    resume?.();
  }

  #pumpEnded(): void {
    if (--this.#livePumps === 0) this.#pumpsDone?.();
  }

  #finish(end: TunnelEnd): void {
    if (this.#mode === "closed") return;
    this.#mode = "closed";
    this.#dropUpstream();
    clearTimeout(this.#timer);
    this.#wake();
    (async () => {
      // Let the last frames (a close, its answer) reach the client, but not forever.
      let guard: ReturnType<typeof setTimeout> | undefined;
      const bound = new Promise<void>((r) => guard = setTimeout(r, this.#closeTimeoutMs));
      const closing = this.#closing ?? [];
      await Promise.race([
        Promise.all([this.#toClient.settled(), ...closing.map((c) => c.done)]),
        bound,
      ]);
      clearTimeout(guard);
      closeQuietly(this.#client);
      // An agent that stopped reading would keep its last write pending: cut it.
      for (const c of closing) closeQuietly(c.conn);
      for (const c of closing) await c.done;
      if (this.#livePumps > 0) await new Promise<void>((r) => this.#pumpsDone = r);
      this.#resolveClosed(end);
    })();
  }
}
