/**
 * Third-party WebSocket peers for the edge's conformance suite: Node's `ws`
 * (from npm) as the client and as the agent, both able to negotiate
 * permessage-deflate. The agent also speaks the edge's pool protocol
 * (src/agent/pool.ts: `?pool=1`, the pool subprotocol and header, an attach
 * frame first), so the upstream pool is exercised with it.
 */
import { WebSocket, WebSocketServer } from "ws";
import { POOL_SUBPROTOCOL } from "../../src/edge/upstream-pool.ts";

type Data = Uint8Array;

export interface AgentSession {
  ws: WebSocket;
  /** Messages the agent received (text as strings, binary as `bin:<length>:<first byte>`). */
  received: string[];
  /** The client's close as the agent saw it. */
  closed: Promise<{ code: number; reason: string }>;
  pooled: boolean;
}

export interface WsAgent {
  id: string;
  port: number;
  sessions: AgentSession[];
  /** Pongs the agent got for its own pings. */
  pongs: string[];
  /** Drops every socket without a close frame and stops listening (a crash, as the edge sees it). */
  kill(): Promise<void>;
}

const show = (data: Data, binary: boolean) =>
  binary ? `bin:${data.length}:${data[0] ?? ""}` : new TextDecoder().decode(data);

/**
 * An echo agent that also obeys a few text commands: `who` (answers
 * `id:<its extensions>`), `close:<code>:<reason>`, `ping:<payload>`,
 * `frag:<n>` (n fragments with a ping between each), `big:<bytes>`.
 */
export async function startWsAgent(
  id: string,
  options: { deflate?: boolean; delayDialMs?: number } = {},
): Promise<WsAgent> {
  const sessions: AgentSession[] = [];
  const pongs: string[] = [];
  const server = new WebSocketServer({
    host: "127.0.0.1",
    port: 0,
    perMessageDeflate: options.deflate === false ? false : { threshold: 0 },
    handleProtocols: (protocols: Set<string>) =>
      protocols.has(POOL_SUBPROTOCOL) ? POOL_SUBPROTOCOL : false,
    verifyClient: (_info: unknown, done: (ok: boolean) => void) => {
      if (options.delayDialMs) setTimeout(() => done(true), options.delayDialMs);
      else done(true);
    },
  });
  server.on("headers", (headers: string[], req: { url: string }) => {
    if (req.url.includes("pool=1")) headers.push("x-switchboard-pool: 1");
  });
  await new Promise((r) => server.once("listening", r));
  server.on("connection", (ws: WebSocket, req: { url: string }) => {
    let attached = !req.url.includes("pool=1");
    const received: string[] = [];
    const closed = new Promise<{ code: number; reason: string }>((r) =>
      ws.once("close", (code: number, reason: Data) => r({ code, reason: String(reason) }))
    );
    ws.on("error", () => {}); // a bad frame ends the socket with a close code; nothing to throw
    const session: AgentSession = { ws, received, closed, pooled: !attached };
    if (attached) sessions.push(session);
    ws.on("pong", (data: Data) => pongs.push(String(data)));
    ws.on("message", (data: Data, binary: boolean) => {
      if (!attached) {
        attached = true; // the edge's attach frame: not the application's
        sessions.push(session);
        return;
      }
      const text = show(data, binary);
      received.push(text);
      if (binary) return ws.send(data, { binary: true });
      const [cmd, arg = "", ...rest] = text.split(":");
      if (cmd === "who") return ws.send(`${id}:${ws.extensions}`);
      if (cmd === "close") return ws.close(Number(arg), rest.join(":"));
      if (cmd === "ping") return ws.ping(arg);
      if (cmd === "frag") {
        const n = Number(arg);
        for (let i = 0; i < n; i++) {
          ws.send(`f${i};`, { fin: i === n - 1 });
          if (i < n - 1) ws.ping(`p${i}`);
        }
        return;
      }
      if (cmd === "big") return ws.send(new Uint8Array(Number(arg)).fill(9), { binary: true });
      ws.send(text);
    });
  });
  return {
    id,
    port: (server.address() as { port: number }).port,
    sessions,
    pongs,
    async kill() {
      for (const client of server.clients) client.terminate();
      await new Promise((r) => server.close(r));
    },
  };
}

export interface ControlFrame {
  type: string;
  agentId?: string;
  reason?: string;
}

export interface WsClient {
  ws: WebSocket;
  /** Messages from the agent (as `show` writes them); control frames apart. */
  messages: string[];
  control: ControlFrame[];
  pongs: string[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

export function wsClient(url: string, deflate = true): WsClient {
  const ws = new WebSocket(url, { perMessageDeflate: deflate ? { threshold: 0 } : false });
  const messages: string[] = [];
  const control: ControlFrame[] = [];
  const pongs: string[] = [];
  ws.on("message", (data: Data, binary: boolean) => {
    const text = show(data, binary);
    if (!binary && text.startsWith('{"type":"session.')) control.push(JSON.parse(text));
    else messages.push(text);
  });
  ws.on("pong", (data: Data) => pongs.push(String(data)));
  ws.on("error", () => {}); // seen as the close code in `closed`
  const opened = new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  opened.catch(() => {});
  const closed = new Promise<{ code: number; reason: string }>((r) =>
    ws.once("close", (code: number, reason: Data) => r({ code, reason: String(reason) }))
  );
  return { ws, messages, control, pongs, opened, closed };
}
