import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { putConfig } from "../support/config.ts";
import { waitFor } from "../support/time.ts";
import { wsClient } from "../support/ws-peers.ts";

/**
 * Issue 17's limits through a whole node: the rate limit counts messages,
 * so a 4 MB message in 256-byte fragments (what a browser's big send can
 * look like) is one message, not 4008; past `messagesPerSession` the next
 * message is refused; and a message over `messageMaxBytes` is 4009 however
 * fragmented, where each fragment is far under `frameMaxBytes`.
 */
function within<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing in 15 s`)), 15_000);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

Deno.test("message limits: one 4 MB message in 256-byte fragments passes the rate limit; the message rate and the message size still bite", async () => {
  const sb = await startNodeWithFleet(1);
  try {
    const changed = await putConfig(sb, (c) => {
      c.limits.messageMaxBytes = 4 << 20;
      c.limits.messagesPerSession = { rate: 1, burst: 5 };
    });
    assert.equal(changed.status, 200);
    const c = wsClient(sb.wsUrl("capability=echo"), false);
    await c.opened;
    await waitFor(() => c.control.length > 0, "session.opened");
    const fragment = new Uint8Array(256).fill(5);
    const total = 4 << 20;
    for (let sent = 256; sent < total; sent += 256) {
      c.ws.send(fragment, { fin: false, binary: true });
    }
    c.ws.send(fragment, { fin: true, binary: true });
    await waitFor(() => c.messages.length === 1, "the 4 MB echo", 30_000);
    assert.equal(c.messages[0], `bin:${total}:5`);
    // The bucket holds at most 5 (some refilled during the big one): 20 at once cannot all pass.
    for (let i = 0; i < 20; i++) c.ws.send(`m${i}`);
    const closed = await within(c.closed, "the 4008");
    assert.equal(closed.code, 4008);
    assert.match(closed.reason, /message rate limit exceeded/);
    assert.ok(c.messages.length <= 6, `${c.messages.length - 1} small messages got through`);

    // 4 MiB + 1 in 64 KiB fragments: every frame is small, the message is not.
    const big = wsClient(sb.wsUrl("capability=echo"), false);
    await big.opened;
    const chunk = new Uint8Array(64 << 10);
    for (let sent = 0; sent < total; sent += chunk.length) {
      big.ws.send(chunk, { fin: false, binary: true });
    }
    big.ws.send(new Uint8Array(1), { fin: true, binary: true });
    const refused = await within(big.closed, "the 4009");
    assert.equal(refused.code, 4009);
    assert.equal(refused.reason, `message larger than ${total} bytes (limits.messageMaxBytes)`);
    assert.equal(big.messages.length, 0);
  } finally {
    await sb.stop();
  }
});
