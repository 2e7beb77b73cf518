import assert from "node:assert/strict";
import { signDialToken } from "../../src/security/agent-trust.ts";
import { startNodeWithFleet } from "../support/fleet.ts";
import { TestClient } from "../support/ws-client.ts";

/** Dials an agent directly with a raw WebSocket handshake; resolves with the HTTP status. */
async function dialStatus(port: number, sessionId: string, token?: string): Promise<number> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  try {
    const key = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
    const head =
      `GET /?session=${sessionId} HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\nupgrade: websocket\r\n` +
      `connection: Upgrade\r\nsec-websocket-key: ${key}\r\nsec-websocket-version: 13\r\n` +
      `x-switchboard-session: ${sessionId}\r\n` +
      (token ? `authorization: Bearer ${token}\r\n` : "") + "\r\n";
    await conn.write(new TextEncoder().encode(head));
    const buf = new Uint8Array(4096);
    const n = await conn.read(buf);
    const status = /^HTTP\/1\.1 (\d{3})/.exec(new TextDecoder().decode(buf.subarray(0, n ?? 0)));
    return Number(status?.[1] ?? 0);
  } finally {
    conn.close();
  }
}

Deno.test("agent trust: agents relay sessions dialled by the edge and refuse dials without the edge's token", async () => {
  const sb = await startNodeWithFleet(1);
  try {
    assert.ok(sb.t.node.dialPublicKey, "embedded mode signs its dials");
    const client = new TestClient(sb.wsUrl("capability=echo"));
    await client.opened;
    client.ws.send("through the edge");
    await client.until(() => client.frames.length === 1, "an echo through the edge");
    await client.close();

    const port = sb.fleet.agents[0]!.port;
    assert.equal(await dialStatus(port, "direct-1"), 401, "no token");
    const forged = await signDialToken({
      secret: "someone-elses-secret-someone-elses-secret",
      sessionId: "direct-2",
      agentId: "echo-1",
    });
    assert.equal(await dialStatus(port, "direct-2", forged), 403, "a token not signed by the edge");
  } finally {
    await sb.stop();
  }
});
