/**
 * A tunnel's modes and every move between them. "pending": no agent is
 * attached and client bytes wait; "relay"; "draining": the edge or the agent
 * ended the session and the client's close is awaited; "closed". A failover
 * is relay → pending. A close frame from either side starts the closing
 * handshake, which a timer bounds. When the tunnel is done, the last frames
 * (a close, its answer) get a bounded moment to go out before the sockets
 * close, and `closed` resolves only once both pumps have stopped.
 */
import { AgentStream } from "./agent-stream.ts";
import { ClientFrames } from "./client-frames.ts";
import { ClientStream } from "./client-stream.ts";
import { encodeClose } from "./frame-encoding.ts";
import type { TunnelEnd, TunnelOptions } from "./tunnel-types.ts";

export type Mode = "pending" | "relay" | "draining" | "closed";

export class TunnelLifecycle {
  mode: Mode = "pending";
  readonly closed: Promise<TunnelEnd>;
  readonly toClient: ClientStream;
  readonly toAgent: AgentStream;
  /** The client's stream, scanned and checked. */
  readonly clientFrames: ClientFrames;
  clientClosed = false;
  agentClosed = false;
  #firstCloser: "client" | "agent" | null = null;
  /** Who ended the session while the client's answer is awaited (the edge, or the agent). */
  #endBy: TunnelEnd | null = null;
  #resolveClosed!: (end: TunnelEnd) => void;
  #resume: (() => void) | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #livePumps = 0;
  #pumpsDone: (() => void) | null = null;
  readonly #clientConn: Deno.Conn;
  readonly #closeTimeoutMs: number;
  readonly #onLost: TunnelOptions["onUpstreamLost"];

  constructor(clientConn: Deno.Conn, options: TunnelOptions) {
    const maxFrame = options.maxFrameBytes ?? 1 << 20;
    const maxMessage = options.maxMessageBytes ?? 1 << 20;
    this.#clientConn = clientConn;
    this.#closeTimeoutMs = options.closeTimeoutMs ?? 3000;
    this.#onLost = options.onUpstreamLost;
    this.clientFrames = new ClientFrames({
      maxFrame,
      maxMessage,
      admitMessage: options.admitMessage,
      admitFrame: options.admitFrame,
    }, this);
    this.toClient = new ClientStream(clientConn, {
      clientGone: () => this.clientEnded("writing to the client failed"),
      agentClosing: () => this.sawClose("agent"),
    });
    this.toAgent = new AgentStream(options.replayLimitBytes ?? maxMessage, (reason) => {
      if (this.mode !== "relay") return;
      // The agent sent its close and went: finish that handshake, it is no failure.
      if (this.agentClosed) this.agentEnded(null);
      else this.upstreamLost(reason);
    });
    this.closed = new Promise((resolve) => this.#resolveClosed = resolve);
  }

  /** Resolves at the next mode change that may let a paused client pump go on. */
  paused(): Promise<void> {
    return new Promise<void>((resolve) => this.#resume = resolve);
  }

  wake(): void {
    const resume = this.#resume;
    this.#resume = null;
    resume?.();
  }

  pumpStarted(): void {
    this.#livePumps++;
  }

  pumpEnded(): void {
    if (--this.#livePumps === 0) this.#pumpsDone?.();
  }

  /** A side's close frame went by. */
  sawClose(side: "client" | "agent"): void {
    if (side === "client") this.clientClosed = true;
    else this.agentClosed = true;
    this.#firstCloser ??= side;
    this.#armTimer();
  }

  #armTimer(): void {
    if (this.mode === "closed") return;
    this.#timer ??= setTimeout(() => {
      const by = this.#endBy?.by ?? this.#firstCloser ?? "timeout";
      this.finish({
        by,
        detail: `${this.#endBy?.detail ?? "closing"}; closing handshake timed out`,
      });
    }, this.#closeTimeoutMs);
  }

  /** Bytes of the client's stream once the session is ending: only its close is looked for. */
  drain(bytes: Uint8Array): void {
    this.clientFrames.drain(bytes);
    if (this.clientClosed && this.clientFrames.scanner.atFrameBoundary) this.finish(this.#endBy!);
  }

  clientEnded(detail: string): void {
    if (this.mode === "closed") return;
    if (this.mode === "draining") return this.finish(this.#endBy!);
    this.#detachAgent(1001, "client went away");
    this.finish({ by: "client", detail: this.clientClosed ? "client closed" : detail });
  }

  agentEnded(error: unknown): void {
    if (this.mode !== "relay") return;
    if (this.clientClosed) {
      this.toAgent.detach();
      return this.finish({ by: this.#firstCloser!, detail: "closing handshake completed" });
    }
    if (this.agentClosed) {
      // The agent closed; wait (bounded by the timer) for the client's answer.
      this.toAgent.detach();
      this.#endBy = { by: "agent", detail: "agent closed the session" };
      this.mode = "draining";
      return;
    }
    this.upstreamLost(
      error ? `agent connection failed: ${error}` : "agent closed without a close frame",
    );
  }

  upstreamLost(reason: string, stalePooledSocket = false): void {
    this.toAgent.detach();
    this.mode = "pending";
    const replayable = this.toAgent.backlog.cut();
    const truncated = this.toClient.cut();
    try {
      this.#onLost?.({
        reason,
        replayable,
        clientMessageTruncated: truncated,
        ...(stalePooledSocket ? { stalePooledSocket } : {}),
      });
    } catch { /* a failing handler must not leave the session hanging */ }
    if (this.mode !== "pending" && this.mode !== "relay") return;
    if (!replayable) this.closeByEdge(1011, "agent lost during a message too large to replay");
    else if (!this.#onLost) this.closeByEdge(1011, "agent connection lost");
  }

  /** Detaches the agent; with a code, it first gets a close frame if the client stream is between frames. */
  #detachAgent(code?: number, reason = ""): void {
    const farewell = code !== undefined && !this.clientClosed &&
      this.clientFrames.scanner.payloadLeft === 0;
    this.toAgent.detach(farewell ? encodeClose(code, reason, true) : undefined);
  }

  closeByEdge(code: number, reason: string, rest: Uint8Array = new Uint8Array(0)): void {
    if (this.mode === "draining" || this.mode === "closed") return;
    this.#detachAgent(code, reason);
    this.toAgent.backlog.takePending();
    this.#endBy = { by: "edge", detail: `${code} ${reason}` };
    this.mode = "draining";
    this.toClient.end(encodeClose(code, reason));
    this.#armTimer();
    this.wake();
    if (rest.length > 0 || this.clientClosed) this.drain(rest);
  }

  finish(end: TunnelEnd): void {
    if (this.mode === "closed") return;
    this.mode = "closed";
    this.toAgent.detach();
    clearTimeout(this.#timer);
    this.wake();
    // A client still waiting for its 101 (a deflate offer no agent answered yet) gets one,
    // without extensions, so its request is answered before the connection closes.
    this.toClient.accept(undefined);
    (async () => {
      // Let the last frames (a close, its answer) reach both sides, but not forever.
      let guard: ReturnType<typeof setTimeout> | undefined;
      const bound = new Promise<void>((r) => guard = setTimeout(r, this.#closeTimeoutMs));
      await Promise.race([this.toClient.settled(), bound]);
      clearTimeout(guard);
      try {
        this.#clientConn.close();
      } catch { /* closed */ }
      await this.toAgent.closeAll(this.#closeTimeoutMs);
      if (this.#livePumps > 0) await new Promise<void>((r) => this.#pumpsDone = r);
      this.#resolveClosed(end);
    })();
  }
}
