import assert from "node:assert/strict";
import { ChannelSecrets } from "../../src/security/channel-secrets.ts";
import { signWebhookBody, verifyWebhookSignature } from "../../src/security/webhook-signature.ts";

const jwtSecret = "j".repeat(40);
const dataKey = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));

Deno.test("channel secrets: sealed, bound to the channel, never in the envelope", async () => {
  const secrets = (await ChannelSecrets.create({ jwtSecret }))!;
  const sealed = await secrets.seal("c1", "hunter2-hunter2");
  assert.ok(sealed.startsWith("v1.sbjwt."));
  assert.ok(!sealed.includes("hunter2"));
  assert.equal(await secrets.open("c1", sealed), "hunter2-hunter2");
  await assert.rejects(() => secrets.open("c2", sealed), /cannot be opened/);
  // Another node of the cluster, same JWT secret: opens it.
  assert.equal(
    await (await ChannelSecrets.create({ jwtSecret }))!.open("c1", sealed),
    "hunter2-hunter2",
  );
  // Another JWT secret: cannot.
  const other = (await ChannelSecrets.create({ jwtSecret: "o".repeat(40) }))!;
  await assert.rejects(() => other.open("c1", sealed));
});

Deno.test("channel secrets: a data key seals, and still opens what the derived key sealed", async () => {
  const before = (await ChannelSecrets.create({ jwtSecret }))!;
  const old = await before.seal("c1", "old-secret");
  const secrets = (await ChannelSecrets.create({ jwtSecret, dataKey }))!;
  const sealed = await secrets.seal("c1", "new-secret");
  assert.ok(sealed.startsWith("v1.k1."));
  assert.equal(await secrets.open("c1", sealed), "new-secret");
  assert.equal(await secrets.open("c1", old), "old-secret");
  assert.equal(await ChannelSecrets.create({}), undefined);
});

Deno.test("webhook signature: HMAC-SHA256 hex, verified in constant time", async () => {
  // RFC 4231 test case 2.
  const header = await signWebhookBody("Jefe", "what do ya want for nothing?");
  assert.equal(
    header,
    "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
  );
  assert.equal(await verifyWebhookSignature("Jefe", "what do ya want for nothing?", header), true);
  assert.equal(await verifyWebhookSignature("Jefe", "what do ya want for nothing!", header), false);
  assert.equal(await verifyWebhookSignature("Jefe", "x", null), false);
});
