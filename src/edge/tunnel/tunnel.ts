/**
 * The relay: one client socket joined to one agent socket after both
 * handshakes, frames passed through as bytes (why, and what was measured:
 * src/edge/README.md). Each direction is a pump: read a chunk, scan its
 * frame headers, write the same bytes. A pump reads the next chunk while the
 * previous write is in flight but handles it only after that write
 * completes, so a slow reader stops reads from the fast side (TCP pushes
 * back) and a session holds at most two buffers per direction. At a
 * failover the client's bytes are kept as client-backlog.ts says and its
 * stream is mended as cut-repair.ts says; both cuts land on message
 * boundaries.
 */
import type { AgentStream } from "./agent-stream.ts";
import type { Unit } from "./client-backlog.ts";
import { ClientFrames } from "./client-frames.ts";
import type { ClientStream } from "./client-stream.ts";
import { encodeFrame, encodeText, isSendableCloseCode } from "./frame-encoding.ts";
import { OP_CLOSE } from "./opcodes.ts";
import { releaseBuffer, takeBuffer } from "./buffer-pool.ts";
import { scanChunk } from "./scan-chunk.ts";
import { closeCodeIn } from "./close-code.ts";
import { type Mode, TunnelLifecycle } from "./tunnel-lifecycle.ts";
import type { FirstRead, TunnelEnd, TunnelOptions, UpstreamHandover } from "./tunnel-types.ts";

export type {
  FirstRead,
  TunnelEnd,
  TunnelMeter,
  TunnelOptions,
  UpstreamHandover,
  UpstreamLoss,
} from "./tunnel-types.ts";

export class Tunnel {
  /** Client → agent bytes (as received, forwarded or waiting). */
  bytesIn = 0;
  readonly closed: Promise<TunnelEnd>;

  readonly #clientConn: Deno.Conn;
  readonly #life: TunnelLifecycle;
  readonly #in: ClientFrames;
  readonly #toClient: ClientStream;
  readonly #toAgent: AgentStream;
  readonly #pendingLimit: number;
  readonly #meter: TunnelOptions["meter"];
  #negotiated = false;

  constructor(client: Deno.Conn, options: TunnelOptions = {}, clientLeftover?: Uint8Array) {
    this.#clientConn = client;
    this.#pendingLimit = options.pendingLimitBytes ?? 1 << 20;
    this.#meter = options.meter;
    const life = this.#life = new TunnelLifecycle(client, options);
    this.#in = life.clientFrames;
    this.#toClient = life.toClient;
    this.#toAgent = life.toAgent;
    this.closed = life.closed;
    if (options.acceptClient) this.#toClient.deferHead(options.acceptClient);
    // Leftover bytes are handled before the pump starts, so its long-lived frame does not keep them.
    if (clientLeftover && clientLeftover.length > 0) {
      this.#fromClient(clientLeftover, clientLeftover.length, undefined);
    }
    void this.#pumpClient(); // never rejects
  }

  /** Client → agent frames (as received, forwarded or waiting). */
  get framesIn(): number {
    return this.#in.accepted;
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
   * Sends the client's deferred 101 (TunnelOptions.acceptClient) with the
   * extensions the first agent accepted; once, before any other byte to the
   * client (a tunnel answered up front only learns the extensions). Later
   * calls change nothing: later agents must fit (session-driver.ts).
   */
  acceptClient(extensions: string | undefined): void {
    if (this.#negotiated) return;
    this.#negotiated = true;
    this.#toClient.accept(extensions);
    this.#in.deflate = extensions !== undefined;
  }

  /**
   * Starts relaying to an agent whose handshake is done: the first one, or
   * the replacement after onUpstreamLost. Client bytes kept meanwhile go
   * first, in order, after the handover's preamble.
   */
  attachUpstream(conn: Deno.Conn, handover: UpstreamHandover = {}): void {
    if (this.#life.mode !== "pending") {
      try {
        conn.close();
      } catch { /* closed */ }
      if (this.#life.mode === "relay") throw new Error("an agent is already attached");
      return;
    }
    this.#life.mode = "relay";
    this.acceptClient(handover.extensions);
    const gen = this.#toAgent.attach(conn, handover.preamble);
    this.#life.wake();
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
    return this.#life.mode !== "draining" && this.#life.mode !== "closed";
  }

  /**
   * Ends the session from the edge: the agent gets a close frame and its
   * socket is closed; the client gets `code` and `reason`, and its socket
   * is closed once it answers (or after the close timeout).
   */
  close(code: number, reason: string): Promise<TunnelEnd> {
    if (!isSendableCloseCode(code)) throw new RangeError(`close code ${code} cannot be sent`);
    if (this.#is("pending") || this.#is("relay")) this.#life.closeByEdge(code, reason);
    return this.closed;
  }

  /** The mode now (a method, so the type checker does not assume it survived an await). */
  #is(mode: Mode): boolean {
    return this.#life.mode === mode;
  }

  // ---- client → agent ------------------------------------------------------

  async #pumpClient(): Promise<void> {
    const life = this.#life;
    life.pumpStarted();
    try {
      let wantLarge = false;
      while (!this.#is("closed")) {
        while (this.#is("pending") && this.#toAgent.backlog.pendingBytes >= this.#pendingLimit) {
          await life.paused();
        }
        if (this.#is("closed")) return;
        const buf = takeBuffer(wantLarge);
        let n: number | null = null;
        try {
          n = await this.#clientConn.read(buf);
        } catch { /* reset or closed: same as EOF */ }
        const readAt = this.#meter?.clientRead() ?? -1;
        // Backpressure: the previous chunk must be written before this one is handled.
        const last = this.#toAgent.last;
        if (last) await last;
        if (this.#is("closed")) return releaseBuffer(buf);
        if (n === null) {
          releaseBuffer(buf);
          return life.clientEnded("client connection ended");
        }
        wantLarge = n === buf.length;
        this.#fromClient(buf, n, buf);
        this.#meter?.clientBatch(readAt);
      }
    } catch (e) {
      life.finish({ by: "edge", detail: `relay failed: ${e}` });
    } finally {
      life.pumpEnded();
    }
  }

  #fromClient(bytes: Uint8Array, n: number, buf: Uint8Array | undefined): void {
    this.bytesIn += n;
    const life = this.#life;
    if (life.mode === "draining") {
      if (buf) releaseBuffer(buf);
      return life.drain(bytes.subarray(0, n));
    }
    const c = scanChunk(this.#in.scanner, bytes, n, ClientFrames.onFrame, this.#in);
    if (this.#in.closeAt !== -1) {
      this.#meter?.clientClose?.(closeCodeIn(bytes, n, this.#in.closeAt, this.#in.closeLength));
      this.#in.closeAt = -1;
    }
    const unit: Unit = { view: c.view, buf, tailFrom: c.tailFrom, resets: c.resets };
    if (life.mode === "relay") this.#toAgent.send(unit);
    else {
      if (c.view.length > 0) this.#toAgent.backlog.park(unit);
      if (buf) releaseBuffer(buf);
      // A close the scan refused (a code that may not be sent, a bad reason) is not echoed.
      if (life.clientClosed && !c.stopped && this.#in.scanner.atFrameBoundary) {
        // The client left while no agent was attached: answer its close ourselves, echoing its
        // code as an agent would (RFC 6455 §5.5.1).
        const code = this.#in.scanner.closeCode;
        const payload = code === 0 ? new Uint8Array(0) : new Uint8Array([code >> 8, code & 0xff]);
        this.#toClient.write(encodeFrame(OP_CLOSE, payload));
        return life.finish({ by: "client", detail: "closed while no agent was attached" });
      }
    }
    if (c.stopped) {
      const { code, reason } = this.#in.stopCause();
      life.closeByEdge(code, reason, c.rest);
    }
  }

  // ---- agent → client ------------------------------------------------------

  async #pumpAgent(gen: number, conn: Deno.Conn, first?: FirstRead): Promise<void> {
    const life = this.#life;
    life.pumpStarted();
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
        const readAt = this.#meter?.agentRead() ?? -1;
        const pooled = first !== undefined;
        first = undefined;
        // Checked before waiting on the client: the sooner the cut, the fewer client bytes
        // were written to a socket that was going away (they are replayed only if unconfirmed).
        // Unless the client closed first: then a 1001 is the agent's answer to the client's 1001.
        if (pooled && !life.clientClosed && (n === null || isGoingAway(buf, n))) {
          releaseBuffer(buf);
          // Taken as the agent closed it (a drain's 1001, a death): not the client's business.
          if (gen === this.#toAgent.generation && life.mode === "relay") {
            life.upstreamLost("pooled agent socket was closing", true);
          }
          return;
        }
        const last = this.#toClient.last;
        if (last) await last;
        if (gen !== this.#toAgent.generation) return releaseBuffer(buf);
        if (n === null) {
          releaseBuffer(buf);
          return life.agentEnded(error);
        }
        wantLarge = n === buf.length;
        this.#toClient.relay(buf, n, buf);
        this.#meter?.agentBatch(readAt);
      }
    } catch (e) {
      life.finish({ by: "edge", detail: `relay failed: ${e}` });
    } finally {
      life.pumpEnded();
    }
  }
}

/** The chunk starts with a whole unmasked close frame saying 1001 (going away). */
function isGoingAway(buf: Uint8Array, n: number): boolean {
  return n >= 4 && buf[0] === (0x80 | OP_CLOSE) && (buf[1]! & 0x80) === 0 &&
    ((buf[2]! << 8) | buf[3]!) === 1001;
}
