/**
 * Pooled connections (issue 5, item 7): the edge keeps a few pre-dialled
 * sockets per healthy agent so opening a session does not pay a TCP +
 * WebSocket handshake.
 *
 * Protocol, version 1:
 * 1. The edge dials `ws://{host}:{port}{path}?pool=1` with no session id
 *    (no `session` query, no `x-switchboard-session` header), optionally
 *    offering the subprotocol `switchboard.pool.v1`. The usual dial checks
 *    (`verifyDial`) apply to this dial.
 * 2. An agent that supports pooling accepts the upgrade with the response
 *    header `x-switchboard-pool: 1` and, when it was offered, selects the
 *    subprotocol `switchboard.pool.v1` (a standard WebSocket client cannot
 *    read upgrade headers, but it can read `socket.protocol`). Its health
 *    endpoint also says `"pool": true`. Any of the three tells the edge the
 *    agent pools; an agent that does not would answer a plain session or
 *    refuse, so the edge falls back to one dial per session.
 * 3. The socket idles, counted as no session, until the edge sends the
 *    FIRST frame: text, `{"type":"switchboard.attach","sessionId":"…"}`.
 *    The agent consumes it (the app never sees it) and from then on the
 *    socket is that session, exactly as if it had been dialled with
 *    `?session=…`. The edge may relay client frames right behind the attach
 *    frame: there is no acknowledgement round trip.
 * 4. A first frame that is binary or not a valid attach frame closes the
 *    socket with 1008. A socket closed before attaching was never a session.
 *    When the agent drains, idle pooled sockets are closed with 1001 and new
 *    pooled dials are refused with 503.
 */
import { z } from "zod";
import { SessionId } from "./session-id.ts";

export const poolSubprotocol = "switchboard.pool.v1";
export const poolHeader = "x-switchboard-pool";

export const AttachFrame = z.object({
  type: z.literal("switchboard.attach"),
  sessionId: SessionId,
});

/** Whether the dial asks for a pooled socket. */
export function isPoolDial(url: URL): boolean {
  return url.searchParams.get("pool") === "1";
}

/** The subprotocol to select, when the edge offered the pool one. */
export function offeredPoolProtocol(request: Request): string | undefined {
  const offered = request.headers.get("sec-websocket-protocol");
  if (!offered) return undefined;
  return offered.split(",").some((p) => p.trim() === poolSubprotocol) ? poolSubprotocol : undefined;
}

/**
 * Waits for the attach frame on an idle pooled socket. Calls `attach` with
 * the session id synchronously inside the first frame's event, so the
 * session takes over `onmessage` before the next frame is dispatched and no
 * frame is lost or reordered. Calls `closed` if the socket ends unattached.
 */
export function awaitAttach(
  socket: WebSocket,
  attach: (sessionId: string) => void,
  closed: () => void,
): void {
  socket.onerror = () => {};
  socket.onclose = closed;
  socket.onmessage = (event: MessageEvent<string | ArrayBuffer>) => {
    const sessionId = parseAttach(event.data);
    if (sessionId === undefined) {
      socket.onmessage = null;
      socket.close(1008, "expected a switchboard.attach frame");
      return;
    }
    socket.onclose = null;
    attach(sessionId);
  };
}

function parseAttach(data: string | ArrayBuffer): string | undefined {
  if (typeof data !== "string") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = AttachFrame.safeParse(json);
  return parsed.success ? parsed.data.sessionId : undefined;
}
