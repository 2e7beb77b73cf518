import assert from "node:assert/strict";
import { startFrontDoor } from "../../../src/edge/tunnel/front-door.ts";
import { acceptUpgrade, dialWebSocket } from "../../../src/edge/tunnel/handshake.ts";
import { encodeText } from "../../../src/edge/tunnel/frames.ts";
import { parseHead, readHead } from "../../../src/edge/tunnel/http-head.ts";
import { Tunnel } from "../../../src/edge/tunnel/tunnel.ts";
import { FrameReader, startEchoAgent, writeAll } from "./support.ts";

const hasOpenssl = await new Deno.Command("openssl", {
  args: ["version"],
  stdout: "null",
  stderr: "null",
})
  .output().then((o) => o.success, () => false);

/** A throwaway CA and a localhost certificate it signed (rustls refuses a CA as the server's own). */
async function testCertificates(): Promise<{ ca: string; cert: string; key: string }> {
  const dir = await Deno.makeTempDir();
  const run = async (...args: string[]) => {
    const out = await new Deno.Command("openssl", {
      args,
      cwd: dir,
      stdout: "null",
      stderr: "null",
    }).output();
    assert.ok(out.success, `openssl ${args[0]} failed`);
  };
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await run(
    "req",
    "-x509",
    ...ec,
    "-subj",
    "/CN=test-ca",
    "-days",
    "1",
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
  );
  await run("req", ...ec, "-subj", "/CN=localhost", "-keyout", "key.pem", "-out", "leaf.csr");
  await Deno.writeTextFile(`${dir}/ext.cnf`, "subjectAltName=DNS:localhost\n");
  await run(
    "x509",
    "-req",
    "-in",
    "leaf.csr",
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-days",
    "1",
    "-extfile",
    "ext.cnf",
    "-out",
    "cert.pem",
  );
  const read = (name: string) => Deno.readTextFile(`${dir}/${name}`);
  const pair = {
    ca: await read("ca.pem"),
    cert: await read("cert.pem"),
    key: await read("key.pem"),
  };
  await Deno.remove(dir, { recursive: true });
  return pair;
}

Deno.test({
  name:
    "front door over TLS: a wss:// session is relayed and a keep-alive HTTPS request reaches the fallback",
  ignore: !hasOpenssl,
  async fn() {
    const { ca, ...tls } = await testCertificates();
    const agent = startEchoAgent();
    const tunnels: Tunnel[] = [];
    const door = await startFrontDoor({
      hostname: "localhost",
      port: 0,
      tls,
      isWebSocketRoute: (path) => path === "/ws",
      fallback: () => Response.json({ ok: true }),
      async onWebSocket(head, conn, leftover) {
        if (!await acceptUpgrade(conn, head)) return;
        const tunnel = new Tunnel(conn, { closeTimeoutMs: 300 }, leftover);
        tunnels.push(tunnel);
        const up = await dialWebSocket(agent.url);
        tunnel.attachUpstream(up.conn, { leftover: up.leftover });
      },
    });
    const client = await dialWebSocket(`wss://localhost:${door.addr.port}/ws`, {
      caCerts: [ca],
    });
    await writeAll(client.conn, encodeText("over tls", true));
    const echo = await new FrameReader(client.conn).next();
    assert.equal(new TextDecoder().decode(echo!.payload), "over tls");
    await tunnels[0]!.close(1000, "done");
    client.conn.close();

    const https = await Deno.connectTls({
      hostname: "localhost",
      port: door.addr.port,
      caCerts: [ca],
    });
    await writeAll(
      https,
      new TextEncoder().encode("GET /healthz HTTP/1.1\r\nhost: localhost\r\n\r\n"),
    );
    const got = await readHead(https, 16384);
    assert.equal(parseHead(got!.head, true).status, 200);
    https.close();
    await door.close();
    await agent.close();
  },
});
