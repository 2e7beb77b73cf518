import assert from "node:assert/strict";
import { exportPKCS8, exportSPKI, generateKeyPair } from "jose";
import { pemAlgorithms, pemKeyring } from "../../src/security/pem.ts";

Deno.test("pem: a key's own OID decides the algorithms it may serve", async () => {
  const cases = [
    ["RS256", ["RS256", "PS256"]],
    ["ES256", ["ES256"]],
    ["ES384", ["ES384"]],
    ["EdDSA", ["EdDSA"]],
  ] as const;
  for (const [alg, expected] of cases) {
    const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
    assert.deepEqual(pemAlgorithms(await exportSPKI(publicKey), "public"), expected, alg);
    assert.deepEqual(pemAlgorithms(await exportPKCS8(privateKey), "private"), expected, alg);
  }
});

Deno.test("pem: keyring imports once per algorithm and refuses others", async () => {
  const { publicKey } = await generateKeyPair("ES256", { extractable: true });
  const ring = pemKeyring(await exportSPKI(publicKey), "public");
  const a = await ring.key("ES256");
  assert.equal(await ring.key("ES256"), a);
  assert.equal(a.type, "public");
  assert.throws(() => ring.key("RS256"), /cannot be used with RS256/);
});

Deno.test("pem: wrong blocks and junk say what is wrong", async () => {
  const { publicKey } = await generateKeyPair("ES256", { extractable: true });
  const spki = await exportSPKI(publicKey);
  assert.throws(() => pemAlgorithms(spki, "private"), /expected a PRIVATE KEY PEM, got PUBLIC KEY/);
  assert.throws(
    () => pemAlgorithms("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "public"),
    /expected a PUBLIC KEY PEM, got CERTIFICATE$/,
  );
  assert.throws(
    () =>
      pemAlgorithms(
        "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----",
        "private",
      ),
    /got EC PRIVATE KEY \(convert it with: openssl pkey -in key\.pem\)/,
  );
  assert.throws(
    () => pemAlgorithms("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", "public"),
    /not an RSA, P-256, P-384 or Ed25519 key/,
  );
  assert.throws(
    () => pemAlgorithms("-----BEGIN PUBLIC KEY-----\nA\n-----END PUBLIC KEY-----", "public"),
    /not valid base64/,
  );
});
