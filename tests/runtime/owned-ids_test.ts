import assert from "node:assert/strict";
import { partitionOf } from "../../src/bus/partition.ts";
import { ownedIdFactory } from "../../src/runtime/owned-ids.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

Deno.test("owned ids: new ids are UUIDs on the partitions this node owns", () => {
  const owned = [3, 11];
  const next = ownedIdFactory((id) => partitionOf(id, 16), () => owned);
  const ids = new Set<string>();
  for (let i = 0; i < 500; i++) {
    const id = next();
    assert.match(id, uuid);
    assert.ok(owned.includes(partitionOf(id, 16)), `${id} is on partition ${partitionOf(id, 16)}`);
    ids.add(id);
  }
  assert.equal(ids.size, 500);
});

Deno.test("owned ids: a node that owns nothing (yet) still gets a UUID", () => {
  const next = ownedIdFactory((id) => partitionOf(id, 16), () => []);
  assert.match(next(), uuid);
});
