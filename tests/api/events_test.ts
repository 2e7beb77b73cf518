import assert from "node:assert/strict";
import type { Hono } from "hono";
import { apiApp } from "../../src/api/app.ts";
import type { AuthEnv } from "../../src/api/middleware/auth.ts";
import { eventsRoutes } from "../../src/api/routes/events.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import type { NewEvent, RecordedEvent } from "../../events/envelope.ts";
import { eachBackend, pgliteBackend } from "../projections/backends.ts";

/** The real API app with auth off (everyone is an anonymous admin): the error shape is the real one. */
function appFor(...v1: Hono<AuthEnv>[]): Hono {
  return apiApp({ auth: { enabled: false, verify: () => Promise.reject() }, readiness: {}, v1 });
}

function heartbeat(agentId: string, i: number): NewEvent {
  return {
    type: "agent.heartbeatReceived",
    data: { agentId, cpu: i % 100, at: new Date(Date.UTC(2026, 10, 25, 12, 0, i)).toISOString() },
  };
}

async function seed(store: EventStore, events: number, perAppend = 100): Promise<void> {
  for (let i = 0; i < events; i += perAppend) {
    const agentId = `a${(i / perAppend) % 3}`;
    const batch = Array.from(
      { length: Math.min(perAppend, events - i) },
      (_, k) => heartbeat(agentId, i + k),
    );
    await store.append(`agent-${agentId}`, batch);
  }
}

async function lines(response: Response): Promise<RecordedEvent[]> {
  const text = await response.text();
  return text === "" ? [] : text.trimEnd().split("\n").map((l) => JSON.parse(l));
}

eachBackend(
  "events route: NDJSON in global order, full envelopes, from inclusive, filters, limit",
  async ({ store }) => {
    {
      await seed(store, 30, 10);
      await store.append("session-s1", [{
        type: "session.detached",
        data: {
          sessionId: "s1",
          edgeId: "e",
          graceUntil: "2026-11-25T12:01:00.000Z",
          at: "2026-11-25T12:00:30.000Z",
        },
      }]);
      const app = appFor(eventsRoutes<AuthEnv>({ store }));
      const all = await store.readAll({ limit: 100 });

      const response = await app.request("/api/v1/events");
      assert.equal(response.status, 200);
      assert.match(response.headers.get("content-type")!, /^application\/x-ndjson/);
      assert.deepEqual(await lines(response), all);

      const from = all[5]!.position;
      const page = await lines(await app.request(`/api/v1/events?from=${from}&limit=3`));
      assert.deepEqual(page.map((e) => e.position), all.slice(5, 8).map((e) => e.position));

      const stream = await lines(await app.request("/api/v1/events?stream=agent-a1"));
      assert.deepEqual(
        stream.map((e) => e.position),
        all.filter((e) => e.streamId === "agent-a1").map((e) => e.position),
      );
      const typed = await lines(await app.request("/api/v1/events?type=session.detached"));
      assert.deepEqual(typed.map((e) => e.streamId), ["session-s1"]);
      const both = await lines(
        await app.request("/api/v1/events?type=session.detached,agent.heartbeatReceived&limit=100"),
      );
      assert.equal(both.length, 31);
      const repeated = await lines(
        await app.request("/api/v1/events?type=session.detached&type=agent.registered"),
      );
      assert.equal(repeated.length, 1);

      const beyond = await app.request(`/api/v1/events?from=${all.at(-1)!.position + 1}`);
      assert.equal(beyond.status, 200);
      assert.equal(await beyond.text(), "");
    }
  },
);

Deno.test("events route: bad parameters are a 400 naming the field, before any line", async () => {
  const { store, close } = await pgliteBackend();
  try {
    const app = appFor(eventsRoutes<AuthEnv>({ store }));
    const cases: [string, RegExp][] = [
      ["type=agent.nope", /query\.type: unknown event type 'agent\.nope'/],
      ["type=agent.registered,bogus", /'bogus'/],
      ["from=abc", /query\.from/],
      ["from=-1", /query\.from/],
      ["limit=0", /query\.limit/],
      ["limit=100001", /query\.limit/],
      ["limit=1.5", /query\.limit/],
    ];
    for (const [query, message] of cases) {
      const response = await app.request(`/api/v1/events?${query}`);
      assert.equal(response.status, 400, query);
      const body = await response.json();
      assert.match(body.error.message, message, query);
      assert.ok(["validation_failed", "unknown_event_type"].includes(body.error.code));
    }
    assert.equal((await app.request("/api/v1/events?limit=100000")).status, 200);
  } finally {
    await close();
  }
});

Deno.test("events route: a big range is read page by page, only as fast as the client reads", async () => {
  const { store, close } = await pgliteBackend();
  try {
    await seed(store, 5_000);
    const reads: number[] = [];
    const counting = new Proxy(store, {
      get(target, property) {
        if (property === "readAll") {
          return (options: Parameters<EventStore["readAll"]>[0]) => {
            reads.push(options.limit);
            return target.readAll(options);
          };
        }
        const value = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const app = appFor(eventsRoutes<AuthEnv>({ store: counting }));

    const everything = await lines(await app.request("/api/v1/events?limit=100000"));
    assert.equal(everything.length, 5_000);
    assert.ok(everything.every((e, i) => i === 0 || e.position > everything[i - 1]!.position));
    assert.ok(reads.length >= 5 && reads.every((limit) => limit <= 1_000), JSON.stringify(reads));

    // A client that reads one chunk and leaves costs a page or two, not the whole log.
    reads.length = 0;
    const response = await app.request("/api/v1/events?limit=100000");
    const reader = response.body!.getReader();
    const first = await reader.read();
    assert.ok(first.value && first.value.length > 0);
    await reader.cancel();
    assert.ok(reads.length <= 2, `read ${reads.length} pages for one chunk`);
  } finally {
    await close();
  }
});
