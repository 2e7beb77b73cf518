import type { Clock } from "../clock/clock.ts";
import type { Logger } from "../telemetry/log.ts";
import type { Backoff } from "./backoff.ts";
import type { DialVerifier } from "../security/dial-verifier.ts";

/**
 * A frame as the app receives it: text as a string, binary as the
 * ArrayBuffer Deno already allocated (no copy, no view), so an echo or a
 * relay costs nothing per frame beyond the socket itself.
 */
export type Frame = string | ArrayBuffer;

export interface CloseInfo {
  code: number;
  reason: string;
}

/** One client session, relayed to this agent by the edge. */
export interface AgentSession {
  /** Switchboard's session id (from `?session=`, the header, or the pool attach frame). */
  readonly id: string;
  /** Whether the session arrived on a pre-dialled pooled socket. */
  readonly pooled: boolean;
  /** The underlying socket, for code that wants the raw WebSocket API. */
  readonly socket: WebSocket;
  /** Sends a frame; strings go as text, bytes as binary. Silently dropped once closed. */
  send(data: string | ArrayBuffer | ArrayBufferView<ArrayBuffer>): void;
  /** Sets the frame handler. Frames that arrived before it was set are delivered first, in order. */
  onMessage(handler: (data: Frame) => void): void;
  /** Adds a handler run once when the session ends, whoever closed it. */
  onClose(handler: (code: number, reason: string) => void): void;
  close(code?: number, reason?: string): void;
  /** Settles when the session has ended. */
  readonly closed: Promise<CloseInfo>;
}

/** Called once per session; a throw or a rejection closes that session with 1011. */
export type SessionHandler = (session: AgentSession) => void | Promise<void>;

/** Figures only the app knows; merged into each heartbeat. */
export interface AppLoad {
  cpu?: number;
  queueDepth?: number;
  latencyMs?: number;
}

export interface AgentOptions {
  name: string;
  agentType: string;
  capabilities: string[];
  onSession: SessionHandler;
  /** Stable id; without it Switchboard assigns one, which re-registrations then reuse. */
  id?: string;
  version?: string;
  weight?: number;
  maxSessions?: number;
  /** Address to listen on. Default 127.0.0.1. */
  hostname?: string;
  /** Port to listen on; 0 picks a free one (see `Agent.port`). Default 0. */
  port?: number;
  /** Host Switchboard should dial. Default `hostname`, or 127.0.0.1 when that is a wildcard. */
  advertiseHost?: string;
  /** WebSocket path the edge dials. Default "/". */
  path?: string;
  /** Health endpoint path. Default "/healthz". */
  healthPath?: string;
  /**
   * Base URL of Switchboard, e.g. http://127.0.0.1:9000. Without it and `switchboardUrls`,
   * SWITCHBOARD_URLS (comma-separated) is read; with none at all the agent serves but never registers.
   */
  switchboardUrl?: string;
  /**
   * Several nodes of one cluster (after `switchboardUrl` if both are given): the agent talks
   * to one and moves on to the next when it stops answering, so no node's death orphans it.
   */
  switchboardUrls?: string[];
  /** Bearer token (role `agent`) for the management API. */
  token?: string;
  /** Default 5000. */
  heartbeatIntervalMs?: number;
  /** What heartbeats are timed on. Default the system clock; tests pass a fake one. */
  clock?: Clock;
  /** Per-call timeout towards Switchboard. Default 5000. */
  requestTimeoutMs?: number;
  registerBackoff?: Partial<Backoff>;
  /** How long `stop()` lets live sessions finish before closing them. Default 10000. */
  drainTimeoutMs?: number;
  /** Accept pooled pre-dialled sockets (see pool.ts). Default true. */
  pool?: boolean;
  /** Trust hook for the edge's dial; false refuses the upgrade (401 without a token, else 403). */
  verifyDial?: DialVerifier;
  /** Drain and deregister on SIGTERM/SIGINT. Default false: the app owns its signals. */
  handleSignals?: boolean;
  /** Extra heartbeat figures, e.g. queue depth. */
  load?: () => AppLoad;
  logger?: Logger;
}

/** A running agent. */
export interface Agent {
  readonly hostname: string;
  readonly port: number;
  /** ws:// URL of the session endpoint as advertised. */
  readonly url: string;
  /** The registered id, once known; `options.id` before that. */
  readonly id: string | undefined;
  /** Resolves with the id after the first successful registration; rejects if stopped first or standalone. */
  readonly registered: Promise<string>;
  /** Live (attached) sessions; idle pooled sockets are not sessions. */
  sessionCount(): number;
  /** Drains, waits for sessions up to the deadline, deregisters and closes. Idempotent. */
  stop(options?: { drainTimeoutMs?: number }): Promise<void>;
  /** Settles once the agent has stopped, whoever stopped it (stop() or a signal). */
  readonly finished: Promise<void>;
}
