import assert from "node:assert/strict";
import { relative } from "node:path";
import { filesUnder, repoRoot as root } from "../../support/source-tree.ts";

/** Where commands may touch the log and the dispatcher directly: the runtime and the bus. */
const transport = ["src/runtime/", "src/bus/"];

/** The source files outside the runtime and the bus whose text matches `pattern`. */
function filesMatching(pattern: RegExp): string[] {
  return filesUnder(["src"])
    .map((path) => relative(root, path))
    .filter((path) => !transport.some((top) => path.startsWith(top)))
    .filter((path) => pattern.test(Deno.readTextFileSync(`${root}/${path}`)));
}

Deno.test("one way to send: outside the runtime and the bus, no command log is published to or sent on directly", () => {
  assert.deepEqual(filesMatching(/commandLog\s*\.\s*(publish|send)\s*\(/i), []);
});

Deno.test("one way to send: outside the runtime and the bus, commands are not built by hand as {actorType, …}", () => {
  assert.deepEqual(filesMatching(/\bactorType:\s*["']/), []);
});
