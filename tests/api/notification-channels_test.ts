import assert from "node:assert/strict";
import { startTestNode, type TestNode } from "../support/node.ts";
import { startReceiver } from "../support/webhook-receiver.ts";
import { waitFor } from "../support/time.ts";
import { verifyWebhookSignature } from "../../src/security/webhook-signature.ts";

const SECRET = "a-webhook-secret-of-some-length";

async function json(res: Response) {
  return await res.json();
}

async function post(t: TestNode, token: string, body: unknown) {
  return await t.call("/api/v1/notification-channels", {
    method: "POST",
    token,
    body: JSON.stringify(body),
  });
}

Deno.test("notification channels: created, listed and deleted; the secret never comes back", async () => {
  const t = await startTestNode();
  try {
    const ops = await t.token("op", ["operator"]);
    const res = await post(t, ops, {
      id: "ops-hook",
      name: "ops",
      type: "webhook",
      url: "https://hooks.example.com/alerts",
      secret: SECRET,
    });
    assert.equal(res.status, 201);
    const created = await json(res);
    assert.deepEqual({ ...created, createdAt: "" }, {
      id: "ops-hook",
      name: "ops",
      type: "webhook",
      url: "https://hooks.example.com/alerts",
      signed: true,
      createdAt: "",
    });
    const list = await json(await t.call("/api/v1/notification-channels", { token: ops }));
    assert.deepEqual(list.items.map((c: { id: string }) => c.id), ["ops-hook"]);
    assert.ok(!JSON.stringify(list).includes(SECRET));
    // The log holds the secret sealed: auditors see ciphertext only.
    const auditor = await t.token("audit", ["auditor"]);
    const log = await (await t.call("/api/v1/events?type=notificationChannel.created", {
      token: auditor,
    })).text();
    assert.ok(!log.includes(SECRET), "the plain secret is in no event");
    assert.match(log, /"sealedSecret":"v1\.sbjwt\./);
    // A second channel under the same id is a conflict.
    const again = await post(t, ops, {
      id: "ops-hook",
      name: "x",
      type: "webhook",
      url: "https://hooks.example.com/b",
    });
    assert.equal(again.status, 409);
    assert.equal((await json(again)).error.code, "channel_exists");
    // Its deliveries: none yet; a bad query or path is a 400 naming the field.
    const none = await json(
      await t.call("/api/v1/notification-channels/ops-hook/deliveries", { token: ops }),
    );
    assert.deepEqual(none, { items: [] });
    for (
      const [path, pattern] of [
        ["/ops-hook/deliveries?limit=0", /query\.limit/],
        ["/ops-hook/deliveries?colour=red", /colour/],
        ["/bad%20id/deliveries", /path\.id/],
      ] as const
    ) {
      const res = await t.call(`/api/v1/notification-channels${path}`, { token: ops });
      assert.equal(res.status, 400, path);
      assert.match((await json(res)).error.message, pattern);
    }
    const unknown = await t.call("/api/v1/notification-channels/nope/deliveries", { token: ops });
    assert.equal(unknown.status, 404);
    await unknown.body?.cancel();
    const gone = await t.call("/api/v1/notification-channels/ops-hook", {
      method: "DELETE",
      token: ops,
    });
    assert.deepEqual(await json(gone), { id: "ops-hook", deleted: true });
    const after = await json(await t.call("/api/v1/notification-channels", { token: ops }));
    assert.deepEqual(after.items, []);
    const missing = await t.call("/api/v1/notification-channels/ops-hook", {
      method: "DELETE",
      token: ops,
    });
    assert.equal(missing.status, 404);
    await missing.body?.cancel();
  } finally {
    await t.stop();
  }
});

Deno.test("notification channels: bad input is a 400 naming the field", async () => {
  const t = await startTestNode();
  try {
    const ops = await t.token("op", ["operator"]);
    const base = { name: "x", type: "webhook", url: "https://hooks.example.com/a" };
    const cases: [unknown, RegExp][] = [
      [{ ...base, url: "not a url" }, /body\.url/],
      [{ ...base, url: "ftp://hooks.example.com/a" }, /body\.url/],
      [{ ...base, url: "file:///etc/passwd" }, /body\.url/],
      [{ ...base, url: "http://169.254.169.254/latest/meta-data/" }, /body\.url: .*169\.254/],
      [{ ...base, url: "http://metadata.google.internal/" }, /body\.url: .*metadata/],
      [{ ...base, url: "https://user:pw@hooks.example.com/" }, /body\.url: credentials/],
      [{ ...base, type: "email" }, /body\.type/],
      [{ ...base, secret: "short" }, /body\.secret/],
      [{ ...base, colour: "red" }, /colour/],
      [{ ...base, name: 7 }, /body\.name/],
      [{ type: "webhook", url: base.url }, /body\.name/],
    ];
    for (const [body, pattern] of cases) {
      const res = await post(t, ops, body);
      const error = (await json(res)).error;
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(error.message, pattern, JSON.stringify(body));
    }
  } finally {
    await t.stop();
  }
});

Deno.test("notification channels: the allowlist limits targets", async () => {
  const t = await startTestNode({ SWITCHBOARD_NOTIFY_ALLOWED_HOSTS: "hooks.example.com" });
  try {
    const ops = await t.token("op", ["operator"]);
    const ok = await post(t, ops, {
      name: "a",
      type: "webhook",
      url: "https://hooks.example.com/",
    });
    assert.equal(ok.status, 201);
    await ok.body?.cancel();
    const refused = await post(t, ops, { name: "b", type: "webhook", url: "http://127.0.0.1:1/" });
    assert.equal(refused.status, 400);
    assert.match(
      (await json(refused)).error.message,
      /body\.url: 127\.0\.0\.1 is not in the allowed hosts/,
    );
  } finally {
    await t.stop();
  }
});

/** What the alert evaluator writes (events/alert.ts), appended here without it. */
async function raise(t: TestNode, alertId: string, channels: string[]) {
  const at = new Date().toISOString();
  await t.node.store.append(`alertrule-r-${alertId}`, [{
    type: "alertRule.created",
    data: {
      ruleId: `r-${alertId}`,
      rule: {
        name: "AgentDown",
        metric: "agent_unhealthy",
        op: ">",
        threshold: 0,
        forSeconds: 0,
        severity: "critical",
        channels,
      },
      source: "api",
      at,
    },
  }]);
  await t.node.store.append(`alert-${alertId}`, [{
    type: "alert.raised",
    data: {
      alertId,
      ruleId: `r-${alertId}`,
      fingerprint: "00000000000000ab",
      labels: { agentId: "agent-7" },
      annotations: { summary: "agent-7 is unhealthy" },
      severity: "critical",
      value: 1,
      startsAt: at,
      at,
    },
  }]);
  t.node.store.notify();
}

Deno.test("notifier over real sockets: signed POST, recorded attempts, retry after a 500", async () => {
  let failFirst = true;
  const receiver = startReceiver((r) => {
    if (r.path === "/flaky" && failFirst) {
      failFirst = false;
      return new Response("down", { status: 500 });
    }
    return new Response("ok");
  });
  const t = await startTestNode();
  try {
    const ops = await t.token("op", ["operator"]);
    for (const id of ["good", "flaky"]) {
      const res = await post(t, ops, {
        id,
        name: `${id} receiver`,
        type: "webhook",
        url: `${receiver.url}/${id}`,
        secret: SECRET,
      });
      assert.equal(res.status, 201);
      await res.body?.cancel();
    }
    await raise(t, "alert-1", ["good", "flaky"]);
    await waitFor(() => receiver.received.length >= 3, "one POST to good, two to flaky");
    const good = receiver.received.find((r) => r.path === "/good")!;
    assert.equal(
      await verifyWebhookSignature(SECRET, good.body, good.headers.get("x-switchboard-signature")),
      true,
    );
    const body = JSON.parse(good.body);
    assert.equal(body.version, "4");
    assert.equal(body.status, "firing");
    assert.equal(body.receiver, "good receiver");
    assert.equal(body.alerts[0].labels.agentId, "agent-7");
    assert.equal(body.alerts[0].fingerprint, "00000000000000ab");
    const flaky = receiver.received.filter((r) => r.path === "/flaky");
    assert.ok(flaky[1]!.at - flaky[0]!.at >= 900, "the retry waited for its back-off");
    const deliveries = async (id: string) =>
      (await json(await t.call(`/api/v1/notification-channels/${id}/deliveries`, { token: ops })))
        .items;
    await waitFor(async () => (await deliveries("flaky")).length === 2, "two attempts recorded");
    const attempts = await deliveries("flaky");
    assert.deepEqual(
      attempts.map((a: { attempt: number; outcome: string; httpStatus: number }) => [
        a.attempt,
        a.outcome,
        a.httpStatus,
      ]),
      [[2, "delivered", 200], [1, "failed", 500]],
    );
  } finally {
    await t.stop();
    await receiver.stop();
  }
});
