import assert from "node:assert/strict";
import { join, relative } from "node:path";
import { filesUnder, repoRoot as root } from "../support/source-tree.ts";

/**
 * Tests wait for the event they expect or drive a fake clock; a fixed sleep
 * makes them slow on a fast machine and flaky on a loaded one. Read from the
 * test sources: no hand-rolled sleep of 100 ms or more, no sleep helper
 * outside tests/support/time.ts, and every `pause` of 100 ms or more (or of
 * a computed time) says, on its line or the one above, that it "measures
 * real time" on purpose. Also the test files' naming style.
 */
const tests = join(root, "tests");
const self = new URL(import.meta.url).pathname;
const timeSupport = join(tests, "support/time.ts");

/** The shortest wait that counts as a sleep rather than a turn of the event loop. */
const SLEEP_MS = 100;
const REAL_TIME = /measures real time/;

const testFiles = () => filesUnder(["tests"], "");

const sources = () =>
  testFiles().filter((f) => f.endsWith(".ts") && f !== self && f !== timeSupport);

/** The wait in ms when `arg` is a number literal; NaN when it is computed. */
function literalMs(arg: string): number {
  const text = arg.trim().replaceAll("_", "");
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
}

/** A wait of at least SLEEP_MS, or one whose length is computed. */
const long = (arg: string) => !(literalMs(arg) < SLEEP_MS);

interface Finding {
  where: string;
  what: string;
}

function findings(file: string): Finding[] {
  const text = Deno.readTextFileSync(file);
  const lines = text.split("\n");
  const where = (index: number) => {
    const line = text.slice(0, index).split("\n").length;
    return `${relative(root, file)}:${line}`;
  };
  const said = (index: number) => {
    const line = text.slice(0, index).split("\n").length - 1;
    return REAL_TIME.test(lines[line] ?? "") || REAL_TIME.test(lines[line - 1] ?? "");
  };
  const found: Finding[] = [];
  // new Promise((r) => setTimeout(r, ms)): a sleep written by hand.
  const handRolled =
    /new Promise(?:<[^>]*>)?\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*\{?\s*setTimeout\(\s*\1\s*,\s*([^)]*?)\s*\)/g;
  for (const m of text.matchAll(handRolled)) {
    if (long(m[2]!)) found.push({ where: where(m.index), what: `a hand-rolled sleep of ${m[2]}` });
  }
  const wrapped =
    /new Promise(?:<[^>]*>)?\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*\{?\s*setTimeout\(\s*\(\)\s*=>\s*\1\(\)\s*,\s*([^)]*?)\s*\)/g;
  for (const m of text.matchAll(wrapped)) {
    if (long(m[2]!)) found.push({ where: where(m.index), what: `a hand-rolled sleep of ${m[2]}` });
  }
  // sleep(ms) / delay(ms) from a helper of its own.
  for (const m of text.matchAll(/\b(?:function|const|let)\s+(sleep|delay)\b/g)) {
    found.push({ where: where(m.index), what: `a ${m[1]} helper: use tests/support/time.ts` });
  }
  for (const m of text.matchAll(/(?<![\w.]|function\s+)(sleep|delay)\(\s*([^,)]*)\)/g)) {
    if (long(m[2]!)) found.push({ where: where(m.index), what: `${m[1]}(${m[2]})` });
  }
  // pause(ms) is for real time on purpose, and says so.
  for (const m of text.matchAll(/(?<![\w.])pause\(\s*([^)]*?)\s*\)/g)) {
    if (long(m[1]!) && !said(m.index)) {
      found.push({ where: where(m.index), what: `pause(${m[1]}) without "measures real time"` });
    }
  }
  return found;
}

Deno.test("tests: no fixed sleep of 100 ms or more; a long pause says it measures real time", () => {
  const all = sources().flatMap(findings);
  assert.deepEqual(all, [], all.map((f) => `${f.where}: ${f.what}`).join("\n"));
});

Deno.test("tests: the guard sees the sleeps it is meant to refuse", () => {
  const probe = Deno.makeTempFileSync({ suffix: ".ts" });
  try {
    Deno.writeTextFileSync(
      probe,
      [
        "await new Promise((r) => setTimeout(r, 300));",
        "await new Promise<void>((resolve) => setTimeout(resolve, ms));",
        "await new Promise((done) => {\n  setTimeout(() => done(), 2_000);\n});",
        "await new Promise((r) => setTimeout(r, 10));", // a turn of the loop: not counted
        "function sleep(ms: number) {}",
        "await delay(1_000);",
        "await pause(500);",
        "await pause(500); // measures real time: a rate over a second",
        "await pause(5);",
        "SELECT pg_sleep(5)",
      ].join("\n"),
    );
    const what = findings(probe).map((f) => f.what);
    assert.deepEqual(what, [
      "a hand-rolled sleep of 300",
      "a hand-rolled sleep of ms",
      "a hand-rolled sleep of 2_000",
      "a sleep helper: use tests/support/time.ts",
      "delay(1_000)",
      'pause(500) without "measures real time"',
    ]);
  } finally {
    Deno.removeSync(probe);
  }
});

Deno.test("tests: test files are kebab-case_test.ts; helpers, contracts and folders kebab-case", () => {
  const kebab = "[a-z0-9]+(?:-[a-z0-9]+)*";
  const file = new RegExp(`^${kebab}(?:_test|\\.contract)?\\.ts$`);
  const folder = new RegExp(`^${kebab}$`);
  const odd = testFiles().map((f) => relative(tests, f)).filter((path) => {
    const parts = path.split("/");
    return !file.test(parts.pop()!) || !parts.every((p) => folder.test(p));
  });
  assert.deepEqual(odd, []);
});
