import assert from "node:assert/strict";
import { WebhookTargetGuard } from "../../../src/security/webhook-target.ts";
import { fetchSender } from "../../../src/runtime/notifications/webhook-sender.ts";
import { startReceiver } from "../../support/webhook-receiver.ts";

Deno.test("webhook sender: POSTs the body and headers; redirects are not followed", async () => {
  const receiver = startReceiver((r) =>
    r.path === "/moved"
      ? new Response(null, { status: 302, headers: { location: "http://169.254.169.254/" } })
      : new Response("ok")
  );
  try {
    const sender = fetchSender(new WebhookTargetGuard());
    const sent = await sender.post(`${receiver.url}/hook`, '{"a":1}', { "x-test": "1" }, 2_000);
    assert.deepEqual(sent, { status: 200 });
    assert.equal(receiver.received[0]!.body, '{"a":1}');
    assert.equal(receiver.received[0]!.headers.get("x-test"), "1");
    assert.equal(receiver.received[0]!.headers.get("content-type"), "application/json");
    const moved = await sender.post(`${receiver.url}/moved`, "{}", {}, 2_000);
    assert.deepEqual(moved, { status: 302 });
    assert.equal(receiver.received.length, 2, "the redirect was not followed");
  } finally {
    await receiver.stop();
  }
});

Deno.test("webhook sender: a receiver that does not answer is cut at the timeout", async () => {
  let release!: () => void;
  const hung = new Promise<void>((resolve) => release = resolve);
  const receiver = startReceiver(async () => {
    await hung;
    return new Response("late");
  });
  try {
    const started = Date.now();
    const result = await fetchSender(new WebhookTargetGuard()).post(receiver.url, "{}", {}, 300);
    assert.deepEqual(result, { error: "timed out after 300 ms" });
    assert.ok(Date.now() - started < 3_000);
  } finally {
    release();
    await receiver.stop();
  }
});

Deno.test("webhook sender: a name resolving to a metadata address is refused before connecting", async () => {
  const sender = fetchSender(new WebhookTargetGuard(), () => Promise.resolve(["169.254.169.254"]));
  const result = await sender.post("http://rebind.example/", "{}", {}, 1_000);
  assert.equal("error" in result && result.permanent, true);
  assert.match((result as { error: string }).error, /refused target: 169\.254\.169\.254/);
  const unresolvable = fetchSender(new WebhookTargetGuard(), () => Promise.resolve([]));
  assert.deepEqual(await unresolvable.post("http://nowhere.example/", "{}", {}, 1_000), {
    error: "cannot resolve nowhere.example",
  });
  // With an allowlist of addresses, a name is judged by what it resolves to.
  const guarded = fetchSender(
    new WebhookTargetGuard(["10.0.0.0/8"]),
    () => Promise.resolve(["8.8.8.8"]),
  );
  const outside = await guarded.post("http://elsewhere.example/", "{}", {}, 1_000);
  assert.match((outside as { error: string }).error, /not in the allowed hosts/);
});
