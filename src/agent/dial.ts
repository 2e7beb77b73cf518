import type { Logger } from "../telemetry/log.ts";
import { awaitAttach, isPoolDial, offeredPoolProtocol, poolHeader } from "./pool.ts";
import { Session } from "./session.ts";
import { directSessionId } from "./session-id.ts";
import type { SessionTracker } from "./session-tracker.ts";
import { dialAllowed, dialToken, type DialVerifier } from "../security/dial-verifier.ts";
import type { SessionHandler } from "./types.ts";

export interface DialContext {
  tracker: SessionTracker;
  onSession: SessionHandler;
  verifyDial: DialVerifier | undefined;
  pool: boolean;
  logger: Logger;
}

/** Answers one WebSocket dial from the edge: trust check, session id, upgrade, hand-over. */
export async function acceptDial(request: Request, url: URL, ctx: DialContext): Promise<Response> {
  const allowed = await dialAllowed(ctx.verifyDial, request, (error) => {
    ctx.logger.warn("verifyDial threw; dial refused", { error });
  });
  if (!allowed) {
    // 401 asks for credentials, 403 says the ones given are not good enough.
    return dialToken(request, url)
      ? refuse(403, "forbidden", "dial not allowed")
      : refuse(401, "unauthorized", "dial needs a token");
  }
  if (ctx.tracker.draining) return refuse(503, "draining", "agent is draining");

  const pooled = isPoolDial(url);
  if (pooled && !ctx.pool) return refuse(400, "pool_unsupported", "pooled dials are disabled");
  let sessionId = "";
  if (!pooled) {
    const id = directSessionId(request, url);
    if (!id.ok) return refuse(400, "bad_session", id.message);
    sessionId = id.id;
  }

  let upgraded: Deno.WebSocketUpgrade;
  try {
    const protocol = pooled ? offeredPoolProtocol(request) : undefined;
    upgraded = Deno.upgradeWebSocket(request, protocol ? { protocol } : {});
  } catch (error) {
    return refuse(400, "bad_upgrade", (error as Error).message);
  }
  const { socket, response } = upgraded;
  // Binary frames as the ArrayBuffer Deno already has: no Blob, no copy.
  socket.binaryType = "arraybuffer";

  if (pooled) {
    response.headers.set(poolHeader, "1");
    // Counted idle from its open, not before: an upgrade the edge abandons fires no
    // event at all (it would stay counted), and a close() before open is dropped.
    socket.onopen = () => {
      if (ctx.tracker.draining) socket.close(1001, "agent draining");
      else ctx.tracker.addIdle(socket);
    };
    awaitAttach(
      socket,
      (attachedId) => {
        ctx.tracker.removeIdle(socket);
        // Attached as the drain closed the idle sockets: the edge takes 1001 first as "move on".
        if (ctx.tracker.draining) return socket.close(1001, "agent draining");
        begin(socket, attachedId, true, ctx);
      },
      () => ctx.tracker.removeIdle(socket),
    );
  } else {
    socket.onerror = () => {};
    socket.onopen = () => begin(socket, sessionId, false, ctx);
  }
  return response;
}

/** Hands a ready socket to the app as a session; app failures end the session, not the agent. */
function begin(socket: WebSocket, id: string, pooled: boolean, ctx: DialContext): void {
  const session = new Session(socket, id, pooled, (error, s) => {
    ctx.logger.error("session handler failed", { session: s.id, error });
  });
  ctx.tracker.add(session);
  try {
    const result = ctx.onSession(session);
    if (result instanceof Promise) result.catch((error) => session.fail(error));
  } catch (error) {
    session.fail(error);
  }
}

export function refuse(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}
