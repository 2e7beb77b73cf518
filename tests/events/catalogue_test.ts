import assert from "node:assert/strict";
import { z } from "zod";
import {
  catalogue,
  EventCatalogue,
  InvalidEventError,
  type RecordedEvent,
  UnknownEventTypeError,
} from "../../events/mod.ts";

const at = "2026-11-25T12:00:00.000Z";

function recorded(type: string, schemaVersion: number, data: unknown): RecordedEvent {
  return {
    id: crypto.randomUUID(),
    streamId: "s-1",
    version: 1,
    position: 1,
    type,
    schemaVersion,
    data,
    metadata: {},
    recordedAt: at,
  };
}

Deno.test("catalogue: a valid event is accepted with defaults filled and its schema version", () => {
  const prepared = catalogue.prepare({
    type: "agent.registered",
    data: {
      agentId: "a1",
      name: "echo",
      host: "127.0.0.1",
      port: 8801,
      agentType: "echo",
      capabilities: ["echo"],
      at,
    },
  });
  assert.equal(prepared.schemaVersion, 1);
  const data = prepared.data as { weight: number; path: string; maxSessions: number };
  assert.equal(data.weight, 1);
  assert.equal(data.path, "/");
  assert.equal(data.maxSessions, 1000);
});

Deno.test("catalogue: a bad event is refused naming the field", () => {
  assert.throws(
    () =>
      catalogue.prepare({ type: "agent.heartbeatReceived", data: { agentId: "a1", cpu: 400, at } }),
    (e: unknown) => e instanceof InvalidEventError && /cpu/.test(e.message),
  );
  assert.throws(
    () => catalogue.prepare({ type: "agent.exploded", data: {} }),
    (e: unknown) => e instanceof UnknownEventTypeError && e.eventType === "agent.exploded",
  );
});

Deno.test("catalogue: upcasters lift stored events version by version to the current schema", () => {
  // v1 had a single `capability`; v2 made it a list; v3 added `weight`.
  const v3 = new EventCatalogue({
    "agent.registered": {
      schemaVersion: 3,
      schema: z.object({ capabilities: z.array(z.string()), weight: z.number() }),
      upcasters: {
        1: (d) => {
          const { capability, ...rest } = d as { capability: string };
          return { ...rest, capabilities: [capability] };
        },
        2: (d) => ({ ...(d as object), weight: 1 }),
      },
    },
  });
  const fromV1 = v3.upcast(recorded("agent.registered", 1, { capability: "echo" }));
  assert.deepEqual(fromV1.data, { capabilities: ["echo"], weight: 1 });
  assert.equal(fromV1.schemaVersion, 3);
  const fromV2 = v3.upcast(recorded("agent.registered", 2, { capabilities: ["a", "b"] }));
  assert.deepEqual(fromV2.data, { capabilities: ["a", "b"], weight: 1 });
  const current = recorded("agent.registered", 3, { capabilities: [], weight: 5 });
  assert.equal(v3.upcast(current), current);
});

Deno.test("catalogue: a definition missing an upcaster is refused at start-up", () => {
  assert.throws(
    () => new EventCatalogue({ "x.y": { schemaVersion: 2, schema: z.object({}) } }),
    /lacks an upcaster from v1/,
  );
});

Deno.test("catalogue: every domain event type has a schema", () => {
  assert.ok(catalogue.types.length >= 19);
  for (const type of catalogue.types) assert.match(type, /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
});
