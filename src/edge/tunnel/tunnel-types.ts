/** What a tunnel is given and what it reports (see tunnel.ts). */

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
  /** Told once per relayed batch when its read completed (the edge's measurements). */
  meter?: TunnelMeter;
}

/**
 * The relay's measurement hooks (src/edge/session-meter.ts): right after
 * each read completes, `…Read()` returns the meter's clock reading (or -1
 * when it needs none this time); once the batch was handed on, `…Batch()`
 * gets that reading back. At most one clock read per batch, plus a sampled
 * second one.
 */
export interface TunnelMeter {
  clientRead(): number;
  clientBatch(readAt: number): void;
  agentRead(): number;
  agentBatch(readAt: number): void;
  /** The client sent its close frame, with this code (undefined: none, or not in one read). */
  clientClose?(code: number | undefined): void;
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
