import assert from "node:assert/strict";
import { SecretBox, SecretBoxError } from "../../src/security/secret-box.ts";

const rawKey = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
const PASSPHRASE = "correct horse battery staple, and then some more words";

function rejectsBox(promise: Promise<unknown>, message: RegExp): Promise<void> {
  return assert.rejects(
    promise,
    (e: unknown) => e instanceof SecretBoxError && message.test(e.message),
  );
}

Deno.test("secret box: round trip, with and without associated data, unicode and empty", async () => {
  const box = await SecretBox.fromEnv(rawKey());
  for (const text of ["sbk_abc", "", "ünïcødé ✓ 🔑", "x".repeat(100_000)]) {
    const sealed = await box.seal(text);
    assert.match(sealed, /^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    assert.ok(!sealed.includes(text) || text === "");
    assert.equal(await box.open(sealed), text);
  }
  const bound = await box.seal("webhook-secret", "agent:echo-1");
  assert.equal(await box.open(bound, "agent:echo-1"), "webhook-secret");
});

Deno.test("secret box: every seal uses a fresh IV", async () => {
  const box = await SecretBox.fromEnv(rawKey());
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) seen.add((await box.seal("same")).split(".")[2]!);
  assert.equal(seen.size, 200);
});

Deno.test("secret box: any tampering is a clear error", async () => {
  const box = await SecretBox.fromEnv(rawKey());
  const sealed = await box.seal("top secret", "row-1");
  const [v, kid, iv, ct] = sealed.split(".") as [string, string, string, string];
  const flip = (s: string, i: number) =>
    s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
  const tampered = /tampered, wrong key material, or wrong associated data/;
  await rejectsBox(box.open(`${v}.${kid}.${iv}.${flip(ct, 3)}`, "row-1"), tampered);
  await rejectsBox(box.open(`${v}.${kid}.${flip(iv, 0)}.${ct}`, "row-1"), tampered);
  await rejectsBox(box.open(`${v}.${kid}.${iv}.${ct.slice(0, -4)}`, "row-1"), tampered);
  // Moved to another record, or read without its binding.
  await rejectsBox(box.open(sealed, "row-2"), tampered);
  await rejectsBox(box.open(sealed), tampered);
  // Malformed envelopes.
  await rejectsBox(box.open("v2.k1.aaaa.bbbb"), /unsupported envelope version v2/);
  await rejectsBox(box.open("plaintext"), /not a sealed secret/);
  await rejectsBox(box.open(`${v}.${kid}.${iv}`), /not a sealed secret/);
  await rejectsBox(box.open(`${v}.${kid}.${iv}.${ct}.extra`), /not a sealed secret/);
  await rejectsBox(box.open(`${v}.${kid}.AAAA.${ct}`), /not a sealed secret/);
  await rejectsBox(box.open(`${v}.${kid}.${iv}.A!B`), /not a sealed secret/);
  // The error never carries the plaintext.
  await assert.rejects(box.open(sealed, "x"), (e: Error) => !e.message.includes("top secret"));
});

Deno.test("secret box: a different key cannot open; the key id is authenticated too", async () => {
  const one = await SecretBox.fromEnv(rawKey());
  const other = await SecretBox.fromEnv(rawKey());
  const sealed = await one.seal("mine");
  await rejectsBox(other.open(sealed), /tampered, wrong key material/);
  // Relabelling an envelope to another configured key id fails, even when both ids hold the same key.
  const key = rawKey();
  const twins = await SecretBox.create([{ id: "a", secret: key }, { id: "b", secret: key }]);
  const underA = await twins.seal("x");
  await rejectsBox(twins.open(underA.replace(/^v1\.a\./, "v1.b.")), /tampered/);
});

Deno.test("secret box: rotation: new key seals, old key still opens, needsReseal finds old ones", async () => {
  const k1 = rawKey();
  const k2 = rawKey();
  const before = await SecretBox.fromEnv(`k1:${k1}`);
  const old = await before.seal("rotate me", "id-7");
  const after = await SecretBox.fromEnv(`k2:${k2}, k1:${k1}`);
  assert.equal(after.keyId, "k2");
  assert.equal(await after.open(old, "id-7"), "rotate me");
  assert.equal(after.needsReseal(old), true);
  const fresh = await after.seal(await after.open(old, "id-7"), "id-7");
  assert.match(fresh, /^v1\.k2\./);
  assert.equal(after.needsReseal(fresh), false);
  // Once k1 is retired, leftovers say which key they need.
  const retired = await SecretBox.fromEnv(`k2:${k2}`);
  await rejectsBox(retired.open(old, "id-7"), /sealed with key 'k1', which is not configured/);
  assert.equal(await retired.open(fresh, "id-7"), "rotate me");
});

Deno.test("secret box: keys from a passphrase (HKDF) are stable; weak input is refused", async () => {
  const a = await SecretBox.fromEnv(PASSPHRASE);
  const b = await SecretBox.fromEnv(`k1:${PASSPHRASE}`);
  assert.equal(await b.open(await a.seal("same key")), "same key");
  const c = await SecretBox.fromEnv("k1:" + "another passphrase of decent length!!");
  await rejectsBox(c.open(await a.seal("x")), /tampered, wrong key material/);
  // base64url keys work like standard ones.
  const raw = rawKey();
  const url = raw.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
  const std = await SecretBox.fromEnv(raw);
  assert.equal(await (await SecretBox.fromEnv(url)).open(await std.seal("y")), "y");

  await rejectsBox(SecretBox.fromEnv("short"), /32 bytes as base64 or a passphrase of at least 32/);
  await rejectsBox(SecretBox.fromEnv(""), /no keys configured/);
  await rejectsBox(SecretBox.fromEnv(`k1:${raw},k1:${rawKey()}`), /duplicate key id 'k1'/);
  await rejectsBox(SecretBox.fromEnv(`${raw},${rawKey()}`), /each entry must read id:secret/);
  // Labelled lists split only before the next id, so a passphrase may hold commas.
  const listed = await SecretBox.fromEnv(`new:${rawKey()}, k1:${PASSPHRASE}`);
  assert.equal(await listed.open(await a.seal("comma-safe")), "comma-safe");
  await rejectsBox(SecretBox.create([{ id: "bad id!", secret: raw }]), /key ids are/);
});
