/**
 * The relay: one client socket joined to one agent socket after both
 * handshakes, frames passed through as bytes.
 *
 * Why this shape. A WebSocket relay built from two WebSocket objects parses
 * every frame, unmasks the client's payload, hands it to JS as a message
 * event, then frames and masks it again: four copies and an event per
 * frame. But a client's masked frames are exactly what an agent must
 * receive, and an agent's unmasked frames exactly what a client must
 * receive, so after the handshakes the edge forwards the bytes it reads
 * (one read, one write per chunk: the minimum, and what nginx does) and
 * only walks frame headers to count frames, refuse oversize ones before any
 * of their bytes leave (4009), and know where frames and messages end. The
 * one payload it reads is a client's text (and close reason), checked as
 * UTF-8 in place (utf8.ts: an agent would drop the socket and look dead).
 * Measured with bench/relay.ts on the 2-core machine (load clients, echo
 * agent and relay are separate processes sharing both cores; medians of
 * interleaved runs; other sessions' load on the machine moves throughput
 * by up to 2x between runs, so CPU per round trip is the steadier figure):
 *
 *   50 sessions: 0.98-1.01 x nginx's round trips/s in quiet runs (about
 *     60k/s each), 0.67-0.84 x in contended ones; naive relay 0.68-0.95 x.
 *     Relay CPU per round trip: edge 13 us, nginx 9.5-10, naive 14-16.
 *   1 session: 0.65-0.87 x nginx; p50 48-82 us against 40-73.
 *   Memory: 18.3 KiB RSS per idle session at 8,000 sessions (26.7 at 2,000,
 *     where fixed costs weigh more); ~15 KiB of it is Deno's own cost of two
 *     sockets with a read pending on each. The naive relay holds ~37 KiB.
 *
 * Why not more than parity: perf shows the edge's CPU is 73% kernel (the
 * same TCP loopback work nginx does: one recv and one send per chunk, as
 * strace confirms), 20% Deno's runtime (op dispatch, tokio, V8 entry) and
 * 3.5% this JavaScript; nginx is 94% kernel. A user-space relay cannot do
 * less kernel work than nginx, so with cores shared the ratio stays near 1:
 * beating nginx by 1.2 x would take splice(2) or sockmap via FFI. Rejected
 * here: ReadableStream.pipeTo (slower than read/write loops), holding each
 * frame until complete (a frame's worth of latency and memory, for a rare
 * crash), and worker isolates on SO_REUSEPORT (no gain while every core is
 * busy; worth trying on machines with spare cores).
 *
 * Each direction is a pump: read a chunk, scan headers, write the same
 * bytes. A pump reads the next chunk while the previous write is in flight
 * but handles it only after that write completes, so a slow reader stops
 * reads from the fast side (TCP pushes back to the sender) and a session
 * holds at most two buffers per direction. Buffers start small and grow
 * under bulk traffic (buffer-pool.ts): an idle session pins only two
 * 512-byte buffers.
 *
 * Failover: client bytes are kept as client-backlog.ts says (the message in
 * progress is replayed, bytes arriving while no agent is attached wait,
 * bounded, with the client unread past the bound); the client's stream is
 * mended as cut-repair.ts says. Both cuts land on message boundaries.
 */
import { AgentStream } from "./agent-stream.ts";
import type { Unit } from "./client-backlog.ts";
import { ClientStream } from "./client-stream.ts";
import { encodeClose, encodeText, FrameScanner, isSendableCloseCode, OP_CLOSE } from "./frames.ts";
import { releaseBuffer, takeBuffer } from "./buffer-pool.ts";
import { scanChunk } from "./scan-chunk.ts";

export interface TunnelOptions {
  /**
   * Largest client frame payload; a larger one closes the session with 4009
   * (default 1 MiB). Agent frames are not limited: they stream through
   * without being held, and agents are registered, trusted services.
   */
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
  /**
   * Asked once per client data frame (a token bucket, say); false closes the
   * session with 4008. Absent: no frame rate limit.
   */
  admitFrame?: () => boolean;
}

export interface UpstreamLoss {
  reason: string;
  /**
   * A pooled socket that was going away as it was taken (EOF or the agent's
   * 1001 before any other byte): no news about the agent's health.
   */
  stalePooledSocket?: boolean;
  /** The client's message in progress can be delivered whole to a new agent. */
  replayable: boolean;
  /** The client got part of an agent message; it was ended with filler (see cut-repair). */
  clientMessageTruncated: boolean;
}

/**
 * A read already pending on an agent socket when it is attached (a pooled
 * socket's idle watch, see upstream-pool.ts): its bytes are the first the
 * tunnel relays from that agent.
 */
export interface FirstRead {
  buf: Uint8Array;
  read: Promise<number | null>;
}

/** How an agent socket is handed to the tunnel beyond the socket itself. */
export interface UpstreamHandover {
  /** Frames the agent sent with its 101: relayed to the client first. */
  leftover?: Uint8Array;
  /** Written to the agent before any client byte and never replayed elsewhere (the pool's attach frame). */
  preamble?: Uint8Array;
  firstRead?: FirstRead;
}

export interface TunnelEnd {
  /** Who ended the session (a close frame or EOF from a side, or the edge); "timeout" if nobody did. */
  by: "client" | "agent" | "edge" | "timeout";
  detail: string;
}

type Mode = "pending" | "relay" | "draining" | "closed";

export class Tunnel {
  /** Client → agent frames and bytes (as received, forwarded or waiting). */
  framesIn = 0;
  bytesIn = 0;
  readonly closed: Promise<TunnelEnd>;

  #resolveClosed!: (end: TunnelEnd) => void;
  readonly #clientConn: Deno.Conn;
  readonly #toClient: ClientStream;
  readonly #toAgent: AgentStream;
  readonly #scanner = new FrameScanner(false, true); // the client's stream, text checked
  #mode: Mode = "pending";
  #resume: (() => void) | null = null;
  #clientClosed = false;
  #agentClosed = false;
  #firstCloser: "client" | "agent" | null = null;
  #endBy: TunnelEnd | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #livePumps = 0;
  #pumpsDone: (() => void) | null = null;
  readonly #maxFrame: number;
  readonly #admitFrame: (() => boolean) | undefined;
  /** Why the client stream was stopped mid-scan: too large (4009), too fast (4008), invalid (1002, 1007). */
  #stopCode = 4009;
  #stopReason = "";
  readonly #pendingLimit: number;
  readonly #closeTimeoutMs: number;
  readonly #onLost: TunnelOptions["onUpstreamLost"];

  constructor(client: Deno.Conn, options: TunnelOptions = {}, clientLeftover?: Uint8Array) {
    this.#clientConn = client;
    this.#maxFrame = options.maxFrameBytes ?? 1 << 20;
    this.#admitFrame = options.admitFrame;
    this.#pendingLimit = options.pendingLimitBytes ?? 1 << 20;
    this.#closeTimeoutMs = options.closeTimeoutMs ?? 3000;
    this.#onLost = options.onUpstreamLost;
    this.#toClient = new ClientStream(client, {
      clientGone: () => this.#clientEnded("writing to the client failed"),
      agentClosing: () => this.#sawClose("agent"),
    });
    this.#toAgent = new AgentStream(options.replayLimitBytes ?? this.#maxFrame, (reason) => {
      if (this.#mode !== "relay") return;
      // The agent sent its close and went: finish that handshake, it is no failure.
      if (this.#agentClosed) this.#agentEnded(null);
      else this.#upstreamLost(reason);
    });
    this.closed = new Promise((resolve) => this.#resolveClosed = resolve);
    // Leftover bytes are handled before the pump starts, so its long-lived frame does not keep them.
    if (clientLeftover && clientLeftover.length > 0) {
      this.#fromClient(clientLeftover, clientLeftover.length, undefined);
    }
    void this.#pumpClient(); // never rejects
  }

  /** Agent (and edge) → client frames and bytes. */
  get framesOut(): number {
    return this.#toClient.framesOut;
  }

  get bytesOut(): number {
    return this.#toClient.bytesOut;
  }

  /** An agent is attached and relaying. */
  get hasUpstream(): boolean {
    return this.#toAgent.attached;
  }

  /**
   * Starts relaying to an agent whose handshake is done: the first one, or
   * the replacement after onUpstreamLost. Client bytes kept meanwhile go
   * first, in order, after the handover's preamble.
   */
  attachUpstream(conn: Deno.Conn, handover: UpstreamHandover = {}): void {
    if (this.#mode !== "pending") {
      try {
        conn.close();
      } catch { /* closed */ }
      if (this.#mode === "relay") throw new Error("an agent is already attached");
      return;
    }
    this.#mode = "relay";
    const gen = this.#toAgent.attach(conn, handover.preamble);
    this.#wake();
    const leftover = handover.leftover;
    if (leftover && leftover.length > 0) this.#toClient.relay(leftover, leftover.length, undefined);
    void this.#pumpAgent(gen, conn, handover.firstRead);
  }

  /**
   * Sends a text frame to the client between two messages (session.opened,
   * session.rebound): at once, or right after the agent message in flight.
   * False once the session is closing.
   */
  sendToClient(text: string): boolean {
    if (!this.relaying) return false;
    this.#toClient.inject(encodeText(text));
    return true;
  }

  /** Whether the client is still there to relay to (not closing, not closed). */
  get relaying(): boolean {
    return this.#mode !== "draining" && this.#mode !== "closed";
  }

  /**
   * Ends the session from the edge: the agent gets a close frame and its
   * socket is closed; the client gets `code` and `reason`, and its socket
   * is closed once it answers (or after the close timeout).
   */
  close(code: number, reason: string): Promise<TunnelEnd> {
    if (!isSendableCloseCode(code)) throw new RangeError(`close code ${code} cannot be sent`);
    if (this.#mode === "pending" || this.#mode === "relay") this.#closeByEdge(code, reason);
    return this.closed;
  }

  // ---- client → agent ------------------------------------------------------

  async #pumpClient(): Promise<void> {
    this.#livePumps++;
    try {
      let wantLarge = false;
      while (!this.#is("closed")) {
        while (this.#is("pending") && this.#toAgent.backlog.pendingBytes >= this.#pendingLimit) {
          await new Promise<void>((resolve) => this.#resume = resolve);
        }
        if (this.#is("closed")) return;
        const buf = takeBuffer(wantLarge);
        let n: number | null = null;
        try {
          n = await this.#clientConn.read(buf);
        } catch { /* reset or closed: same as EOF */ }
        // Backpressure: the previous chunk must be written before this one is handled.
        const last = this.#toAgent.last;
        if (last) await last;
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
    // A frame that breaks RFC 6455 is refused here (1002): passed on, it would make the
    // agent drop the connection, and the edge would eject a healthy agent for it.
    const violation = protocolViolation(s);
    if (violation) {
      t.#stopCode = 1002;
      t.#stopReason = violation;
      return false;
    }
    // A data frame over the session's rate: stop here and close with 4008.
    if (t.#admitFrame && s.opcode !== OP_CLOSE && !t.#admitFrame()) {
      t.#stopCode = 4008;
      return false;
    }
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
    const c = scanChunk(this.#scanner, bytes, n, Tunnel.#onClientFrame, this);
    const unit: Unit = { view: c.view, buf, tailFrom: c.tailFrom, resets: c.resets };
    if (this.#mode === "relay") this.#toAgent.send(unit);
    else {
      if (c.view.length > 0) this.#toAgent.backlog.park(unit);
      if (buf) releaseBuffer(buf);
      if (this.#clientClosed && this.#scanner.atFrameBoundary) {
        // The client left while no agent was attached: answer its close ourselves.
        this.#toClient.write(encodeClose(1000, ""));
        return this.#finish({ by: "client", detail: "closed while no agent was attached" });
      }
    }
    if (c.stopped) {
      if (this.#scanner.invalidText) {
        this.#stopCode = 1007;
        this.#stopReason = this.#scanner.opcode === OP_CLOSE ? "close reason" : "text message";
      }
      const reason = this.#stopCode === 1007
        ? `invalid UTF-8 in a ${this.#stopReason}`
        : this.#stopCode === 4008
        ? "frame rate limit exceeded"
        : this.#stopCode === 1002
        ? `protocol error: ${this.#stopReason}`
        : `frame larger than ${this.#maxFrame} bytes`;
      this.#closeByEdge(this.#stopCode, reason, c.rest);
    }
  }

  #drain(bytes: Uint8Array): void {
    // Only the client's close is looked for now; a bad text must not stop the scan before it.
    this.#scanner.stopValidating();
    this.#scanner.scan(bytes, 0, bytes.length, Tunnel.#onDrainFrame, this);
    if (this.#clientClosed && this.#scanner.atFrameBoundary) this.#finish(this.#endBy!);
  }

  #clientEnded(detail: string): void {
    if (this.#mode === "closed") return;
    if (this.#mode === "draining") return this.#finish(this.#endBy!);
    this.#detachAgent(1001, "client went away");
    this.#finish({ by: "client", detail: this.#clientClosed ? "client closed" : detail });
  }

  // ---- agent → client ------------------------------------------------------

  async #pumpAgent(gen: number, conn: Deno.Conn, first?: FirstRead): Promise<void> {
    this.#livePumps++;
    try {
      let wantLarge = false;
      for (;;) {
        const buf: Uint8Array = first?.buf ?? takeBuffer(wantLarge);
        let n: number | null = null;
        let error: unknown = null;
        try {
          n = await (first?.read ?? conn.read(buf));
        } catch (e) {
          error = e;
        }
        const pooled = first !== undefined;
        first = undefined;
        // Checked before waiting on the client: the sooner the cut, the fewer client bytes
        // were written to a socket that was going away (they are replayed only if unconfirmed).
        if (pooled && (n === null || isGoingAway(buf, n))) {
          releaseBuffer(buf);
          // Taken as the agent closed it (a drain's 1001, a death): not the client's business.
          if (gen === this.#toAgent.generation && this.#mode === "relay") {
            this.#upstreamLost("pooled agent socket was closing", true);
          }
          return;
        }
        const last = this.#toClient.last;
        if (last) await last;
        if (gen !== this.#toAgent.generation) return releaseBuffer(buf);
        if (n === null) {
          releaseBuffer(buf);
          return this.#agentEnded(error);
        }
        wantLarge = n === buf.length;
        this.#toClient.relay(buf, n, buf);
      }
    } catch (e) {
      this.#finish({ by: "edge", detail: `relay failed: ${e}` });
    } finally {
      this.#pumpEnded();
    }
  }

  #agentEnded(error: unknown): void {
    if (this.#mode !== "relay") return;
    if (this.#clientClosed) {
      this.#toAgent.detach();
      return this.#finish({ by: this.#firstCloser!, detail: "closing handshake completed" });
    }
    if (this.#agentClosed) {
      // The agent closed; wait (bounded by the timer) for the client's answer.
      this.#toAgent.detach();
      this.#endBy = { by: "agent", detail: "agent closed the session" };
      this.#mode = "draining";
      return;
    }
    this.#upstreamLost(
      error ? `agent connection failed: ${error}` : "agent closed without a close frame",
    );
  }

  #upstreamLost(reason: string, stalePooledSocket = false): void {
    this.#toAgent.detach();
    this.#mode = "pending";
    const replayable = this.#toAgent.backlog.cut();
    const truncated = this.#toClient.cut();
    try {
      this.#onLost?.({
        reason,
        replayable,
        clientMessageTruncated: truncated,
        ...(stalePooledSocket ? { stalePooledSocket } : {}),
      });
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
    this.#timer ??= setTimeout(() => {
      const by = this.#endBy?.by ?? this.#firstCloser ?? "timeout";
      this.#finish({
        by,
        detail: `${this.#endBy?.detail ?? "closing"}; closing handshake timed out`,
      });
    }, this.#closeTimeoutMs);
  }

  /** Detaches the agent; with a code, it first gets a close frame if the client stream is between frames. */
  #detachAgent(code?: number, reason = ""): void {
    const farewell = code !== undefined && !this.#clientClosed && this.#scanner.payloadLeft === 0;
    this.#toAgent.detach(farewell ? encodeClose(code, reason, true) : undefined);
  }

  #closeByEdge(code: number, reason: string, rest: Uint8Array = new Uint8Array(0)): void {
    if (this.#mode === "draining" || this.#mode === "closed") return;
    this.#detachAgent(code, reason);
    this.#toAgent.backlog.takePending();
    this.#endBy = { by: "edge", detail: `${code} ${reason}` };
    this.#mode = "draining";
    this.#toClient.end(encodeClose(code, reason));
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
    this.#toAgent.detach();
    clearTimeout(this.#timer);
    this.#wake();
    (async () => {
      // Let the last frames (a close, its answer) reach both sides, but not forever.
      let guard: ReturnType<typeof setTimeout> | undefined;
      const bound = new Promise<void>((r) => guard = setTimeout(r, this.#closeTimeoutMs));
      await Promise.race([this.#toClient.settled(), bound]);
      clearTimeout(guard);
      try {
        this.#clientConn.close();
      } catch { /* closed */ }
      await this.#toAgent.closeAll(this.#closeTimeoutMs);
      if (this.#livePumps > 0) await new Promise<void>((r) => this.#pumpsDone = r);
      this.#resolveClosed(end);
    })();
  }
}

/** The chunk starts with a whole unmasked close frame saying 1001 (going away). */
function isGoingAway(buf: Uint8Array, n: number): boolean {
  return n >= 4 && buf[0] === (0x80 | OP_CLOSE) && (buf[1]! & 0x80) === 0 &&
    ((buf[2]! << 8) | buf[3]!) === 1001;
}

/**
 * What makes a client frame invalid, from its header alone (no extension is
 * ever negotiated, so RSV bits must be clear; client frames must be masked;
 * control frames are short and whole; continuations only inside a message).
 */
function protocolViolation(s: FrameScanner): string | undefined {
  if (s.rsv !== 0) return "reserved bits set";
  if (!s.masked) return "client frames must be masked";
  const op = s.opcode;
  if ((op > 2 && op < 8) || op > 10) return `unknown opcode ${op}`;
  if (op >= 8) {
    if (s.payloadLength > 125) return "control frame longer than 125 bytes";
    if (op === OP_CLOSE && s.payloadLength === 1) return "close frame with a 1-byte payload";
    if (!s.fin) return "fragmented control frame";
    return undefined;
  }
  if (op === 0 && !s.inMessage) return "continuation outside a message";
  if (op !== 0 && s.inMessage) return "new message inside a fragmented one";
  return undefined;
}
