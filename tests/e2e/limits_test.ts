import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { putConfig } from "../support/config.ts";
import { startTestNode } from "../support/node.ts";
import { pause } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";

Deno.test("limits: API rate limits trip with 429 and recover; connect limits trip with 4008; changed at run time without dropping live sockets", async () => {
  const sb = await startNodeWithFleet(1);
  try {
    const live = new TestClient(sb.wsUrl("capability=echo"));
    await live.opened;

    const changed = await putConfig(sb, (c) => {
      c.limits.apiRequestsPerIdentity = { rate: 2, burst: 3 };
      c.limits.connectsPerIdentity = { rate: 1, burst: 1 };
    });
    assert.equal(changed.status, 200);

    const operator = await sb.t.token("ops", ["operator"]);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await sb.t.call("/api/v1/routing", { token: operator });
      statuses.push(res.status);
      if (res.status === 429) {
        const body = await res.json();
        assert.equal(body.error.code, "rate_limited");
      } else await res.body?.cancel();
    }
    assert.deepEqual(statuses.slice(0, 3), [200, 200, 200]);
    assert.ok(statuses.slice(3).includes(429), `statuses ${statuses}`);
    await pause(1100); // measures real time: the bucket refills over a real second
    const recovered = await sb.t.call("/api/v1/routing", { token: operator });
    assert.equal(recovered.status, 200);
    await recovered.body?.cancel();

    // The client identity has used its one connect: the next is refused with 4008.
    const second = new TestClient(sb.wsUrl("capability=echo"));
    await second.opened.then(() => {}, () => {});
    const third = new TestClient(sb.wsUrl("capability=echo"));
    const refused = await Promise.race([second.closed, third.closed]);
    assert.equal(refused.code, 4008);
    await Promise.all([second.close(), third.close()]);

    // The session opened before the change still relays.
    live.ws.send("still here");
    await live.until(() => live.frames.length === 1, "the live session relays");
    await live.close();
  } finally {
    await sb.stop();
  }
});

Deno.test("limits: address lists refuse /ws (4003) and /api (403) by CIDR; a bad CIDR is a 400 naming the entry", async () => {
  const sb = await startNodeWithFleet(1);
  try {
    const bad = await putConfig(sb, (c) => {
      c.access.ws.deny = ["not-a-cidr"];
    });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /access\.ws\.deny\[0\]/);

    const denied = await putConfig(sb, (c) => {
      c.access.ws.deny = ["127.0.0.0/8", "::1/128"];
      c.access.api.allow = ["10.0.0.0/8"];
      c.access.api.deny = [];
    });
    assert.equal(denied.status, 200);
    const ws = new TestClient(sb.wsUrl("capability=echo"));
    const closed = await ws.closed;
    assert.equal(closed.code, 4003);
    assert.match(closed.reason, /denied by 127\.0\.0\.0\/8/);

    const admin = await sb.t.token("root", ["admin"]);
    const api = await sb.t.call("/api/v1/routing", { token: admin });
    assert.equal(api.status, 403);
    assert.equal((await api.json()).error.code, "address_denied");
    // Health stays reachable: it is outside /api.
    const health = await fetch(`${sb.t.url}/healthz`);
    assert.equal(health.status, 200);
    await health.body?.cancel();
  } finally {
    await sb.stop();
  }
});

Deno.test("limits: a session sending frames faster than its rate is closed with 4008; others keep relaying", async () => {
  const sb = await startNodeWithFleet(1);
  try {
    const changed = await putConfig(sb, (c) => {
      c.limits.framesPerSession = { rate: 20, burst: 20 };
    });
    assert.equal(changed.status, 200);
    const calm = new TestClient(sb.wsUrl("capability=echo"));
    const flood = new TestClient(sb.wsUrl("capability=echo"));
    await Promise.all([calm.opened, flood.opened]);
    for (let i = 0; i < 200; i++) flood.ws.send(`f${i}`);
    const closed = await flood.closed;
    assert.equal(closed.code, 4008);
    assert.match(closed.reason, /frame rate/);
    calm.ws.send("calm");
    await calm.until(() => calm.frames.length === 1, "the calm session relays");
    await calm.close();
  } finally {
    await sb.stop();
  }
});

Deno.test("limits: a request head over the limit gets 431 on a keep-alive connection's later requests too", async () => {
  const t = await startTestNode();
  try {
    const { hostname, port } = new URL(t.url);
    const conn = await Deno.connect({ hostname, port: Number(port) });
    const small = `GET /healthz HTTP/1.1\r\nhost: ${hostname}\r\n\r\n`;
    // The first request passes the front door's own check; the second goes straight to the app.
    const big = `GET /healthz HTTP/1.1\r\nhost: ${hostname}\r\nx-big: ${
      "a".repeat(20_000)
    }\r\n\r\n`;
    await conn.write(new TextEncoder().encode(small + big));
    let text = "";
    const buf = new Uint8Array(65536);
    // Without the check the second request would be served (200) and the connection kept open.
    const deadline = setTimeout(() => conn.close(), 5_000);
    for (;;) {
      const n = await conn.read(buf).catch(() => null);
      if (n === null) break;
      text += new TextDecoder().decode(buf.subarray(0, n));
      if (/HTTP\/1\.1 431[\s\S]*\}$/.test(text)) break;
    }
    clearTimeout(deadline);
    try {
      conn.close();
    } catch { /* closed at the deadline */ }
    const statuses = [...text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
    assert.deepEqual(statuses, [200, 431]);
    assert.match(text, /"code":"headers_too_large"/);
  } finally {
    await t.stop();
  }
});
