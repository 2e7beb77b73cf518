/** One request a test webhook receiver got. */
export interface Received {
  path: string;
  headers: Headers;
  body: string;
  at: number;
}

/**
 * An HTTP server standing in for a webhook receiver (Alertmanager's
 * receivers, a chat bridge): keeps every request; `respond` decides the
 * answer per request (200 by default), and may hang to play a slow one.
 */
export function startReceiver(
  respond: (r: Received) => Response | Promise<Response> = () => new Response("ok"),
) {
  const received: Received[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    const r = {
      path: new URL(req.url).pathname,
      headers: req.headers,
      body: await req.text(),
      at: Date.now(),
    };
    received.push(r);
    return await respond(r);
  });
  return {
    received,
    url: `http://127.0.0.1:${server.addr.port}`,
    stop: () => server.shutdown(),
  };
}
