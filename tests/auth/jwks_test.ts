import assert from "node:assert/strict";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { AuthError, signToken } from "../../src/auth/jwt.ts";
import { remoteJwks } from "../../src/auth/jwks.ts";
import { createVerifier } from "../../src/auth/verifiers.ts";

/** A tiny identity provider: serves whatever key set the test puts up, counts fetches. */
function startIdp() {
  const state = { keys: [] as JWK[], fetches: 0, status: 200 };
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
    if (new URL(req.url).pathname !== "/jwks.json") return new Response("no", { status: 404 });
    state.fetches++;
    if (state.status !== 200) return new Response("down", { status: state.status });
    return Response.json({ keys: state.keys });
  });
  return {
    state,
    url: `http://127.0.0.1:${server.addr.port}/jwks.json`,
    stop: () => server.shutdown(),
  };
}

async function keyPair(kid: string, alg: "RS256" | "ES256" = "ES256") {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = { ...await exportJWK(publicKey), kid, alg, use: "sig" };
  const sign = (claims: Record<string, unknown> = {}) =>
    new SignJWT({ roles: ["client"], ...claims })
      .setProtectedHeader({ alg, kid })
      .setSubject("idp-user")
      .setExpirationTime("5m")
      .sign(privateKey);
  return { jwk, sign };
}

function rejectsWith(promise: Promise<unknown>, message: RegExp): Promise<void> {
  return assert.rejects(promise, (e: unknown) => e instanceof AuthError && message.test(e.message));
}

Deno.test("jwks: verifies with fetched keys, cached across tokens", async () => {
  const idp = startIdp();
  try {
    const a = await keyPair("a");
    const r = await keyPair("r", "RS256");
    idp.state.keys = [a.jwk, r.jwk];
    const verify = createVerifier({ jwksUrl: idp.url });
    assert.equal((await verify(await a.sign())).sub, "idp-user");
    assert.equal((await verify(await r.sign())).sub, "idp-user");
    for (let i = 0; i < 5; i++) await verify(await a.sign());
    assert.equal(idp.state.fetches, 1);
  } finally {
    await idp.stop();
  }
});

Deno.test("jwks: an unknown kid after rotation triggers one refresh", async () => {
  const idp = startIdp();
  try {
    const a = await keyPair("a");
    const b = await keyPair("b");
    idp.state.keys = [a.jwk];
    const verify = createVerifier({ jwksUrl: idp.url, jwks: { cooldownMs: 0 } });
    await verify(await a.sign());
    // The issuer rotates: b published, a retired.
    idp.state.keys = [b.jwk];
    // Several requests with the new kid at once share one refetch.
    const tokens = await Promise.all([b.sign(), b.sign(), b.sign()]);
    await Promise.all(tokens.map((t) => verify(t)));
    assert.equal(idp.state.fetches, 2);
    // Retired key: refused once a refresh shows it is gone.
    await rejectsWith(verify(await a.sign()), /^no signing key matches the token$/);
  } finally {
    await idp.stop();
  }
});

Deno.test("jwks: made-up kids inside the cooldown cause no extra fetches", async () => {
  const idp = startIdp();
  try {
    const a = await keyPair("a");
    idp.state.keys = [a.jwk];
    const verify = createVerifier({ jwksUrl: idp.url, jwks: { cooldownMs: 60_000 } });
    await verify(await a.sign());
    for (let i = 0; i < 20; i++) {
      const forged = await keyPair(`forged-${i}`);
      await rejectsWith(verify(await forged.sign()), /^no signing key matches the token$/);
    }
    assert.equal(idp.state.fetches, 1);
    // A kid that *is* in the set but with someone else's signature.
    const impostor = await keyPair("a");
    await rejectsWith(verify(await impostor.sign()), /^token signature is invalid$/);
  } finally {
    await idp.stop();
  }
});

Deno.test("jwks: the key set is unavailable → refused, and it recovers", async () => {
  const idp = startIdp();
  try {
    const a = await keyPair("a");
    idp.state.keys = [a.jwk];
    idp.state.status = 500;
    const verify = createVerifier({ jwksUrl: idp.url });
    await rejectsWith(verify(await a.sign()), /^signing keys are unavailable$/);
    idp.state.status = 200;
    assert.equal((await verify(await a.sign())).sub, "idp-user");
  } finally {
    await idp.stop();
  }
  // Nobody listening any more.
  const gone = createVerifier({ jwksUrl: idp.url, jwks: { timeoutMs: 1000 } });
  const a = await keyPair("a");
  await rejectsWith(gone(await a.sign()), /^signing keys are unavailable$/);
});

Deno.test("jwks: HS256 and alg none never reach the key set; audience applies", async () => {
  const idp = startIdp();
  try {
    const a = await keyPair("a");
    idp.state.keys = [a.jwk];
    const verify = createVerifier({ jwksUrl: idp.url, audience: "switchboard" });
    const hs = await signToken("x".repeat(40), { sub: "x", roles: ["admin"] }, 60);
    await rejectsWith(verify(hs), /^token algorithm not allowed$/);
    const [, body] = (await a.sign({ aud: "switchboard" })).split(".");
    const none = `${btoa('{"alg":"none","kid":"a"}').replace(/=+$/, "")}.${body}.`;
    await rejectsWith(verify(none), /^token algorithm not allowed$/);
    await rejectsWith(verify(await a.sign()), /token claim 'aud' is invalid: missing/);
    assert.equal((await verify(await a.sign({ aud: "switchboard" }))).sub, "idp-user");
    assert.equal(idp.state.fetches, 1, "refused algorithms cost no fetch");
  } finally {
    await idp.stop();
  }
});

Deno.test("jwks: only https, or http to loopback", () => {
  assert.throws(() => remoteJwks({ url: "http://idp.example/jwks" }), /must use https/);
  assert.throws(() => remoteJwks({ url: "ftp://idp.example/jwks" }), /must use https/);
  remoteJwks({ url: "https://idp.example/.well-known/jwks.json" });
  remoteJwks({ url: "http://localhost:8080/jwks" });
  remoteJwks({ url: "http://[::1]:8080/jwks" });
  assert.throws(() => remoteJwks({ url: "https://idp.example", cooldownMs: -1 }));
});
