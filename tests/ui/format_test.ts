import assert from "node:assert/strict";
import { diffLines } from "../../src/ui/app/diff.ts";
import { bytes, displayName, percent, relative, shortId } from "../../src/ui/app/format.ts";

Deno.test("ui diff: changed lines between two config versions, in order", () => {
  const before = '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}';
  const after = '{\n  "a": 1,\n  "b": 20,\n  "c": 3,\n  "d": 4\n}';
  const diff = diffLines(before, after);
  // Read one way it is the old text, the other way the new one.
  const side = (drop: string) => diff.filter((l) => l.kind !== drop).map((l) => l.text).join("\n");
  assert.equal(side("add"), before);
  assert.equal(side("del"), after);
  assert.deepEqual(diff.filter((l) => l.kind === "del").map((l) => l.text), [
    '  "b": 2,',
    '  "c": 3',
  ]);
  assert.deepEqual(diff.filter((l) => l.kind === "add").map((l) => l.text), [
    '  "b": 20,',
    '  "c": 3,',
    '  "d": 4',
  ]);
  assert.equal(diff.filter((l) => l.kind === "same").length, 3, "the common lines are kept");
  assert.deepEqual(diffLines("x\ny", "x\ny").map((l) => l.kind), ["same", "same"]);
});

Deno.test("ui format: relative times, short ids, sizes, rates, names", () => {
  const now = Date.parse("2026-12-06T12:00:00Z");
  assert.equal(relative("2026-12-06T11:59:58Z", now), "just now");
  assert.equal(relative("2026-12-06T11:59:30Z", now), "30s ago");
  assert.equal(relative("2026-12-06T11:55:00Z", now), "5m ago");
  assert.equal(relative("2026-12-06T09:30:00Z", now), "2h 30m ago");
  assert.equal(relative("2026-12-04T12:00:00Z", now), "2d ago");
  assert.equal(relative("2026-12-06T12:01:00Z", now), "in 1m");
  assert.equal(relative(undefined, now), "never");
  assert.equal(shortId("9f03a10d-1234-4567-89ab-cdef01234567"), "9f03a10d");
  assert.equal(shortId("echo-1"), "echo-1");
  assert.equal(bytes(512), "512 B");
  assert.equal(bytes(1536), "1.5 KiB");
  assert.equal(bytes(3 * 1024 * 1024, "/s"), "3.0 MiB/s");
  assert.equal(percent(0.25), "25.0%");
  assert.equal(percent(0.001), "0.10%");
  assert.equal(displayName("apikey:c67543b9-eaff-4138-8d22-cca7be2c531a"), "API key c67543b9");
  assert.equal(displayName("olga"), "olga");
});
