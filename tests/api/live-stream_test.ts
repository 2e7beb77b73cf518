import assert from "node:assert/strict";
import { startTestNode } from "../support/node.ts";

interface Sse {
  event: string;
  // deno-lint-ignore no-explicit-any
  data: any;
}

/** Reads server-sent events until `match` accepts one (or the deadline). */
async function nextMatching(
  reader: ReadableStreamDefaultReader<string>,
  buffer: { text: string },
  match: (e: Sse) => boolean,
  timeoutMs = 10_000,
): Promise<Sse> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    let end: number;
    while ((end = buffer.text.indexOf("\n\n")) >= 0) {
      const block = buffer.text.slice(0, end);
      buffer.text = buffer.text.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (!event || data === undefined) continue;
      const parsed = { event, data: JSON.parse(data) };
      if (match(parsed)) return parsed;
    }
    const { value, done } = await reader.read();
    if (done) break;
    buffer.text += value;
  }
  throw new Error("no matching server-sent event in time");
}

Deno.test("stream: one SSE feed pushes the registry and what changed as agents come and drain", async () => {
  const t = await startTestNode();
  const controller = new AbortController();
  try {
    const operator = await t.token("olga", ["operator"]);
    const res = await t.call("/api/v1/stream", { token: operator, signal: controller.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const buffer = { text: "" };
    const history = await nextMatching(reader, buffer, (e) => e.event === "history");
    assert.ok(Array.isArray(history.data.items));
    const first = await nextMatching(reader, buffer, (e) => e.event === "fleet");
    assert.equal(typeof first.data.summary.sessions.live, "number");

    const reg = await t.call("/api/v1/agents", {
      method: "POST",
      token: await t.token("root", ["admin"]),
      body: JSON.stringify({
        id: "live-a1",
        name: "echo-live",
        host: "127.0.0.1",
        port: 8801,
        agentType: "echo",
        capabilities: ["echo"],
      }),
    });
    assert.equal(reg.status, 201);
    await reg.body?.cancel();
    const seen = await nextMatching(
      reader,
      buffer,
      (e) =>
        e.event === "fleet" && e.data.changed.includes("agents") &&
        e.data.agents.some((a: { id: string }) => a.id === "live-a1"),
    );
    assert.equal(seen.data.summary.agents.total, 1);

    const drain = await t.call("/api/v1/agents/live-a1/drain", { method: "POST", token: operator });
    await drain.body?.cancel();
    await nextMatching(
      reader,
      buffer,
      (e) =>
        e.event === "fleet" &&
        e.data.agents.some((a: { id: string; status: string }) =>
          a.id === "live-a1" && a.status === "draining"
        ),
    );
    const client = await t.token("c", ["client"]);
    const refused = await t.call("/api/v1/stream", { token: client });
    assert.equal(refused.status, 403);
    await refused.body?.cancel();
  } finally {
    controller.abort();
    await t.stop();
  }
});

Deno.test("config history: every version newest first, with who changed it", async () => {
  const t = await startTestNode();
  try {
    const admin = await t.token("root", ["admin"]);
    const current = await (await t.call("/api/v1/config", { token: admin })).json();
    for (const size of [65536, 131072]) {
      const config = structuredClone(current.config);
      config.limits.frameMaxBytes = size;
      const put = await t.call("/api/v1/config", {
        method: "PUT",
        token: admin,
        body: JSON.stringify({ config }),
      });
      assert.equal(put.status, 200);
      await put.body?.cancel();
    }
    const res = await t.call("/api/v1/config/history", { token: admin });
    assert.equal(res.status, 200);
    const { items } = await res.json();
    assert.deepEqual(items.map((i: { version: number }) => i.version), [2, 1]);
    assert.equal(items[0].config.limits.frameMaxBytes, 131072);
    assert.equal(items[1].config.limits.frameMaxBytes, 65536);
    assert.equal(items[0].by, "root");
    const bad = await t.call("/api/v1/config/history?limit=0", { token: admin });
    assert.equal(bad.status, 400);
    await bad.body?.cancel();
  } finally {
    await t.stop();
  }
});
