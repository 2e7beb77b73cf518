import assert from "node:assert/strict";
import fc from "fast-check";
import { signToken } from "../../src/auth/jwt.ts";
import { newApiKey } from "../../src/auth/api-keys.ts";
import { redact, redactError } from "../../src/security/redact.ts";

const jwt = await signToken("r".repeat(40), { sub: "u", roles: ["client"] }, 60);
const { key: apiKey } = newApiKey();

Deno.test("redact: bearer credentials keep their scheme", () => {
  assert.equal(redact(`Authorization: Bearer ${jwt}`), "Authorization: Bearer [redacted]");
  assert.equal(redact(`authorization: bearer ${apiKey}`), "authorization: bearer [redacted]");
  assert.equal(redact("Authorization: Basic dXNlcjpwYXNz"), "Authorization: Basic [redacted]");
  assert.equal(redact("BEARER abcdef123456"), "BEARER [redacted]");
});

Deno.test("redact: JWTs anywhere, including unsigned and five-part ones", () => {
  assert.equal(redact(`token was ${jwt}, rejected`), "token was [redacted], rejected");
  assert.equal(redact(`[${jwt}]`), "[[redacted]]");
  const [h, p] = jwt.split(".");
  assert.equal(redact(`${h}.${p}.`), "[redacted]");
  assert.equal(redact(`jwe ${h}.a.b.c.d end`), "jwe [redacted] end");
});

Deno.test("redact: sbk_ API keys keep the prefix", () => {
  assert.equal(redact(`unknown key ${apiKey}`), "unknown key sbk_[redacted]");
  assert.ok(!redact(JSON.stringify({ key: apiKey })).includes(apiKey.slice(4)));
});

Deno.test("redact: token query values in URLs and forms", () => {
  assert.equal(
    redact(`GET /ws?capability=echo&access_token=${jwt}&session=s1`),
    "GET /ws?capability=echo&access_token=[redacted]&session=s1",
  );
  assert.equal(
    redact("ws://edge/ws?session=s1&resume_token=Zm9vYmFy#frag"),
    "ws://edge/ws?session=s1&resume_token=[redacted]#frag",
  );
  assert.equal(
    redact("refresh_token=abc&x=1 id_token=def"),
    "refresh_token=[redacted]&x=1 id_token=[redacted]",
  );
});

Deno.test("redact: token fields in JSON (session.opened carries a resume token)", () => {
  const frame = JSON.stringify({
    type: "session.opened",
    sessionId: "s1",
    resumeToken: 'tok"with\\escapes',
    agentId: "a",
  });
  assert.equal(
    redact(frame),
    '{"type":"session.opened","sessionId":"s1","resumeToken":"[redacted]","agentId":"a"}',
  );
  assert.equal(
    redact('{"password": "hunter2", "user": "x"}'),
    '{"password": "[redacted]", "user": "x"}',
  );
});

Deno.test("redact: ordinary text is left alone", () => {
  for (
    const text of [
      "missing bearer token",
      "Basic authentication failed",
      "agent echo-1 at api.example.com v1.2.3 took 12ms",
      "session s1 closed with 4008 rate limited",
      "eyJ alone is not a token",
      "",
    ]
  ) {
    assert.equal(redact(text), text);
  }
});

Deno.test("redact: redactError masks error messages", () => {
  assert.equal(redactError(new Error(`bad token ${jwt}`)), "bad token [redacted]");
  assert.equal(redactError(`key ${apiKey}`), "key sbk_[redacted]");
});

Deno.test("redact (property): an embedded credential never survives", () => {
  const secretish = fc.stringMatching(/^[A-Za-z0-9_-]{20,60}$/);
  const filler = fc.string({ maxLength: 40 }).map((s) => s.replace(/[A-Za-z0-9_.-]$/, " "));
  fc.assert(
    fc.property(filler, secretish, filler, fc.nat(4), (before, secret, after, kind) => {
      const planted = [
        `Bearer ${secret}1`,
        `sbk_${secret}`,
        `?access_token=${secret}`,
        `eyJhbGciOiJIUzI1NiJ9.${secret}.${secret}`,
        `"resumeToken":"${secret}"`,
      ][kind]!;
      const out = redact(`${before} ${planted} ${after}`);
      assert.ok(!out.includes(secret), out);
    }),
    { numRuns: 2000 },
  );
});

Deno.test("redact: fast on short strings and linear on long ones", () => {
  const line = "edge: session s-123 opened for client-7 on agent echo-2 (capability echo)";
  let started = performance.now();
  for (let i = 0; i < 100_000; i++) redact(line);
  const cleanUs = (performance.now() - started) / 100; // ms for 1e5 calls → µs per call
  started = performance.now();
  const dirty = `dial refused: Bearer ${jwt}`;
  for (let i = 0; i < 100_000; i++) redact(dirty);
  const dirtyUs = (performance.now() - started) / 100;
  assert.ok(
    cleanUs < 5 && dirtyUs < 20,
    `clean ${cleanUs.toFixed(2)} µs, dirty ${dirtyUs.toFixed(2)} µs`,
  );
  // Adversarial: long runs that almost match must not backtrack badly.
  started = performance.now();
  redact("Bearer " + "a".repeat(200_000));
  redact('"token":"' + "\\".repeat(200_000));
  redact("eyJ" + ".".repeat(200_000));
  assert.ok(performance.now() - started < 500);
});
