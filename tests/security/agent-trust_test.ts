import assert from "node:assert/strict";
import { exportPKCS8, exportSPKI, generateKeyPair, SignJWT } from "jose";
import { startAgent } from "../../src/agent/sdk.ts";
import { echo } from "../../src/agent/demo-echo.ts";
import { AuthError, signToken } from "../../src/auth/jwt.ts";
import {
  DIAL_AUDIENCE,
  edgeDialVerifier,
  POOL_SUBJECT,
  signDialToken,
  verifyDialToken,
} from "../../src/security/agent-trust.ts";
import { memoryLogger, rawUpgrade, TestClient } from "../agent/ws-client.ts";

const SECRET = "dial-secret-".padEnd(48, "x");
const ec = await generateKeyPair("ES256", { extractable: true });
const ecPrivatePem = await exportPKCS8(ec.privateKey);
const ecPublicPem = await exportSPKI(ec.publicKey);

function rejectsAuth(promise: Promise<unknown>, message: RegExp, code = "unauthorized") {
  return assert.rejects(
    promise,
    (e: unknown) => e instanceof AuthError && e.code === code && message.test(e.message),
  );
}

Deno.test("dial token: HS256, PEM pair and CryptoKey pair round trips", async () => {
  const claims = { sessionId: "s-1", agentId: "echo-1" };
  const hs = await signDialToken({ secret: SECRET, ...claims });
  const got = await verifyDialToken(hs, { secret: SECRET, agentId: "echo-1" });
  assert.equal(got.sessionId, "s-1");
  assert.equal(got.agentId, "echo-1");
  assert.ok(got.exp - Date.now() / 1000 <= 30 && got.exp - Date.now() / 1000 > 25);

  const pem = await signDialToken({ privateKey: ecPrivatePem, ...claims });
  assert.equal(
    (await verifyDialToken(pem, { publicKey: ecPublicPem, agentId: "echo-1" })).sessionId,
    "s-1",
  );
  const ck = await signDialToken({ privateKey: ec.privateKey, ...claims, ttlSeconds: 5 });
  await verifyDialToken(ck, { publicKey: ec.publicKey, agentId: "echo-1" });
  await verifyDialToken(ck, { publicKey: ecPublicPem, agentId: "echo-1" });
});

Deno.test("dial token: expired beyond 5 s of skew is refused; within it, accepted", async () => {
  const past = (s: number) => new Date(Date.now() - s * 1000);
  const old = await signDialToken({
    secret: SECRET,
    sessionId: "s",
    agentId: "a",
    ttlSeconds: 30,
    now: past(40),
  });
  await rejectsAuth(verifyDialToken(old, { secret: SECRET, agentId: "a" }), /^dial token expired$/);
  const justExpired = await signDialToken({
    secret: SECRET,
    sessionId: "s",
    agentId: "a",
    ttlSeconds: 30,
    now: past(33),
  });
  await verifyDialToken(justExpired, { secret: SECRET, agentId: "a" });
  // Injected verification time works too.
  const fresh = await signDialToken({ secret: SECRET, sessionId: "s", agentId: "a" });
  await rejectsAuth(
    verifyDialToken(fresh, { secret: SECRET, agentId: "a", now: new Date(Date.now() + 60_000) }),
    /expired/,
  );
});

Deno.test("dial token: wrong agent, wrong audience, user tokens, forged lifetimes", async () => {
  const token = await signDialToken({ secret: SECRET, sessionId: "s", agentId: "echo-1" });
  await rejectsAuth(
    verifyDialToken(token, { secret: SECRET, agentId: "echo-2" }),
    /^dial token is for another agent$/,
    "forbidden",
  );
  const key = new TextEncoder().encode(SECRET);
  const iat = Math.floor(Date.now() / 1000);
  const forged = (aud: string, claims: Record<string, unknown> = {}) =>
    new SignJWT({ agent: "echo-1", ...claims }).setProtectedHeader({ alg: "HS256" })
      .setAudience(aud).setSubject("s").setIssuedAt(iat).setExpirationTime(iat + 30).sign(key);
  await rejectsAuth(
    verifyDialToken(await forged("switchboard-client"), { secret: SECRET, agentId: "echo-1" }),
    /claim 'aud' is invalid/,
  );
  // A client/admin JWT under the same secret is not a dial token.
  const userToken = await signToken(SECRET, { sub: "s", roles: ["admin"] }, 30);
  await rejectsAuth(
    verifyDialToken(userToken, { secret: SECRET, agentId: "echo-1" }),
    /claim 'aud' is invalid/,
  );
  // Issued too long ago to still be a dial, whatever exp says.
  const stale = await new SignJWT({ agent: "echo-1" }).setProtectedHeader({ alg: "HS256" })
    .setAudience(DIAL_AUDIENCE).setSubject("s").setIssuedAt(iat - 600)
    .setExpirationTime(iat + 600).sign(key);
  await rejectsAuth(
    verifyDialToken(stale, { secret: SECRET, agentId: "echo-1" }),
    /^dial token expired$/,
  );
  const noIat = await new SignJWT({ agent: "echo-1" }).setProtectedHeader({ alg: "HS256" })
    .setAudience(DIAL_AUDIENCE).setSubject("s").setExpirationTime(iat + 30).sign(key);
  await rejectsAuth(verifyDialToken(noIat, { secret: SECRET, agentId: "echo-1" }), /'iat'/);
  // Wrong signature.
  const other = await signDialToken({ secret: "z".repeat(40), sessionId: "s", agentId: "echo-1" });
  await rejectsAuth(verifyDialToken(other, { secret: SECRET, agentId: "echo-1" }), /invalid/);
});

Deno.test("dial token: alg none and HS256-with-the-public-key are refused", async () => {
  const real = await signDialToken({ privateKey: ecPrivatePem, sessionId: "s", agentId: "a" });
  const [, body] = real.split(".");
  const none = `${btoa('{"alg":"none"}').replace(/=+$/, "")}.${body}.`;
  await rejectsAuth(
    verifyDialToken(none, { publicKey: ecPublicPem, agentId: "a" }),
    /algorithm not allowed/,
  );
  const confused = await signDialToken({ secret: ecPublicPem, sessionId: "s", agentId: "a" });
  await rejectsAuth(
    verifyDialToken(confused, { publicKey: ecPublicPem, agentId: "a" }),
    /algorithm not allowed/,
  );
});

Deno.test("dial token: bad inputs fail loudly at the call", async () => {
  await assert.rejects(
    signDialToken({ secret: "short", sessionId: "s", agentId: "a" }),
    /at least 32 characters/,
  );
  await assert.rejects(
    signDialToken({ secret: SECRET, sessionId: "s", agentId: "a", ttlSeconds: 3600 }),
    /ttlSeconds must be 1\.\.300/,
  );
  await assert.rejects(
    signDialToken({ privateKey: ecPublicPem, sessionId: "s", agentId: "a" }),
    /expected a PRIVATE KEY PEM, got PUBLIC KEY/,
  );
  assert.throws(() => edgeDialVerifier({ secret: "short", agentId: "a" }), /at least 32/);
  assert.throws(() => edgeDialVerifier({ publicKey: "junk", agentId: "a" }), /PUBLIC KEY PEM/);
});

Deno.test("edgeDialVerifier: binds the token to the dial's session or to the pool", async () => {
  const refusals: string[] = [];
  let id: string | undefined;
  const verify = edgeDialVerifier({
    publicKey: ecPublicPem,
    agentId: () => id,
    onRefused: (r) => refusals.push(r),
  });
  const token = (sessionId: string, agentId = "echo-1") =>
    signDialToken({ privateKey: ecPrivatePem, sessionId, agentId });
  const dial = async (query: string, sessionId: string, headers: Record<string, string> = {}) =>
    await verify(
      new Request(`http://agent/${query}`, {
        headers: { authorization: `Bearer ${await token(sessionId)}`, ...headers },
      }),
    );
  assert.equal(await dial("?session=s1", "s1"), false, "id not known yet");
  id = "echo-1";
  assert.equal(await dial("?session=s1", "s1"), true);
  assert.equal(await dial("", "s1", { "x-switchboard-session": "s1" }), true);
  assert.equal(await dial("?session=s2", "s1"), false);
  assert.equal(await dial("?pool=1", POOL_SUBJECT), true);
  assert.equal(await dial("?pool=1", "s1"), false);
  assert.equal(await dial("", "s1"), false, "a dial naming no session");
  assert.equal(await verify(new Request("http://agent/?session=s1")), false);
  id = "echo-2";
  assert.equal(await dial("?session=s1", "s1"), false);
  assert.deepEqual(refusals, [
    "agent id not known yet",
    "dial token is for another session",
    "dial token is for another session",
    "dial names no session",
    "no dial token",
    "dial token is for another agent",
  ]);
});

Deno.test("edgeDialVerifier in the agent SDK: only the edge's dials get through", async () => {
  const agent = await startAgent({
    name: "trusting",
    agentType: "echo",
    capabilities: ["echo"],
    id: "echo-7",
    onSession: echo,
    verifyDial: edgeDialVerifier({ secret: SECRET, agentId: "echo-7" }),
    logger: memoryLogger().logger,
  });
  try {
    assert.equal((await rawUpgrade(agent.port, "/?session=s1")).status, 401);
    const forOther = await signDialToken({ secret: SECRET, sessionId: "s1", agentId: "echo-8" });
    assert.equal(
      (await rawUpgrade(agent.port, "/?session=s1", { authorization: `Bearer ${forOther}` }))
        .status,
      403,
    );
    const good = await signDialToken({ secret: SECRET, sessionId: "s1", agentId: "echo-7" });
    const client = await TestClient.open(`${agent.url}?session=s1`, {
      headers: { authorization: `Bearer ${good}`, "x-switchboard-session": "s1" },
    });
    client.send("through the edge");
    assert.equal(await client.next(), "through the edge");
    await client.close();
    // The same token replayed for another session is refused.
    assert.equal(
      (await rawUpgrade(agent.port, `/?session=s2&access_token=${good}`)).status,
      403,
    );
  } finally {
    await agent.stop();
  }
});
