/**
 * A stand-in edge that relays every WebSocket to one agent URL: the
 * reference wiring of front door, handshake and tunnel for the real session
 * logic (which adds auth, routing through the actors and traffic events),
 * and the edge used by the tunnel tests and bench/relay.ts.
 */
import { startFrontDoor } from "./front-door.ts";
import { acceptUpgrade, dialWebSocket } from "./handshake.ts";
import { Tunnel, type TunnelOptions } from "./tunnel.ts";

export interface StaticEdgeOptions {
  /** Where to dial; a function is asked again at every failover. */
  agentUrl: string | (() => string);
  hostname?: string;
  port?: number;
  tunnel?: Omit<TunnelOptions, "onUpstreamLost">;
  /** Send session.opened / session.rebound text frames like the real edge (default false). */
  control?: boolean;
  dialTimeoutMs?: number;
  maxHeaderBytes?: number;
  handshakeTimeoutMs?: number;
  fallback?: (req: Request) => Response | Promise<Response>;
}

export interface StaticEdge {
  readonly port: number;
  readonly tunnels: Set<Tunnel>;
  close(): Promise<void>;
}

export async function startStaticEdge(options: StaticEdgeOptions): Promise<StaticEdge> {
  const tunnels = new Set<Tunnel>();
  const url = () => typeof options.agentUrl === "function" ? options.agentUrl() : options.agentUrl;
  let next = 0;

  async function dialInto(tunnel: Tunnel, sessionId: string, message: object): Promise<void> {
    try {
      const target = new URL(url());
      target.searchParams.set("session", sessionId);
      const agent = await dialWebSocket(target, {
        headers: { "x-switchboard-session": sessionId },
        timeoutMs: options.dialTimeoutMs ?? 5000,
      });
      if (options.control) tunnel.sendToClient(JSON.stringify({ ...message, sessionId }));
      tunnel.attachUpstream(agent.conn, { leftover: agent.leftover });
    } catch (e) {
      await tunnel.close(4013, `no agent available: ${(e as Error).message}`).catch(() => {});
    }
  }

  const door = await startFrontDoor({
    hostname: options.hostname ?? "127.0.0.1",
    port: options.port ?? 0,
    maxHeaderBytes: options.maxHeaderBytes,
    handshakeTimeoutMs: options.handshakeTimeoutMs,
    isWebSocketRoute: (path) => path === "/ws",
    fallback: options.fallback ?? (() => Response.json({ ok: true })),
    async onWebSocket(head, conn, leftover) {
      if (!await acceptUpgrade(conn, head)) return;
      const sessionId = `s${++next}`;
      const tunnel: Tunnel = new Tunnel(conn, {
        ...options.tunnel,
        onUpstreamLost: (loss) => {
          void dialInto(tunnel, sessionId, { type: "session.rebound", reason: loss.reason });
        },
      }, leftover);
      tunnels.add(tunnel);
      tunnel.closed.then(() => tunnels.delete(tunnel));
      await dialInto(tunnel, sessionId, { type: "session.opened" });
    },
  });

  return {
    port: door.addr.port,
    tunnels,
    async close() {
      await door.close();
      await Promise.all([...tunnels].map((t) => t.close(1001, "edge shutting down")));
    },
  };
}
