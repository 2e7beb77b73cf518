import type { Identity } from "../../src/auth/roles.ts";
import type { Upstream } from "../../src/edge/agent-dialer.ts";
import type { DialPort, SessionPort, SocketPair } from "../../src/edge/link-ports.ts";
import type { AgentTarget, OpenedSession } from "../../src/edge/session-control.ts";
import type { TunnelEnd, UpstreamHandover } from "../../src/edge/tunnel/tunnel.ts";

/** Fakes for the session link's ports (src/edge/link-ports.ts), recording what they were asked. */

export const targetOf = (agentId: string): AgentTarget => ({
  agentId,
  host: "127.0.0.1",
  port: 9000,
  path: "/agent",
});

/** A stand-in for an agent's socket: only closing matters to the edge. */
export class FakeConn {
  closed = false;
  constructor(readonly agentId: string) {}
  close(): void {
    this.closed = true;
  }
  asConn(): Deno.Conn {
    return this as unknown as Deno.Conn;
  }
}

/** A client socket and its agent's: what the driver sent, attached and closed. */
export class FakeSocketPair implements SocketPair {
  readonly closed: Promise<TunnelEnd>;
  #end!: (end: TunnelEnd) => void;
  relaying = true;
  framesIn = 1;
  framesOut = 2;
  bytesIn = 30;
  bytesOut = 40;
  readonly sent: unknown[] = [];
  readonly attached: FakeConn[] = [];
  closedWith: { code: number; reason: string } | undefined;

  constructor() {
    this.closed = new Promise((resolve) => this.#end = resolve);
  }

  /** The close code the edge sent the client, if it closed the pair. */
  closeCode(): number | undefined {
    return this.closedWith?.code;
  }

  sendToClient(text: string): boolean {
    if (!this.relaying) return false;
    this.sent.push(JSON.parse(text));
    return true;
  }

  /** Extensions the client's deferred 101 was sent with, per call. */
  readonly accepted: (string | undefined)[] = [];

  acceptClient(extensions: string | undefined): void {
    this.accepted.push(extensions);
  }

  attachUpstream(conn: Deno.Conn, _handover?: UpstreamHandover): void {
    this.attached.push(conn as unknown as FakeConn);
  }

  close(code: number, reason: string): Promise<TunnelEnd> {
    if (this.closedWith) return this.closed;
    this.closedWith = { code, reason };
    this.relaying = false;
    // The client answers the close at once.
    this.end({ by: "edge", detail: `${code} ${reason}` });
    return this.closed;
  }

  /** The pair is gone (the client left, the agent closed, the handshake timed out). */
  end(end: TunnelEnd): void {
    this.relaying = false;
    this.#end(end);
  }
}

/** Answers each dial from a script: an agent socket, or an error. */
export class FakeDialer implements DialPort {
  readonly dials: string[] = [];
  readonly conns: FakeConn[] = [];
  /** Per agent: fail with this message. */
  readonly failing = new Map<string, string>();
  /** Per agent: wait for this before answering. */
  readonly holds = new Map<string, Promise<void>>();
  /** Per agent: its permessage-deflate answer. */
  readonly answers = new Map<string, string>();
  /** The permessage-deflate offer of each dial. */
  readonly offers: (string | undefined)[] = [];

  async dial(_sessionId: string, target: AgentTarget, extensions?: string): Promise<Upstream> {
    this.dials.push(target.agentId);
    this.offers.push(extensions);
    await this.holds.get(target.agentId);
    const failure = this.failing.get(target.agentId);
    if (failure) throw new Error(failure);
    const conn = new FakeConn(target.agentId);
    this.conns.push(conn);
    const answer = this.answers.get(target.agentId);
    return { conn: conn.asConn(), handover: answer ? { extensions: answer } : {} };
  }
}

/** A control plane that opens on a1, fails over to the next agent in `next`, and records the rest. */
export class FakeSessions implements SessionPort {
  readonly calls: unknown[][] = [];
  next = ["a2", "a3", "a4"];
  ineligible = new Set<string>();
  refuse: Error | undefined;
  version = 3;

  open(identity: Identity, request: { capability?: string }): Promise<OpenedSession> {
    this.calls.push(["open", identity.sub, request]);
    return this.#opened();
  }

  resume(identity: Identity, sessionId: string, token: string): Promise<OpenedSession> {
    this.calls.push(["resume", identity.sub, sessionId, token]);
    return this.#opened(sessionId);
  }

  failover(
    sessionId: string,
    from: string,
    reason: string,
    options?: { planned?: boolean },
  ): Promise<AgentTarget> {
    this.calls.push(["failover", sessionId, from, reason, options?.planned ?? false]);
    if (this.refuse) return Promise.reject(this.refuse);
    const agentId = this.next.shift();
    return agentId ? Promise.resolve(targetOf(agentId)) : Promise.reject(new Error("no agent"));
  }

  detach(sessionId: string, graceSeconds: number): void {
    this.calls.push(["detach", sessionId, graceSeconds]);
  }

  close(sessionId: string, reason: string, code?: number): void {
    this.calls.push(
      code === undefined ? ["close", sessionId, reason] : ["close", sessionId, reason, code],
    );
  }

  eligibleTarget(agentId: string): AgentTarget | undefined {
    return this.ineligible.has(agentId) ? undefined : targetOf(agentId);
  }

  poolTarget(): AgentTarget | undefined {
    return undefined;
  }

  /** The calls that change the session in the log (not the routing questions). */
  recorded(): unknown[][] {
    return this.calls.filter((c) => c[0] === "detach" || c[0] === "close");
  }

  #opened(sessionId = "s-1"): Promise<OpenedSession> {
    if (this.refuse) return Promise.reject(this.refuse);
    return Promise.resolve({
      sessionId,
      resumeToken: "resume-token-0123456789",
      target: targetOf("a1"),
      version: this.version,
    });
  }
}
