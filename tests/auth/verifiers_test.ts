import assert from "node:assert/strict";
import { base64url, exportSPKI, generateKeyPair, SignJWT } from "jose";
import { AuthError, signToken } from "../../src/auth/jwt.ts";
import { createVerifier } from "../../src/auth/verifiers.ts";

const SECRET = "s".repeat(40);
const now = () => Math.floor(Date.now() / 1000);

const rsa = await generateKeyPair("RS256", { extractable: true });
const rsaPem = await exportSPKI(rsa.publicKey);
const otherRsa = await generateKeyPair("RS256");
// WebCrypto keys are bound to one scheme; PS256 needs its own pair (same SPKI form).
const pss = await generateKeyPair("PS256", { extractable: true });
const pssPem = await exportSPKI(pss.publicKey);
const ec = await generateKeyPair("ES256", { extractable: true });
const ecPem = await exportSPKI(ec.publicKey);
const ed = await generateKeyPair("EdDSA", { extractable: true });
const edPem = await exportSPKI(ed.publicKey);

type Claims = Record<string, unknown>;
const base = (): Claims => ({ sub: "user-1", roles: ["client"], exp: now() + 300 });

async function sign(
  key: CryptoKey | Uint8Array,
  alg: string,
  claims: Claims = base(),
  header: Record<string, unknown> = {},
): Promise<string> {
  return await new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT", ...header }).sign(key);
}

/** A hand-made unsigned token: jose will not mint one. */
function unsigned(alg: string, claims: Claims = base()): string {
  const enc = (v: unknown) => base64url.encode(JSON.stringify(v));
  return `${enc({ alg, typ: "JWT" })}.${enc(claims)}.`;
}

/** Rejects with AuthError whose message matches, and never contains the token or its parts. */
async function refused(
  verify: (t: string) => Promise<unknown>,
  token: string,
  message: RegExp,
): Promise<void> {
  await assert.rejects(verify(token), (e: unknown) => {
    assert.ok(e instanceof AuthError, `not an AuthError: ${e}`);
    assert.equal(e.code, "unauthorized");
    assert.match(e.message, message);
    for (const part of token.split(".").filter((p) => p.length > 8)) {
      assert.ok(!e.message.includes(part), "the message echoes the token");
    }
    return true;
  });
}

Deno.test("verifiers: HS256 tokens from signToken verify into an Identity", async () => {
  const verify = createVerifier({ hs256Secret: SECRET });
  const token = await signToken(
    SECRET,
    { sub: "ops", roles: ["operator"], capabilities: ["echo"] },
    60,
  );
  const identity = await verify(token);
  assert.equal(identity.sub, "ops");
  assert.deepEqual(identity.roles, ["operator"]);
  assert.deepEqual(identity.capabilities, ["echo"]);
  assert.equal(identity.via, "jwt");
  await refused(
    verify,
    await signToken("x".repeat(40), base() as never, 60),
    /signature is invalid/,
  );
});

Deno.test("verifiers: RS256, ES256 and EdDSA from a PEM public key", async () => {
  for (
    const [pem, key, alg] of [
      [rsaPem, rsa.privateKey, "RS256"],
      [pssPem, pss.privateKey, "PS256"],
      [ecPem, ec.privateKey, "ES256"],
      [edPem, ed.privateKey, "EdDSA"],
    ] as const
  ) {
    const verify = createVerifier({ publicKeyPem: pem });
    const identity = await verify(await sign(key, alg));
    assert.equal(identity.sub, "user-1", alg);
  }
});

Deno.test("verifiers: exp and nbf with 30 s of clock skew", async () => {
  const verify = createVerifier({ publicKeyPem: ecPem });
  const k = ec.privateKey;
  await refused(verify, await sign(k, "ES256", { ...base(), exp: now() - 60 }), /^token expired$/);
  await verify(await sign(k, "ES256", { ...base(), exp: now() - 10 })); // within skew
  await refused(
    verify,
    await sign(k, "ES256", { ...base(), nbf: now() + 120 }),
    /token claim 'nbf' is invalid/,
  );
  await verify(await sign(k, "ES256", { ...base(), nbf: now() + 10 }));
});

Deno.test("verifiers: wrong signature, wrong algorithm, alg none", async () => {
  const verify = createVerifier({ publicKeyPem: rsaPem });
  await refused(verify, await sign(otherRsa.privateKey, "RS256"), /^token signature is invalid$/);
  // An EC token against an RSA key: the algorithm is not one the key serves.
  await refused(verify, await sign(ec.privateKey, "ES256"), /^token algorithm not allowed$/);
  for (const alg of ["none", "None", "NONE", "nOnE"]) {
    await refused(verify, unsigned(alg), /^token algorithm not allowed$/);
  }
  // A signature stripped off a real token.
  const real = await sign(rsa.privateKey, "RS256");
  await refused(verify, real.slice(0, real.lastIndexOf(".") + 1), /^token signature is invalid$/);
  // `algorithms` narrows: RSA key, but only PS256 accepted.
  const psOnly = createVerifier({ publicKeyPem: pssPem, algorithms: ["PS256"] });
  await refused(psOnly, real, /^token algorithm not allowed$/);
  await psOnly(await sign(pss.privateKey, "PS256"));
});

Deno.test("verifiers: HS256 signed with the RSA public key as secret is refused (alg confusion)", async () => {
  const confused = await sign(new TextEncoder().encode(rsaPem), "HS256");
  // Public key only: HS256 is not an algorithm this verifier has a key for.
  await refused(
    createVerifier({ publicKeyPem: rsaPem }),
    confused,
    /^token algorithm not allowed$/,
  );
  // With an HS256 secret too, HS256 is checked against that secret only, never the PEM.
  const both = createVerifier({ publicKeyPem: rsaPem, hs256Secret: SECRET });
  await refused(both, confused, /^token signature is invalid$/);
  // Both sources work side by side.
  await both(await sign(rsa.privateKey, "RS256"));
  await both(await signToken(SECRET, { sub: "a", roles: ["admin"] }, 60));
  // And the PEM can never be configured as the HMAC secret.
  assert.throws(() => createVerifier({ hs256Secret: rsaPem }), /looks like a PEM key/);
});

Deno.test("verifiers: missing and malformed claims", async () => {
  const verify = createVerifier({ publicKeyPem: ecPem });
  const k = ec.privateKey;
  const { exp: _exp, ...noExp } = base();
  await refused(verify, await sign(k, "ES256", noExp), /token claim 'exp' is invalid: missing/);
  const { sub: _sub, ...noSub } = base();
  await refused(verify, await sign(k, "ES256", noSub), /token claim 'sub' is invalid: missing/);
  const { roles: _roles, ...noRoles } = base();
  await refused(verify, await sign(k, "ES256", noRoles), /token claims are invalid: roles/);
  await refused(
    verify,
    await sign(k, "ES256", { ...base(), roles: ["root", "superuser"] }),
    /token claims are invalid: roles/,
  );
  // Unknown roles are dropped, known ones kept.
  const id = await verify(await sign(k, "ES256", { ...base(), roles: ["root", "auditor"] }));
  assert.deepEqual(id.roles, ["auditor"]);
  await refused(verify, "not.a.jwt", /^token is invalid$/);
  await refused(verify, "", /^token is invalid$/);
  await refused(verify, "eyJ".repeat(10_000), /^token is invalid$/);
});

Deno.test("verifiers: audience and issuer bind external tokens, not Switchboard's own", async () => {
  const verify = createVerifier({
    publicKeyPem: rsaPem,
    hs256Secret: SECRET,
    audience: "switchboard",
    issuer: ["https://idp.example", "https://idp2.example"],
  });
  const k = rsa.privateKey;
  const good = { ...base(), aud: "switchboard", iss: "https://idp2.example" };
  assert.equal((await verify(await sign(k, "RS256", good))).sub, "user-1");
  await verify(await sign(k, "RS256", { ...good, aud: ["other", "switchboard"] }));
  await refused(
    verify,
    await sign(k, "RS256", { ...good, aud: "another-service" }),
    /token claim 'aud' is invalid/,
  );
  const { aud: _aud, ...noAud } = good;
  await refused(verify, await sign(k, "RS256", noAud), /token claim 'aud' is invalid: missing/);
  await refused(
    verify,
    await sign(k, "RS256", { ...good, iss: "https://evil.example" }),
    /token claim 'iss' is invalid/,
  );
  // signToken sets neither aud nor iss; HS256 tokens are Switchboard's own.
  await verify(await signToken(SECRET, { sub: "admin", roles: ["admin"] }, 60));
});

Deno.test("verifiers: bad options fail at construction, saying what is wrong", () => {
  assert.throws(() => createVerifier({}), /at least one of hs256Secret, publicKeyPem, jwksUrl/);
  assert.throws(() => createVerifier({ publicKeyPem: "nonsense" }), /expected a PUBLIC KEY PEM/);
  assert.throws(
    () =>
      createVerifier({
        publicKeyPem: "-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----",
      }),
    /got RSA PUBLIC KEY \(convert it with: openssl pkey -pubin/,
  );
  assert.throws(
    () => createVerifier({ publicKeyPem: rsaPem, algorithms: ["ES256"] }),
    /no usable algorithm left/,
  );
  assert.throws(() => createVerifier({ jwksUrl: "not a url" }), /jwksUrl/);
  assert.throws(
    () => createVerifier({ jwksUrl: "http://idp.example/jwks.json" }),
    /must use https/,
  );
});

Deno.test("verifiers: a token verified once is served from the cache; a token differing in one byte is checked and refused", async () => {
  const verify = createVerifier({ hs256Secret: SECRET });
  const token = await signToken(SECRET, { sub: "cached", roles: ["client"] }, 60);
  assert.equal((await verify(token)).sub, "cached");
  assert.equal((await verify(token)).sub, "cached");
  // A character inside the signature: the last one also holds padding bits a decoder ignores.
  const at = token.length - 10;
  const tampered = token.slice(0, at) + (token[at] === "A" ? "B" : "A") + token.slice(at + 1);
  await assert.rejects(verify(tampered), AuthError);
});
