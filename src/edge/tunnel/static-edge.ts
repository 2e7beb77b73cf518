/**
 * A stand-in edge that relays every WebSocket to one agent URL: the
 * reference wiring of front door, handshake and tunnel for the real session
 * logic (which adds auth, routing through the actors and traffic events),
 * and the edge used by the tunnel tests and bench/relay.ts.
 */
import { startFrontDoor } from "./front-door.ts";
import { agentOffer, deflateCompatible } from "./deflate.ts";
import { acceptUpgrade, checkUpgrade, dialWebSocket, upgradeResponse } from "./handshake.ts";
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

  /** `deflate`: the client's offer, then (once an agent answered) what the client was answered. */
  async function dialInto(
    tunnel: Tunnel,
    sessionId: string,
    message: object,
    deflate: { offer?: string; answered?: { extensions?: string } },
  ): Promise<void> {
    try {
      const target = new URL(url());
      target.searchParams.set("session", sessionId);
      const offer = deflate.answered ? deflate.answered.extensions : deflate.offer;
      const agent = await dialWebSocket(target, {
        headers: { "x-switchboard-session": sessionId },
        timeoutMs: options.dialTimeoutMs ?? 5000,
        ...(offer ? { extensions: offer } : {}),
      });
      if (!deflate.answered) deflate.answered = { extensions: agent.extensions };
      else if (!deflateCompatible(deflate.answered.extensions, agent.extensions)) {
        agent.conn.close();
        await tunnel.close(4013, "no agent available: the agent's permessage-deflate does not fit");
        return;
      }
      tunnel.acceptClient(agent.extensions);
      if (options.control) tunnel.sendToClient(JSON.stringify({ ...message, sessionId }));
      tunnel.attachUpstream(agent.conn, {
        leftover: agent.leftover,
        ...(agent.extensions ? { extensions: agent.extensions } : {}),
      });
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
      // As the real edge (edge.ts): a permessage-deflate offer defers the 101 to the agent's answer.
      const check = checkUpgrade(head);
      const offer = check.ok ? agentOffer(head.headers.get("sec-websocket-extensions")) : undefined;
      if (offer === undefined && !await acceptUpgrade(conn, head)) return;
      const deflate = offer ? { offer } : {};
      const sessionId = `s${++next}`;
      const tunnel: Tunnel = new Tunnel(conn, {
        ...options.tunnel,
        onUpstreamLost: (loss) => {
          const rebound = { type: "session.rebound", reason: loss.reason };
          void dialInto(tunnel, sessionId, rebound, deflate);
        },
        ...(offer && check.ok
          ? { acceptClient: (extensions) => upgradeResponse(check.key, { extensions }) }
          : {}),
      }, leftover);
      tunnels.add(tunnel);
      tunnel.closed.then(() => tunnels.delete(tunnel));
      await dialInto(tunnel, sessionId, { type: "session.opened" }, deflate);
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
