import assert from "node:assert/strict";
import { startTestNode } from "../support/node.ts";

async function openssl(args: string[]): Promise<void> {
  const out = await new Deno.Command("openssl", { args, stdout: "null", stderr: "piped" }).output();
  assert.ok(out.success, new TextDecoder().decode(out.stderr));
}

/**
 * A throwaway CA and a certificate for 127.0.0.1 signed by it, made by the
 * test with openssl (rustls refuses a CA certificate used as the server's).
 */
async function selfSigned(dir: string): Promise<{ ca: string; cert: string; key: string }> {
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await openssl([
    "req",
    "-x509",
    ...ec,
    "-keyout",
    `${dir}/ca.key`,
    "-out",
    `${dir}/ca.pem`,
    "-days",
    "1",
    "-subj",
    "/CN=test CA",
  ]);
  await openssl([
    "req",
    ...ec,
    "-keyout",
    `${dir}/key.pem`,
    "-out",
    `${dir}/req.csr`,
    "-subj",
    "/CN=127.0.0.1",
  ]);
  await Deno.writeTextFile(
    `${dir}/ext.cnf`,
    "basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1\n",
  );
  await openssl([
    "x509",
    "-req",
    "-in",
    `${dir}/req.csr`,
    "-CA",
    `${dir}/ca.pem`,
    "-CAkey",
    `${dir}/ca.key`,
    "-CAcreateserial",
    "-out",
    `${dir}/cert.pem`,
    "-days",
    "1",
    "-extfile",
    `${dir}/ext.cnf`,
  ]);
  return { ca: `${dir}/ca.pem`, cert: `${dir}/cert.pem`, key: `${dir}/key.pem` };
}

Deno.test("TLS: with a certificate and key the API answers over https and the edge over wss", async () => {
  const dir = await Deno.makeTempDir({ prefix: "switchboard-tls-" });
  const { ca, cert, key } = await selfSigned(dir);
  const caCerts = [await Deno.readTextFile(ca)];
  const t = await startTestNode({ TLS_CERT_FILE: cert, TLS_KEY_FILE: key });
  const client = Deno.createHttpClient({ caCerts });
  try {
    assert.match(t.url, /^https:\/\//);
    const res = await fetch(`${t.url}/healthz`, { client });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: "ok" });

    // The edge over wss://: a real WebSocket client (another process, trusting the test CA)
    // is refused the contract's way, 4001 without a token.
    const port = Number(new URL(t.url).port);
    const probe = await new Deno.Command(Deno.execPath(), {
      args: [
        "eval",
        "--cert",
        ca,
        `const ws = new WebSocket("wss://127.0.0.1:${port}/ws?capability=echo");
         ws.onclose = (e) => { console.log(e.code + " " + e.reason); Deno.exit(0); };`,
      ],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const said = new TextDecoder().decode(probe.stdout);
    assert.match(said, /^4001 missing bearer token/, new TextDecoder().decode(probe.stderr));

    // Plain TCP to the TLS port gets nothing useful.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.body?.cancel()));
  } finally {
    client.close();
    await t.stop();
    await Deno.remove(dir, { recursive: true });
  }
});
